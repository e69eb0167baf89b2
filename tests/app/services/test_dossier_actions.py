"""What the dossier's Actions menu records, at any step the law allows: a new request (a young
adult's own, art. 1), a contact note, review and revocation requests and their answers (art. 4),
a review without change (art. 6), a version discarded before signature, a dossier reopened."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from app.domain import (
    ClosureReason,
    ContactChannel,
    PersonRole,
    PlannedMeasure,
    PlanState,
    RequestChannel,
    RequesterKind,
    ReviewRequestKind,
    ReviewRequestOutcome,
)
from app.errors import UserInputError
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.base.facts import family_facts
from app.services.caseload.listing import get_dossier
from app.services.dossier.closure import ClosureInput, close_case, reopen_case
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import PersonInput, RequestInput, add_person, record_request
from app.services.plan.reviews import (
    answer_review_request,
    record_plan_review,
    request_plan_review,
)
from app.services.plan.versions import discard_plan_version, record_discernment, record_signature
from app.services.steps.coordination import ContactInput, log_contact
from app.services.steps.implementation import start_measure
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


def _ready(agent: ServiceContext) -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    return family, family.ready_version()


def _asked(agent: ServiceContext, family: Family) -> frozenset[object]:
    with agent.reading() as session:
        return family_facts(session, family.case_id).asked_themselves


def test_a_young_adult_asks_for_herself_at_any_step(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess()  # step 3
    sister = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Inês", "Tavares", date(2006, 9, 1)), today=TODAY,
        confirmed_new=True)
    with pytest.raises(RuleViolation) as refused:  # Léa is 11: not a young adult
        record_request(agent, family.case_id, RequestInput(
            TODAY, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.YOUNG_ADULT,
            "Aide pour ses études", requester_person_id=family.child), today=TODAY)
    assert refused.value.codes == ("art3.not_young_adult",)
    assert "pas encore 18" in refused.value.message("fr")
    with pytest.raises(RuleViolation) as refused:
        record_request(agent, family.case_id, RequestInput(
            TODAY, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.PARENT, "Aide"),
            today=TODAY)
    assert refused.value.codes == ("request.requester",)
    assert sister not in _asked(agent, family)
    record_request(agent, family.case_id, RequestInput(
        TODAY, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.YOUNG_ADULT,
        "Inês demande un soutien pour son logement", requester_person_id=sister), today=TODAY)
    assert sister in _asked(agent, family)  # her own request: she may be in the next plan
    requests = get_dossier(agent, family.case_id).requests
    assert len(requests) == 2


def test_a_request_names_a_person_of_this_dossier_only(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Schmit")
    with pytest.raises(RuleViolation, match=r"record\.other_dossier"):
        record_request(agent, family.case_id, RequestInput(
            TODAY, RequestChannel.LETTER_OR_EMAIL, RequesterKind.PARENT, "Aide",
            requester_person_id=other.mother), today=TODAY)


def test_a_contact_is_noted_at_the_first_step_and_never_in_a_closed_dossier(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)  # step 1: before any plan
    at = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
    log_contact(agent, family.case_id, ContactInput(
        at, "Mme Tavares", ContactChannel.TELEPHONE, "Rendez-vous fixé"), now=at)
    with pytest.raises(UserInputError, match="future"):
        log_contact(agent, family.case_id, ContactInput(
            at + timedelta(hours=2), "Mme Tavares", ContactChannel.TELEPHONE, "Visite"), now=at)
    close_case(agent, family.case_id, ClosureInput(
        TODAY, ClosureReason.FAMILY_WITHDREW, "La famille ne souhaite pas d'aide"), today=TODAY)
    with pytest.raises(RuleViolation, match="closed"):
        log_contact(agent, family.case_id, ContactInput(
            at, "Mme Tavares", ContactChannel.TELEPHONE, "Appel"), now=at)
    assert [c.summary for c in load_dossier_detail(agent, family.case_id).contacts] == [
        "Rendez-vous fixé"]


def test_a_revocation_asked_by_a_parent_revokes_the_version_and_ends_its_measures(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version = family.in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, TODAY)
    later = TODAY + timedelta(days=20)
    with pytest.raises(RuleViolation) as refused:
        request_plan_review(agent, version, family.mother, ReviewRequestKind.REVOCATION,
                            later, "Nous déménageons", today=TODAY)
    assert refused.value.codes == ("date.future",)
    request = request_plan_review(agent, version, family.mother, ReviewRequestKind.REVOCATION,
                                  later, "Nous déménageons", today=later)
    pending = load_dossier_detail(agent, family.case_id).review_requests
    assert [(r.requested_by, r.kind, r.outcome, r.version_number) for r in pending] == [
        ("Ana Sofia Tavares", ReviewRequestKind.REVOCATION, ReviewRequestOutcome.PENDING, 1)]
    with pytest.raises(RuleViolation) as refused:  # answered before it was asked
        answer_review_request(agent, request, ReviewRequestOutcome.PLAN_REVOKED,
                              later - timedelta(days=1), "Révocation acceptée", today=later)
    assert refused.value.codes == ("date.too_early",)
    answer_review_request(agent, request, ReviewRequestOutcome.PLAN_REVOKED, later,
                          "Révocation acceptée", today=later)
    revoked = family.version(version)
    assert (revoked.state, revoked.ended_on, revoked.review_due_on) == (
        PlanState.REVOKED, later, None)
    with agent.reading() as session:
        measure = session.get(PlannedMeasure, family.measure)
        assert measure is not None  # ended with the plan, on the revocation's day (art. 4)
        assert (measure.actual_end_on, measure.end_reason) == (later, "Révocation acceptée")
    answered = load_dossier_detail(agent, family.case_id).review_requests[0]
    assert (answered.outcome, answered.outcome_on) == (ReviewRequestOutcome.PLAN_REVOKED, later)


def test_a_review_without_change_sets_the_next_due_date(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version = family.in_force(validator_context(agent))
    with pytest.raises(RuleViolation) as refused:
        record_plan_review(agent, version, TODAY - timedelta(days=1), "Maintenu", today=TODAY)
    assert refused.value.codes == ("date.too_early",)
    on = TODAY + relativedelta(months=11)
    assert record_plan_review(agent, version, on, "Objectifs maintenus, sans changement",
                              today=on) == on + relativedelta(months=12)
    assert family.version(version).review_due_on == date(2028, 2, 2)


def test_a_version_the_family_refuses_is_discarded_with_its_reason(
        agent: ServiceContext) -> None:
    family, version = _ready(agent)
    with pytest.raises(RuleViolation) as refused:
        discard_plan_version(agent, version, "  ", today=TODAY)
    assert refused.value.codes == ("plan.discard_reason",)
    discard_plan_version(agent, version, "La famille refuse l'accueil de jour", today=TODAY)
    kept = family.version(version)
    assert (kept.state, kept.end_reason) == (PlanState.DISCARDED,
                                             "La famille refuse l'accueil de jour")


def test_a_signed_version_is_superseded_not_discarded(agent: ServiceContext) -> None:
    family, version = _ready(agent)
    record_signature(agent, version, family.mother, TODAY, today=TODAY)
    discard_plan_version(agent, version, "Erreur dans les mesures", today=TODAY)
    assert family.version(version).state is PlanState.SUPERSEDED


def test_a_dossier_is_reopened_on_a_past_day_only(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    close_case(agent, family.case_id, ClosureInput(
        TODAY, ClosureReason.OBJECTIVES_REACHED, "Objectifs atteints"), today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        reopen_case(agent, family.case_id, TODAY + timedelta(days=3), "Nouvelle demande",
                    today=TODAY)
    assert refused.value.codes == ("date.future",)
    reopen_case(agent, family.case_id, TODAY, "Nouvelle demande de la mère", today=TODAY)
    assert get_dossier(agent, family.case_id).row.current_step == 1
