"""The dossier's overview through the services, on a real store: one read says where the
dossier stands, what comes next and what stops it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import event, update

from app.domain import (
    AidFrame,
    CaseState,
    ClosureReason,
    ContactChannel,
    EvaluationOutcome,
    PersonRole,
    PlanState,
    Relationship,
    RequestChannel,
    RequesterKind,
    ReviewRequestKind,
)
from app.rules.next_action import NextActionKind
from app.rules.reviews import ReviewStatus
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import RequestInput, record_request
from app.services.dossier.overview import AlertKind, OpenRequestKind, load_overview
from app.services.plan.reviews import request_plan_review
from app.services.plan.versions import record_discernment, record_signature
from app.services.steps.coordination import ContactInput, log_contact
from app.services.steps.evaluation import (
    AppraisalInput,
    EvaluationInput,
    ProgressInput,
    record_evaluation,
)
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 11, 23)


def test_a_plan_awaiting_signatures_says_who_still_signs(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    version = family.ready_version()
    record_signature(agent, version, family.mother, TODAY, today=TODAY)
    overview = load_overview(agent, family.case_id, TODAY)
    assert (overview.state, overview.aid_frame, overview.current_step) == (
        CaseState.OPEN, AidFrame.VOLUNTARY, 4)
    by_name = {m.name: m for m in overview.family}
    assert by_name["Léa Tavares"].age == 12 and by_name["Léa Tavares"].role is PersonRole.CHILD
    assert by_name["Jeff Weber"].parental_authority and by_name["Jeff Weber"].legal_representative
    assert not by_name["Léa Tavares"].parental_authority
    assert overview.next_action.kind is NextActionKind.COLLECT_SIGNATURES
    assert overview.next_action.step == 4
    assert [u.code for u in overview.next_action.unmet] == [
        "art4.signature_missing", "art4.validation_missing"]
    assert "Jeff Weber" in overview.next_action.unmet[0].text.render("fr")
    assert overview.plan is not None
    assert (overview.plan.number, overview.plan.state) == (1, PlanState.READY_TO_SIGN)
    assert [s.name for s in overview.plan.signed] == ["Ana Sofia Tavares"]
    assert [s.name for s in overview.plan.to_sign] == ["Jeff Weber"]
    assert [(m.code, m.beneficiary, m.started) for m in overview.measures] == [
        ("i", "Léa Tavares", False)]
    assert [r.kind for r in overview.requests] == [OpenRequestKind.AID]
    assert overview.alerts == () and overview.next_review_on is None


def test_an_ended_link_no_longer_gives_authority(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    with agent.store.transaction("test_end_link", from_server=True) as session:
        session.execute(update(Relationship).where(
            Relationship.from_person_id == family.father).values(ended_on=TODAY))
    by_name = {m.name: m for m in load_overview(agent, family.case_id, TODAY).family}
    assert not by_name["Jeff Weber"].parental_authority
    assert by_name["Ana Sofia Tavares"].parental_authority
    assert load_overview(agent, family.case_id, TODAY).next_action.kind is (
        NextActionKind.COMPLETE_ANALYSIS)


def test_follow_up_contacts_requests_and_an_overdue_review(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version = family.in_force(validator_context(agent))
    for day in range(7):
        log_contact(agent, family.case_id, ContactInput(
            datetime(2026, 11, 24 + day % 5, 9 + day, tzinfo=UTC), "Ana Sofia Tavares",
            ContactChannel.HOME_VISIT, f"Visite {day}"))
    overview = load_overview(agent, family.case_id, TODAY)
    assert overview.next_action.kind is NextActionKind.IMPLEMENT
    assert overview.next_action.unmet == ()
    assert overview.next_review_on == date(2027, 11, 23)
    assert overview.review_status is ReviewStatus.ON_TRACK and not overview.review_overdue
    assert len(overview.contacts) == 5
    assert overview.contacts[0].contact_at > overview.contacts[-1].contact_at
    assert overview.plan is not None and overview.plan.state is PlanState.IN_FORCE
    late = TODAY + timedelta(days=370)
    overdue = load_overview(agent, family.case_id, late)
    assert overdue.review_overdue
    assert [a.kind for a in overdue.alerts] == [AlertKind.REVIEW_OVERDUE]
    assert overdue.next_action.kind is NextActionKind.REVIEW_PLAN
    assert [u.code for u in overdue.next_action.unmet] == ["art6.review_overdue"]
    assert overdue.requests == ()  # the request for aid is no longer recent
    request_plan_review(agent, version, family.mother, ReviewRequestKind.REVOCATION, TODAY,
                        "Nous voulons arrêter")
    asked = load_overview(agent, family.case_id, TODAY)
    assert asked.next_action.kind is NextActionKind.ANSWER_REVIEW_REQUEST
    assert (asked.requests[0].kind, asked.requests[0].who) == (
        OpenRequestKind.REVOCATION, "Ana Sofia Tavares")


def test_turning_27_while_measures_run_is_an_alert(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    overview = load_overview(agent, family.case_id, date(2041, 3, 1))
    assert [(a.kind, a.name, a.on) for a in overview.alerts] == [
        (AlertKind.TURNS_27, "Léa Tavares", date(2041, 5, 17))]


def test_a_closed_dossier_offers_reopening(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse()
    close_case(agent, family.case_id, ClosureInput(
        TODAY, ClosureReason.FAMILY_WITHDREW, "La famille ne souhaite plus d'aide"), today=TODAY)
    overview = load_overview(agent, family.case_id, TODAY)
    assert overview.state is CaseState.CLOSED and overview.closed_on == TODAY
    assert (overview.next_action.kind, overview.next_action.step) == (
        NextActionKind.REOPEN, None)
    assert [u.code for u in overview.next_action.unmet] == ["case.closed"]
    assert overview.measures == () and overview.next_review_on is None


def test_the_dossier_load_carries_the_overview_cheaply(agent: ServiceContext) -> None:
    """The overview costs a fixed number of statements, whatever the dossier holds: 150
    contacts more ask the database nothing more (the time itself is bench/ui.py's)."""
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    few = _statements(agent, lambda: load_overview(agent, family.case_id, TODAY))
    for day in range(150):
        log_contact(agent, family.case_id, ContactInput(
            datetime(2026, 11, 24, tzinfo=UTC) + timedelta(hours=day), "Jeff Weber",
            ContactChannel.TELEPHONE, f"Appel {day}"))
    detail = load_dossier_detail(agent, family.case_id, today=TODAY)
    assert detail.overview == load_overview(agent, family.case_id, TODAY)
    assert load_dossier_detail(agent, family.case_id, overview=False).overview is None
    many = _statements(agent, lambda: load_overview(agent, family.case_id, TODAY))
    assert many == few, (few, many)
    # Carried by the dossier's load: its overview reads no table the load did not read.
    with_overview = _statements(agent, lambda: load_dossier_detail(
        agent, family.case_id, today=TODAY))
    without = _statements(agent, lambda: load_dossier_detail(
        agent, family.case_id, overview=False))
    assert with_overview - without < few, (with_overview, without, few)


def _statements(agent: ServiceContext, work: Callable[[], object]) -> int:
    """How many SQL statements ``work`` sends to the store."""
    sent: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        sent.append(statement)

    engine = agent.store.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(sent)


def test_a_child_turned_18_stops_the_follow_up_until_her_own_request(
        agent: ServiceContext) -> None:
    """Art. 1 on the overview after step 1 too: the plan in force names a child who is now
    a young adult; her own request lifts the rule."""
    family = Family.open(agent, TODAY, child_born=date(2008, 12, 3)).analyse().assess().plan()
    family.in_force(validator_context(agent))
    assert load_overview(agent, family.case_id, TODAY).next_action.unmet == ()
    later = date(2026, 12, 10)
    action = load_overview(agent, family.case_id, later).next_action
    assert action.kind is NextActionKind.IMPLEMENT
    assert [(u.code, u.article) for u in action.unmet] == [
        ("art1.young_adult_request", "art. 1")]
    record_request(agent, family.case_id, RequestInput(
        later, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.YOUNG_ADULT,
        "Léa demande à poursuivre l'aide", requester_person_id=family.child), today=later)
    assert load_overview(agent, family.case_id, later).next_action.unmet == ()


def test_back_at_step_4_after_re_planning_asks_for_the_new_version(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    assert family.objective is not None and family.measure is not None
    later = TODAY + timedelta(days=60)
    move_case_to_step(agent, family.case_id, 7, today=later)
    record_evaluation(agent, family.case_id, EvaluationInput(
        later, EvaluationOutcome.REPLAN_MEASURES, (ProgressInput(family.objective, 1),),
        (AppraisalInput(family.measure, 2, 2),), "Ajouter un accueil de jour"))
    move_case_to_step(agent, family.case_id, 3, today=later)
    move_case_to_step(agent, family.case_id, 4, today=later)
    action = load_overview(agent, family.case_id, later).next_action
    assert (action.kind, action.step) == (NextActionKind.PREPARE_PLAN, 4)
