"""Each step's finish is one service function in one transaction: a refusal in its last part
leaves nothing of its first part behind; a move the rules refuse keeps the records and the
outcome says why (the unmet codes), and the audit trail names one action for the finish."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain import (
    AidFrame,
    Case,
    CaseConference,
    ClosureReason,
    ContactChannel,
    ContactLogEntry,
    DiscernmentJudgement,
    Evaluation,
    PersonRole,
    PlannedMeasure,
    PlanSignature,
    PlanState,
    PlanVersion,
    Relationship,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
)
from app.domain.evaluation import EvaluationOutcome
from app.domain.sync_log import AuditEntry
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.base.outcomes import NextScreen
from app.services.caseload.listing import get_dossier
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    TieInput,
    open_case,
)
from app.services.plan.versions import (
    DiscernmentInput,
    FreezeInput,
    SignatureInput,
    SignaturesGiven,
    freeze_plan_version,
    record_signatures,
    validate_plan,
)
from app.services.steps.analysis import AnalysisStep, JudicialRequestInput, finish_analysis
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    CoordinationStep,
    Participant,
    finish_coordination,
)
from app.services.steps.evaluation import (
    EvaluationInput,
    EvaluationStep,
    ProgressInput,
    finish_evaluation,
)
from app.services.steps.implementation import (
    ImplementationStep,
    MeasureEnd,
    MeasureStart,
    finish_implementation,
)
from app.services.steps.planning import (
    MeasureInput,
    PlanningStep,
    finish_planning,
    withdraw_planned_measure,
)
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import OFFICE, Family, validator_context

TODAY = date(2026, 3, 2)
NOW = datetime.combine(TODAY, time(16, 0), UTC)


def _count(agent: ServiceContext, model: Any, **where: object) -> int:
    with agent.reading() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query) or 0


def _actions(agent: ServiceContext) -> list[str]:
    with agent.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _step(agent: ServiceContext, family: Family) -> int:
    return get_dossier(agent, family.case_id).row.current_step


def _opening(*ties: TieInput) -> OpenCaseInput:
    return OpenCaseInput(
        office_code=OFFICE,
        request=RequestInput(TODAY, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
                             "Soutien pour la scolarité"),
        persons=(PersonInput(PersonRole.PARENT, "Mira", "Kostić", date(1987, 2, 1)),
                 PersonInput(PersonRole.CHILD, "Noé", "Kostić", date(2015, 9, 12))),
        opened_on=TODAY, confirmed_new_persons=True, ties=ties)


def test_opening_records_the_ties_with_the_dossier_or_nothing(agent: ServiceContext) -> None:
    before = _actions(agent)
    with pytest.raises(RuleViolation) as refused:  # the tie comes last: a person to herself
        open_case(agent, _opening(TieInput(0, 1, RelationshipKind.PARENT, True, True),
                                  TieInput(0, 0, RelationshipKind.PARENT)), today=TODAY)
    assert refused.value.codes == ("person.self_link",)
    with pytest.raises(RuleViolation, match=r"person\.other_dossier"):
        open_case(agent, _opening(TieInput(0, 5, RelationshipKind.PARENT)), today=TODAY)
    assert _count(agent, Case) == 0 and _count(agent, Relationship) == 0
    assert _actions(agent) == before

    opened = open_case(agent, _opening(TieInput(0, 1, RelationshipKind.PARENT, True, True)),
                       today=TODAY)
    with agent.reading() as session:
        tie = session.scalars(select(Relationship)).one()
    assert (tie.from_person_id, tie.to_person_id) == opened.person_ids
    assert tie.holds_parental_authority and tie.is_legal_representative
    assert opened.outcome.step == 1 and opened.outcome.next_screen is NextScreen.NONE
    assert set(_actions(agent)[len(before):]) == {"open_case"}


def test_the_analysis_moves_on_with_its_records_or_keeps_nothing(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, court_proceedings_pending=False)
    before = _actions(agent)
    with pytest.raises(RuleViolation) as refused:  # art. 5: proceedings, no request
        finish_analysis(agent, family.case_id, AnalysisStep(
            "Visites à domicile", AidFrame.COURT_ORDERED, True), today=TODAY)
    assert refused.value.codes == ("art5.judicial_request",)
    dossier = get_dossier(agent, family.case_id)
    assert dossier.working_frame == "" and not dossier.court_proceedings_pending
    assert _actions(agent) == before

    outcome = finish_analysis(agent, family.case_id, AnalysisStep(
        "Visites à domicile", AidFrame.COURT_ORDERED, True,
        JudicialRequestInput(TODAY, "TJ Luxembourg 2026/12")), today=TODAY)
    assert (outcome.step, outcome.moved, outcome.stays_because) == (2, True, ())
    dossier = get_dossier(agent, family.case_id)
    assert dossier.working_frame == "Visites à domicile"
    assert dossier.judicial_request_reference == "TJ Luxembourg 2026/12"
    assert set(_actions(agent)[len(before):]) == {"finish_analysis"}


def test_planning_keeps_the_measure_when_the_move_is_refused(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    assert family.measure is not None and family.objective is not None
    move_case_to_step(agent, family.case_id, 3, today=TODAY)
    wanted = MeasureInput(family.child, "k", family.provider, Decimal(10), TODAY,
                          date(2026, 9, 30), (family.objective,))
    with pytest.raises(RuleViolation):  # no such measure in the catalogue
        finish_planning(agent, family.case_id, PlanningStep(
            MeasureInput(family.child, "zz", family.provider, None, TODAY, TODAY), 4),
            today=TODAY)
    assert _count(agent, PlannedMeasure) == 1 and _step(agent, family) == 3

    outcome = finish_planning(agent, family.case_id, PlanningStep(wanted, 5), today=TODAY)
    assert not outcome.moved and outcome.step == 3
    assert [u.code for u in outcome.stays_because] == ["workflow.move"]
    assert _count(agent, PlannedMeasure) == 2  # kept, not rolled back
    outcome = finish_planning(agent, family.case_id, PlanningStep(None, 4), today=TODAY)
    assert (outcome.step, outcome.moved) == (4, True)


def test_freezing_judges_prepares_and_freezes_or_leaves_nothing(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    assert family.measure is not None
    judged = DiscernmentInput(family.child, True, TODAY, "S'exprime clairement")
    withdraw_planned_measure(agent, family.measure, "La famille a refusé")
    with pytest.raises(RuleViolation) as refused:  # freezing comes last: no measure left
        freeze_plan_version(agent, family.case_id, FreezeInput((judged,)), today=TODAY)
    assert "step3.measure" in refused.value.codes
    assert _count(agent, DiscernmentJudgement) == 0 and _count(agent, PlanVersion) == 0

    family = Family.open(agent, TODAY, surname="Muller").analyse().assess().plan()
    judged = DiscernmentInput(family.child, True, TODAY, "S'exprime clairement")
    version_id = freeze_plan_version(agent, family.case_id, FreezeInput((judged,)), today=TODAY)
    assert family.version(version_id).state is PlanState.READY_TO_SIGN
    assert {s["person_id"] for s in family.version(version_id).signatories} == {
        str(family.mother), str(family.father), str(family.child)}
    assert _count(agent, DiscernmentJudgement, case_id=family.case_id) == 1
    with agent.reading() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.record_id.in_((version_id,)))))
    assert actions == {"freeze_plan_version"}
    # the version in preparation is frozen already: finishing the page again changes nothing
    assert freeze_plan_version(agent, family.case_id, FreezeInput(), today=TODAY) == version_id


def _ready(agent: ServiceContext) -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version_id = freeze_plan_version(agent, family.case_id, FreezeInput((DiscernmentInput(
        family.child, False, TODAY, "Trop jeune"),)), today=TODAY)
    return family, version_id


def test_one_refused_signature_records_none(agent: ServiceContext) -> None:
    family, version_id = _ready(agent)
    with pytest.raises(RuleViolation):  # the child judged not able to judge does not sign
        record_signatures(agent, family.case_id, SignaturesGiven(version_id, (
            SignatureInput(family.mother, TODAY, "Esch"),
            SignatureInput(family.child, TODAY))), today=TODAY)
    assert _count(agent, PlanSignature) == 0


def test_signatures_stay_until_in_force_then_the_dossier_moves_on(agent: ServiceContext) -> None:
    family, version_id = _ready(agent)
    outcome = record_signatures(agent, family.case_id, SignaturesGiven(version_id, (
        SignatureInput(family.mother, TODAY, "Esch"), SignatureInput(family.father, TODAY))),
        today=TODAY)
    assert not outcome.moved and outcome.step == 4
    assert ("step4.in_force", "art. 4") in [(u.code, u.article) for u in outcome.stays_because]
    assert _count(agent, PlanSignature) == 2
    assert family.version(version_id).state is PlanState.SIGNED
    with agent.reading() as session:
        assert set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "plan_signature"))) == {"record_signatures"}

    validate_plan(validator_context(agent), version_id, TODAY)
    outcome = record_signatures(agent, family.case_id, SignaturesGiven(version_id),
                                today=TODAY)
    assert (outcome.step, outcome.moved, outcome.stays_because) == (5, True, ())


@pytest.fixture
def following(agent: ServiceContext) -> Family:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    return family


def test_one_refused_end_starts_no_measure(agent: ServiceContext, following: Family) -> None:
    family = following
    assert family.measure is not None
    with pytest.raises(RuleViolation) as refused:  # the end comes last: early, no reason
        finish_implementation(agent, family.case_id, ImplementationStep(
            (MeasureStart(family.measure, TODAY),), (MeasureEnd(family.measure, TODAY),)),
            today=TODAY)
    assert refused.value.codes == ("measure.end_reason",)
    with agent.reading() as session:
        measure = session.get(PlannedMeasure, family.measure)
        assert measure is not None and measure.actual_start_on is None

    outcome = finish_implementation(agent, family.case_id, ImplementationStep(
        (MeasureStart(family.measure, TODAY),), (), 6), today=TODAY)
    assert (outcome.step, outcome.moved) == (6, True)
    with agent.reading() as session:
        measure = session.get(PlannedMeasure, family.measure)
        assert measure is not None and measure.actual_start_on == TODAY
        assert set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.record_id == family.measure))) >= {"finish_implementation"}


def test_coordination_keeps_minutes_and_contact_when_the_move_is_refused(
    agent: ServiceContext, following: Family,
) -> None:
    family = following
    conference = ConferenceInput(TODAY, "Office régional", (Participant("Mira", "mère"),),
                                 "Point sur l'école")
    contact = ContactInput(NOW, "École du Brill", ContactChannel.TELEPHONE, "Absences en baisse")
    with pytest.raises(RuleViolation):  # the contact comes last: it has no summary
        finish_coordination(agent, family.case_id, CoordinationStep(
            conference, ContactInput(NOW, "École du Brill", ContactChannel.TELEPHONE, "")),
            now=NOW, today=TODAY)
    assert _count(agent, CaseConference) == 0 and _count(agent, ContactLogEntry) == 0

    outcome = finish_coordination(agent, family.case_id, CoordinationStep(
        conference, contact, 8), now=NOW, today=TODAY)
    assert [u.code for u in outcome.stays_because] == ["workflow.use_closure"]
    assert (outcome.step, outcome.moved) == (5, False)
    assert _count(agent, CaseConference) == 1 and _count(agent, ContactLogEntry) == 1
    outcome = finish_coordination(agent, family.case_id, CoordinationStep(next_step=7),
                                  now=NOW, today=TODAY)
    assert (outcome.step, outcome.moved) == (7, True)


def test_the_evaluation_moves_as_concluded(agent: ServiceContext, following: Family) -> None:
    family = following
    assert family.objective is not None
    move_case_to_step(agent, family.case_id, 7, today=TODAY)

    def evaluation(outcome: EvaluationOutcome) -> EvaluationInput:
        assert family.objective is not None
        return EvaluationInput(TODAY, outcome, (ProgressInput(family.objective, 2),),
                               proposals="Revoir le plan")

    going_on = finish_evaluation(agent, family.case_id, EvaluationStep(
        evaluation(EvaluationOutcome.CONTINUE), 4), today=TODAY)
    assert [u.code for u in going_on.stays_because] == ["workflow.replan_needs_evaluation"]
    assert (going_on.step, going_on.moved) == (7, False) and _count(agent, Evaluation) == 1

    closing = finish_evaluation(agent, family.case_id, EvaluationStep(
        evaluation(EvaluationOutcome.CLOSE)), today=TODAY)
    assert (closing.step, closing.moved, closing.next_screen) == (7, False, NextScreen.CLOSURE)

    replan = finish_evaluation(agent, family.case_id, EvaluationStep(
        evaluation(EvaluationOutcome.REPLAN_MEASURES), 6), today=TODAY)
    assert (replan.step, replan.moved, replan.next_screen) == (3, True, NextScreen.NONE)
    assert _count(agent, Evaluation) == 3
    with agent.reading() as session:
        assert set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "evaluation"))) == {"finish_evaluation"}


def test_closing_opens_the_letter(agent: ServiceContext, following: Family) -> None:
    outcome = close_case(agent, following.case_id, ClosureInput(
        TODAY, ClosureReason.OBJECTIVES_REACHED, "Objectifs atteints"), today=TODAY)
    assert (outcome.step, outcome.next_screen) == (8, NextScreen.CLOSURE_LETTER)
