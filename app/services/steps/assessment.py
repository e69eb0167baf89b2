"""Step 2, global assessment: each person's difficulties, resources and needs, the child's own
view, and SMART objectives, each for one child or young adult; and what becomes of an objective
later (achieved, abandoned, reformulated after an evaluation), with its date and reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Horizon, Objective, ObjectiveStatus, Person, PersonAssessment
from app.rules import Unmet, require
from app.rules.objectives import ObjectiveFate, objective_fate_unmet, objective_person_unmet
from app.rules.smart import objective_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome
from app.services.steps.workflow import move_if_allowed

ASSESSMENT_STEP = 2
PLANNING_STEP = 3


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
        return _assess(session, case_id, person_id, data)


def _assess(session: Session, case_id: uuid.UUID, person_id: uuid.UUID,
            data: AssessmentInput) -> uuid.UUID:
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
        if data.person_id is not None:
            _beneficiary(session, case_id, data.person_id)
        objective = _new(case_id, data)
        session.add(objective)
        session.flush()
        return objective.id


@dataclass(frozen=True)
class AssessmentStep:
    """What the step 2 wizard records in one go: each person's assessment and every new
    objective (each for a child or young adult of the dossier)."""

    assessments: tuple[tuple[uuid.UUID, AssessmentInput], ...] = ()
    objectives: tuple[ObjectiveInput, ...] = ()


@dataclass(frozen=True)
class AssessmentRecorded:
    objective_ids: tuple[uuid.UUID, ...]
    #: When the dossier was at step 2: it moved to planning, or stays and why.
    outcome: StepOutcome

    @property
    def moved(self) -> bool:
        return self.outcome.moved

    @property
    def stays_because(self) -> tuple[Unmet, ...]:
        return self.outcome.stays_because


def record_assessment(ctx: ServiceContext, case_id: uuid.UUID, step: AssessmentStep, *,
                      today: date | None = None) -> AssessmentRecorded:
    """The step 2 wizard finished: the assessments and all new objectives in one transaction,
    refused as a whole with every unmet rule (each objective's SMART parts and beneficiary).
    A dossier at step 2 then moves to planning, in the same transaction, when every
    condition holds; otherwise the records stay and the result says why the dossier stays
    (the wizard shows it as a notice: nothing is ever half saved or recorded twice)."""
    today = today or date.today()
    unmet: list[Unmet] = []
    for objective in step.objectives:
        unmet += _smart(objective, today)
        unmet += objective_person_unmet(objective.person_id is not None)
    require(_distinct(unmet))
    with ctx.transaction("record_assessment") as session:
        case = writable_case(session, case_id, ASSESSMENT_STEP)
        for person_id, data in step.assessments:
            _assess(session, case_id, person_id, data)
        ids: list[uuid.UUID] = []
        for wanted in step.objectives:
            assert wanted.person_id is not None
            _beneficiary(session, case_id, wanted.person_id)
            record = _new(case_id, wanted)
            session.add(record)
            session.flush()
            ids.append(record.id)
        target = PLANNING_STEP if case.current_step == ASSESSMENT_STEP else None
        return AssessmentRecorded(tuple(ids), move_if_allowed(session, case, target, today))


@dataclass(frozen=True)
class StatusChange:
    """When and why an objective was achieved, abandoned or reformulated."""

    on: date
    reason: str


def reformulate_objective(ctx: ServiceContext, objective_id: uuid.UUID, data: ObjectiveInput,
                          change: StatusChange, *, today: date | None = None) -> uuid.UUID:
    """Replace an objective by a new SMART wording (after an evaluation); the old one is kept
    as reformulated with its date and reason, so earlier plan versions still read as signed.
    The new one is for the same child unless ``data`` names another."""
    today = today or date.today()
    with ctx.transaction("reformulate_objective") as session:
        old = live(session, Objective, objective_id)
        writable_case(session, old.case_id, ASSESSMENT_STEP)
        require([*objective_fate_unmet(old.status.value, old.status_on,
                                       ObjectiveFate.REFORMULATED, change.on, change.reason,
                                       today), *_smart(data, today)])
        person_id = data.person_id or old.person_id
        if person_id is not None:
            _beneficiary(session, old.case_id, person_id)
        new = _new(old.case_id, data)
        new.person_id = person_id
        new.replaces_id = old.id
        _ends(old, ObjectiveStatus.REFORMULATED, change)
        session.add(new)
        session.flush()
        return new.id


def achieve_objective(ctx: ServiceContext, objective_id: uuid.UUID, change: StatusChange, *,
                      today: date | None = None) -> None:
    """The objective is reached (its indicator says so): kept as achieved, with the date."""
    _end_objective(ctx, "achieve_objective", objective_id, ObjectiveFate.ACHIEVED, change,
                   today or date.today())


def abandon_objective(ctx: ServiceContext, objective_id: uuid.UUID, change: StatusChange, *,
                      today: date | None = None) -> None:
    """The objective is given up, with the date and the reason (required)."""
    _end_objective(ctx, "abandon_objective", objective_id, ObjectiveFate.ABANDONED, change,
                   today or date.today())


def _end_objective(ctx: ServiceContext, action: str, objective_id: uuid.UUID,
                   fate: ObjectiveFate, change: StatusChange, today: date) -> None:
    with ctx.transaction(action) as session:
        objective = live(session, Objective, objective_id)
        writable_case(session, objective.case_id, ASSESSMENT_STEP)
        require(objective_fate_unmet(objective.status.value, objective.status_on, fate,
                                     change.on, change.reason, today))
        _ends(objective, ObjectiveStatus(fate.value), change)


def _ends(objective: Objective, status: ObjectiveStatus, change: StatusChange) -> None:
    objective.status = status
    objective.status_on = change.on
    objective.status_reason = change.reason.strip()


def _beneficiary(session: Session, case_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """Refuse an objective for someone who is not a child or young adult of the dossier."""
    person = live(session, Person, person_id)
    in_case(person, case_id)
    require(objective_person_unmet(person.role.is_beneficiary))


def _distinct(unmet: list[Unmet]) -> list[Unmet]:
    """Several objectives missing the same part: say it once."""
    seen: set[tuple[str, str]] = set()
    kept: list[Unmet] = []
    for item in unmet:
        key = (item.code, item.text.render())
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _check(data: ObjectiveInput, today: date | None) -> None:
    require(_smart(data, today or date.today()))


def _smart(data: ObjectiveInput, today: date) -> list[Unmet]:
    return objective_unmet(wording=data.wording, indicator=data.indicator,
                           accepted_by=data.accepted_by, realism=data.realism,
                           due_on=data.due_on, today=today)


def _new(case_id: uuid.UUID, data: ObjectiveInput) -> Objective:
    assert data.due_on is not None  # checked by the SMART rule
    return Objective(case_id=case_id, person_id=data.person_id, wording=data.wording.strip(),
                     indicator=data.indicator.strip(), accepted_by=data.accepted_by.strip(),
                     realism=data.realism.strip(), due_on=data.due_on, horizon=data.horizon)
