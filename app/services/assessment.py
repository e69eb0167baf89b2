"""Step 2, global assessment: each person's difficulties, resources and needs, the child's own
view, and SMART objectives."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import Horizon, Objective, ObjectiveStatus, Person, PersonAssessment
from app.rules import require
from app.rules.smart import objective_unmet
from app.services.context import ServiceContext
from app.services.guards import in_case, live, writable_case

ASSESSMENT_STEP = 2


@dataclass(frozen=True)
class AssessmentInput:
    difficulties: str
    resources: str
    needs: str
    own_view: str = ""


def assess_person(ctx: ServiceContext, case_id: uuid.UUID, person_id: uuid.UUID,
                  data: AssessmentInput) -> uuid.UUID:
    """Write (or rewrite) one person's assessment; saved as typed, even incomplete (a draft)."""
    with ctx.transaction("assess_person") as session:
        writable_case(session, case_id, ASSESSMENT_STEP)
        in_case(live(session, Person, person_id), case_id)
        assessment = session.scalars(select(PersonAssessment).where(
            PersonAssessment.case_id == case_id, PersonAssessment.person_id == person_id,
            PersonAssessment.deleted_at.is_(None))).first()
        if assessment is None:
            assessment = PersonAssessment(case_id=case_id, person_id=person_id)
            session.add(assessment)
        assessment.difficulties = data.difficulties.strip()
        assessment.resources = data.resources.strip()
        assessment.needs = data.needs.strip()
        assessment.own_view = data.own_view.strip()
        session.flush()
        return assessment.id


@dataclass(frozen=True)
class ObjectiveInput:
    wording: str
    indicator: str
    accepted_by: str
    realism: str
    due_on: date | None
    horizon: Horizon
    person_id: uuid.UUID | None = None


def set_objective(ctx: ServiceContext, case_id: uuid.UUID, data: ObjectiveInput, *,
                  today: date | None = None) -> uuid.UUID:
    """Add a SMART objective; refused with every missing SMART part."""
    _check(data, today)
    with ctx.transaction("set_objective") as session:
        writable_case(session, case_id, ASSESSMENT_STEP)
        objective = _new(case_id, data)
        if data.person_id is not None:
            in_case(live(session, Person, data.person_id), case_id)
        session.add(objective)
        session.flush()
        return objective.id


def reformulate_objective(ctx: ServiceContext, objective_id: uuid.UUID, data: ObjectiveInput, *,
                          today: date | None = None) -> uuid.UUID:
    """Replace an objective by a new wording (after an evaluation); the old one is kept as
    reformulated, so earlier plan versions still read as signed."""
    _check(data, today)
    with ctx.transaction("reformulate_objective") as session:
        old = live(session, Objective, objective_id)
        writable_case(session, old.case_id, ASSESSMENT_STEP)
        new = _new(old.case_id, data)
        new.replaces_id = old.id
        old.status = ObjectiveStatus.REFORMULATED
        session.add(new)
        session.flush()
        return new.id


def set_objective_status(ctx: ServiceContext, objective_id: uuid.UUID,
                         status: ObjectiveStatus) -> None:
    """Mark an objective achieved or abandoned (or active again)."""
    with ctx.transaction("set_objective_status") as session:
        objective = live(session, Objective, objective_id)
        writable_case(session, objective.case_id, ASSESSMENT_STEP)
        objective.status = status


def _check(data: ObjectiveInput, today: date | None) -> None:
    require(objective_unmet(wording=data.wording, indicator=data.indicator,
                            accepted_by=data.accepted_by, realism=data.realism,
                            due_on=data.due_on, today=today or date.today()))


def _new(case_id: uuid.UUID, data: ObjectiveInput) -> Objective:
    assert data.due_on is not None  # checked by the SMART rule
    return Objective(case_id=case_id, person_id=data.person_id, wording=data.wording.strip(),
                     indicator=data.indicator.strip(), accepted_by=data.accepted_by.strip(),
                     realism=data.realism.strip(), due_on=data.due_on, horizon=data.horizon)
