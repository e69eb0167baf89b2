"""Step 5, implementation: when each measure of the plan in force really started, paused and
ended. Measures start only once the ONE validated the plan that contains them (seed 001, 5e
étape; art. 4)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import MeasureInterruption, Person, PlannedMeasure
from app.rules import RuleViolation, Unmet, require
from app.rules.ages import AgeLimitAt, age_limit_unmet
from app.rules.implementation import end_unmet, resumption_unmet, running_unmet, start_unmet
from app.rules.measures import early_end_unmet, interruption_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import plan_in_force
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome
from app.services.steps.workflow import move_if_allowed

IMPLEMENTATION_STEP = 5


def start_measure(ctx: ServiceContext, measure_id: uuid.UUID, started_on: date) -> None:
    """Record the day a measure of the plan in force actually started."""
    with ctx.transaction("start_measure") as session:
        _start(session, live(session, PlannedMeasure, measure_id), started_on)


def _start(session: Session, measure: PlannedMeasure, started_on: date) -> None:
    writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
    version = plan_in_force(session, measure.case_id)
    planned = {m["id"] for m in version.snapshot.get("measures", [])} if version else set()
    beneficiary = session.get(Person, measure.beneficiary_id)
    require([*start_unmet(str(measure.id) in planned,
                          version.in_force_since if version is not None else None, started_on),
             *(age_limit_unmet(AgeLimitAt.MEASURE_START, beneficiary.full_name,
                               beneficiary.birth_date, started_on) if beneficiary else [])])
    measure.actual_start_on = started_on


def interrupt_measure(ctx: ServiceContext, measure_id: uuid.UUID, from_on: date,
                      reason: str, to_on: date | None = None) -> uuid.UUID:
    """Record that a running measure paused, from ``from_on`` to ``to_on`` (or open: the
    pause then ends with ``resume_measure``), and why."""
    with ctx.transaction("interrupt_measure") as session:
        measure = live(session, PlannedMeasure, measure_id)
        writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
        open_pause = session.scalars(select(MeasureInterruption).where(
            MeasureInterruption.measure_id == measure.id,
            MeasureInterruption.deleted_at.is_(None),
            MeasureInterruption.to_on.is_(None))).first()
        require(interruption_unmet(measure.actual_start_on, measure.actual_end_on,
                                   open_pause.from_on if open_pause else None, from_on, to_on,
                                   reason))
        pause = MeasureInterruption(case_id=measure.case_id, measure_id=measure.id,
                                    from_on=from_on, to_on=to_on, reason=reason.strip())
        session.add(pause)
        session.flush()
        return pause.id


def resume_measure(ctx: ServiceContext, interruption_id: uuid.UUID, to_on: date) -> None:
    with ctx.transaction("resume_measure") as session:
        pause = live(session, MeasureInterruption, interruption_id)
        writable_case(session, pause.case_id, IMPLEMENTATION_STEP)
        require(resumption_unmet(pause.to_on is not None, pause.from_on, to_on))
        pause.to_on = to_on


def end_measure(ctx: ServiceContext, measure_id: uuid.UUID, ended_on: date, reason: str) -> None:
    """Record the day a measure actually ended, and why (a reason is required when it ends
    before its planned end)."""
    with ctx.transaction("end_measure") as session:
        _end(session, live(session, PlannedMeasure, measure_id), ended_on, reason)


def _end(session: Session, measure: PlannedMeasure, ended_on: date, reason: str) -> None:
    _running(measure)
    writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
    assert measure.actual_start_on is not None
    require([*end_unmet(measure.actual_start_on, ended_on),
             *early_end_unmet(measure.ends_on, ended_on, reason)])
    measure.actual_end_on, measure.end_reason = ended_on, reason.strip()


@dataclass(frozen=True)
class MeasureStart:
    measure_id: uuid.UUID
    started_on: date


@dataclass(frozen=True)
class MeasureEnd:
    measure_id: uuid.UUID
    ended_on: date
    reason: str = ""


@dataclass(frozen=True)
class ImplementationStep:
    """What the step 5 wizard records in one go: the measures that started, those that
    ended, and the step chosen next (None: stay)."""

    starts: tuple[MeasureStart, ...] = ()
    ends: tuple[MeasureEnd, ...] = ()
    next_step: int | None = None


def finish_implementation(ctx: ServiceContext, case_id: uuid.UUID, step: ImplementationStep,
                          *, today: date | None = None) -> StepOutcome:
    """The step 5 wizard finished: every start and end ticked and the move to the step
    chosen, in one transaction. One start or end refused records none of them (with every
    rule unmet said at once); a refused move keeps them and says why the dossier stays."""
    with ctx.transaction("finish_implementation") as session:
        case = writable_case(session, case_id, IMPLEMENTATION_STEP)
        unmet: list[Unmet] = []
        for start in step.starts:
            measure = live(session, PlannedMeasure, start.measure_id)
            in_case(measure, case_id)
            unmet += _refusal(partial(_start, session, measure, start.started_on))
        for end in step.ends:
            measure = live(session, PlannedMeasure, end.measure_id)
            in_case(measure, case_id)
            unmet += _refusal(partial(_end, session, measure, end.ended_on, end.reason))
        require(unmet)
        return move_if_allowed(session, case, step.next_step, today or date.today())


def _refusal(record: Callable[[], None]) -> list[Unmet]:
    """What ``record`` was refused for (empty: it was recorded)."""
    try:
        record()
    except RuleViolation as refused:
        return list(refused.unmet)
    return []


def _running(measure: PlannedMeasure) -> PlannedMeasure:
    require(running_unmet(measure.actual_start_on is not None,
                          measure.actual_end_on is not None))
    return measure
