"""Step 3, planning: art. 11 measures for a beneficiary, from a provider, in the unit of their
art. 15 forfait, linked to the objectives they serve."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import MeasureObjectiveLink, Objective, Person, PlannedMeasure
from app.domain.base import utc_now
from app.rules import require
from app.rules.measures import (
    catalogue_unmet,
    measure_beneficiary_unmet,
    not_started_unmet,
    planned_measure_unmet,
    reason_unmet,
)
from app.services.base.context import ServiceContext
from app.services.base.facts import measure_facts, provider_facts
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome
from app.services.steps.workflow import move_if_allowed

PLANNING_STEP = 3


@dataclass(frozen=True)
class MeasureInput:
    beneficiary_id: uuid.UUID
    measure_code: str
    provider_id: uuid.UUID | None
    quantity: Decimal | None
    starts_on: date
    ends_on: date
    objective_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)
    volume_note: str = ""


def plan_measure(ctx: ServiceContext, case_id: uuid.UUID, data: MeasureInput) -> uuid.UUID:
    """Plan an aid measure; refused with every rule it breaks (art. 11, 13, 15)."""
    with ctx.transaction("plan_measure") as session:
        writable_case(session, case_id, PLANNING_STEP)
        return _plan(session, case_id, data)


def _plan(session: Session, case_id: uuid.UUID, data: MeasureInput) -> uuid.UUID:
    unit = _check(session, case_id, data)
    measure = PlannedMeasure(case_id=case_id)
    _fill(measure, data, unit)
    session.add(measure)
    session.flush()
    _link(session, case_id, measure.id, data.objective_ids)
    return measure.id


@dataclass(frozen=True)
class PlanningStep:
    """What the step 3 wizard records in one go: a measure (optional) and the step chosen
    next (None: stay)."""

    measure: MeasureInput | None = None
    next_step: int | None = None


def finish_planning(ctx: ServiceContext, case_id: uuid.UUID, step: PlanningStep, *,
                    today: date | None = None) -> StepOutcome:
    """The step 3 wizard finished: the measure and the move to the step chosen, in one
    transaction. A refused measure records nothing; a refused move keeps the measure and
    says why the dossier stays."""
    with ctx.transaction("finish_planning") as session:
        case = writable_case(session, case_id, PLANNING_STEP)
        if step.measure is not None:
            _plan(session, case_id, step.measure)
        return move_if_allowed(session, case, step.next_step, today or date.today())


def update_planned_measure(ctx: ServiceContext, measure_id: uuid.UUID,
                           data: MeasureInput, reason: str) -> None:
    """Change a measure before it starts (quantity, dates, provider...), saying why; plan
    versions already frozen keep what they froze. Refused once it started (then it is
    interrupted or ended), and when the provider's agrément does not cover the measure's
    whole new duration (art. 13)."""
    with ctx.transaction("update_planned_measure") as session:
        measure = live(session, PlannedMeasure, measure_id)
        writable_case(session, measure.case_id, PLANNING_STEP)
        require([*not_started_unmet(measure.actual_start_on), *reason_unmet(reason, "change")])
        unit = _check(session, measure.case_id, data)
        _fill(measure, data, unit)
        measure.change_reason = reason.strip()
        _link(session, measure.case_id, measure.id, data.objective_ids)


def withdraw_planned_measure(ctx: ServiceContext, measure_id: uuid.UUID, reason: str) -> None:
    """Take a measure that never started out of the planning: a tombstone whose
    ``end_reason`` says why (the history keeps it)."""
    with ctx.transaction("withdraw_planned_measure") as session:
        measure = live(session, PlannedMeasure, measure_id)
        writable_case(session, measure.case_id, PLANNING_STEP)
        require([*not_started_unmet(measure.actual_start_on),
                 *reason_unmet(reason, "withdraw")])
        measure.end_reason = reason.strip()
        measure.deleted_at = utc_now()
        _link(session, measure.case_id, measure.id, ())


def _check(session: Session, case_id: uuid.UUID, data: MeasureInput) -> str | None:
    facts = measure_facts(session, data.measure_code)
    require(catalogue_unmet(data.measure_code, facts is not None))
    assert facts is not None
    in_case(live(session, Person, data.beneficiary_id), case_id)
    require(measure_beneficiary_unmet(
        live(session, Person, data.beneficiary_id).role.is_beneficiary))
    for objective_id in data.objective_ids:
        in_case(live(session, Objective, objective_id), case_id)
    require(planned_measure_unmet(
        facts, provider_facts(session, data.provider_id, data.measure_code, data.starts_on,
                              data.ends_on), data.quantity,
        data.starts_on, data.ends_on, len(set(data.objective_ids))))
    return facts.forfait_unit


def _fill(measure: PlannedMeasure, data: MeasureInput, unit: str | None) -> None:
    measure.beneficiary_id = data.beneficiary_id
    measure.measure_code = data.measure_code
    assert data.provider_id is not None  # checked by the rule
    measure.provider_id = data.provider_id
    measure.quantity = data.quantity
    measure.unit = unit
    measure.starts_on, measure.ends_on = data.starts_on, data.ends_on
    measure.volume_note = data.volume_note.strip()


def _link(session: Session, case_id: uuid.UUID, measure_id: uuid.UUID,
          objective_ids: tuple[uuid.UUID, ...]) -> None:
    """Make the measure's live links exactly ``objective_ids`` (unlinks are tombstones)."""
    wanted = set(objective_ids)
    for link in session.scalars(select(MeasureObjectiveLink).where(
            MeasureObjectiveLink.measure_id == measure_id,
            MeasureObjectiveLink.deleted_at.is_(None))):
        if link.objective_id in wanted:
            wanted.discard(link.objective_id)
        else:
            link.deleted_at = utc_now()
    for objective_id in sorted(wanted):
        session.add(MeasureObjectiveLink(case_id=case_id, measure_id=measure_id,
                                         objective_id=objective_id))
