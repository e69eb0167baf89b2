"""Steps 5 to 8 and art. 4 requests: implementation, evaluation, review and revocation
requests, closure as read-only, reopening."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain import (
    ClosureReason,
    EvaluationOutcome,
    PersonRole,
    PlanState,
    ReviewRequestKind,
    ReviewRequestOutcome,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import reviews_overdue
from app.services.caseload.listing import get_dossier
from app.services.dossier.closure import ClosureInput, close_case, reopen_case
from app.services.dossier.opening import PersonInput, add_person
from app.services.plan.reviews import answer_review_request, request_plan_review
from app.services.steps.analysis import set_working_frame
from app.services.steps.evaluation import EvaluationInput, ProgressInput, record_evaluation
from app.services.steps.implementation import (
    end_measure,
    interrupt_measure,
    resume_measure,
    start_measure,
)
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import check_move, move_case_to_step
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


@pytest.fixture
def family(agent: ServiceContext) -> Family:
    return Family.open(agent, TODAY).analyse().assess().plan()


def test_only_measures_of_the_plan_in_force_start(agent: ServiceContext, family: Family) -> None:
    assert family.measure is not None and family.objective is not None
    with pytest.raises(RuleViolation):  # step 5 not reached: nothing starts before the plan
        start_measure(agent, family.measure, TODAY)
    family.in_force(validator_context(agent))
    move_case_to_step(agent, family.case_id, 7, today=TODAY)
    record_evaluation(agent, family.case_id, EvaluationInput(
        TODAY, EvaluationOutcome.REPLAN_MEASURES, (ProgressInput(family.objective, 1),),
        proposals="Ajouter une mesure"))
    move_case_to_step(agent, family.case_id, 3, today=TODAY)
    added_later = plan_measure(agent, family.case_id, MeasureInput(
        family.child, "k", family.provider, Decimal(10), TODAY, TODAY + timedelta(90),
        (family.objective,)))
    with pytest.raises(RuleViolation) as refused:
        start_measure(agent, added_later, TODAY)
    assert refused.value.codes == ("measure.not_in_plan",)
    start_measure(agent, family.measure, TODAY)
    pause = interrupt_measure(agent, family.measure, TODAY + timedelta(10), "Hospitalisation")
    resume_measure(agent, pause, TODAY + timedelta(20))
    end_measure(agent, family.measure, TODAY + timedelta(60), "Objectif atteint")
    with pytest.raises(RuleViolation) as refused:
        end_measure(agent, family.measure, TODAY + timedelta(61), "deux fois")
    assert refused.value.codes == ("measure.not_running",)


def test_evaluation_scales_and_replanning(agent: ServiceContext, family: Family) -> None:
    assert family.objective is not None
    family.in_force(validator_context(agent))
    move_case_to_step(agent, family.case_id, 7, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        record_evaluation(agent, family.case_id, EvaluationInput(
            TODAY, EvaluationOutcome.CONTINUE, (ProgressInput(family.objective, 5),)))
    assert refused.value.codes == ("step7.progress_scale",)
    assert "de 0 (aucun changement) à 4" in refused.value.message()
    assert [u.code for u in check_move(agent, family.case_id, 4, today=TODAY)] == [
        "workflow.replan_needs_evaluation"]
    record_evaluation(agent, family.case_id, EvaluationInput(
        TODAY, EvaluationOutcome.REWRITE_PLAN, (ProgressInput(family.objective, 2),),
        proposals="Reformuler le projet"))
    assert check_move(agent, family.case_id, 4, today=TODAY) == []


def test_review_and_revocation_requests_are_recorded_with_their_outcome(
    agent: ServiceContext, family: Family,
) -> None:
    version = family.in_force(validator_context(agent))
    uncle = add_person(agent, family.case_id, PersonInput(
        PersonRole.OTHER_RELATIVE, "Carlos", "Tavares", date(1970, 1, 1)), today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        request_plan_review(agent, version, uncle, ReviewRequestKind.REVIEW, TODAY)
    assert refused.value.codes == ("art4.review_requester",)
    later = TODAY + timedelta(days=400)
    assert [r.case_id for r in reviews_overdue(agent, later)] == [family.case_id]
    review = request_plan_review(agent, version, family.child, ReviewRequestKind.REVIEW, later,
                                 "Léa veut voir son père plus souvent", today=later)
    answer_review_request(agent, review, ReviewRequestOutcome.PLAN_CONFIRMED, later,
                          "Projet maintenu, visites ajustées", today=later)
    assert reviews_overdue(agent, later) == []  # confirming after a request counts as review
    assert family.version(version).review_due_on == later.replace(year=later.year + 1)
    revoke = request_plan_review(agent, version, family.mother, ReviewRequestKind.REVOCATION,
                                 later, "Nous déménageons", today=later)
    answer_review_request(agent, revoke, ReviewRequestOutcome.PLAN_REVOKED, later,
                          "Révocation acceptée", today=later)
    assert family.version(version).state is PlanState.REVOKED
    with pytest.raises(RuleViolation) as refused:
        answer_review_request(agent, revoke, ReviewRequestOutcome.WITHDRAWN, later, "encore",
                              today=later)
    assert refused.value.codes == ("review.already_answered",)


def test_a_closed_dossier_is_read_only_until_reopened(agent: ServiceContext,
                                                       family: Family) -> None:
    version = family.in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, TODAY)
    close_case(agent, family.case_id, ClosureInput(
        TODAY + timedelta(5), ClosureReason.FAMILY_WITHDREW, "La famille met fin à l'aide"),
        today=TODAY + timedelta(5))
    assert family.version(version).state is PlanState.ENDED
    with pytest.raises(RuleViolation) as refused:
        set_working_frame(agent, family.case_id, "Nouveau cadre")
    assert "rouvrez-le" in refused.value.message("fr")
    with pytest.raises(RuleViolation) as refused:
        reopen_case(agent, family.case_id, TODAY + timedelta(6), "  ")
    assert refused.value.codes == ("reopening.reason_missing",)
    reopen_case(agent, family.case_id, TODAY + timedelta(6), "Nouvelle demande de la mère")
    assert get_dossier(agent, family.case_id).row.current_step == 1
    set_working_frame(agent, family.case_id, "Nouveau cadre")
