"""The dossier's next action: every state has a way forward, and says what stops it."""

from __future__ import annotations

import uuid
from datetime import date

from app.rules.next_action import NextActionKind, PlanFacts, next_action
from app.rules.workflow import CaseFacts

TODAY = date(2026, 11, 23)
MOTHER, FATHER = uuid.uuid4(), uuid.uuid4()
SIGNATORIES = (
    {"person_id": str(MOTHER), "name": "Ana Tavares", "capacity": "parent",
     "for_person_id": str(uuid.uuid4())},
    {"person_id": str(FATHER), "name": "Jeff Weber", "capacity": "parent",
     "for_person_id": str(uuid.uuid4())},
)


def _facts(step: int, **kwargs: object) -> CaseFacts:
    return CaseFacts(closed=False, current_step=step, furthest_step=step,
                     **kwargs)  # type: ignore[arg-type]


def test_a_closed_dossier_offers_reopening_with_the_rule() -> None:
    action = next_action(CaseFacts(closed=True, current_step=8, furthest_step=8), PlanFacts(),
                         TODAY)
    assert (action.kind, action.step) == (NextActionKind.REOPEN, None)
    assert [u.code for u in action.unmet] == ["case.closed"]


def test_the_first_steps_name_the_wizard_and_every_rule_of_the_move() -> None:
    action = next_action(_facts(1), PlanFacts(), TODAY)
    assert (action.kind, action.step) == (NextActionKind.COMPLETE_ANALYSIS, 1)
    assert [u.code for u in action.unmet] == [
        "step1.request", "step1.working_frame", "step1.beneficiary"]
    done = next_action(_facts(1, request_count=1, working_frame="Visites",
                             beneficiary_count=1), PlanFacts(), TODAY)
    assert done.unmet == ()
    assessing = next_action(_facts(2, unassessed_beneficiaries=("Léa",)), PlanFacts(), TODAY)
    assert (assessing.kind, assessing.step) == (NextActionKind.ASSESS, 2)
    assert "Léa" in assessing.unmet[0].text.render("fr")
    planning = next_action(_facts(3), PlanFacts(), TODAY)
    assert (planning.kind, planning.step) == (NextActionKind.PLAN_MEASURES, 3)
    assert [u.code for u in planning.unmet] == ["step3.measure"]


def test_the_plan_goes_from_printing_to_signatures_to_validation() -> None:
    nothing = next_action(_facts(4), PlanFacts(), TODAY)
    assert (nothing.kind, nothing.step) == (NextActionKind.PREPARE_PLAN, 4)
    assert [u.code for u in nothing.unmet] == ["step4.in_force"]
    draft = next_action(_facts(4, version_in_preparation=True),
                        PlanFacts(preparing_state="draft"), TODAY)
    assert draft.kind is NextActionKind.PREPARE_PLAN
    signing = next_action(_facts(4), PlanFacts("ready_to_sign", SIGNATORIES,
                                               frozenset({MOTHER})), TODAY)
    assert (signing.kind, signing.step) == (NextActionKind.COLLECT_SIGNATURES, 4)
    assert [u.code for u in signing.unmet] == ["art4.signature_missing",
                                               "art4.validation_missing"]
    assert "Jeff Weber" in signing.unmet[0].text.render("fr")
    assert "(art. 4)" in signing.unmet[0].text.render("fr")
    waiting = next_action(_facts(4), PlanFacts("signed", SIGNATORIES,
                                               frozenset({MOTHER, FATHER})), TODAY)
    assert (waiting.kind, waiting.step) == (NextActionKind.AWAIT_VALIDATION, None)
    assert [u.code for u in waiting.unmet] == ["art4.validation_missing"]
    validated = next_action(_facts(4), PlanFacts("validated", SIGNATORIES,
                                                 frozenset({FATHER})), TODAY)
    assert validated.kind is NextActionKind.COLLECT_SIGNATURES
    assert [u.code for u in validated.unmet] == ["art4.signature_missing"]


def test_a_returned_plan_asks_for_a_new_version() -> None:
    action = next_action(_facts(4), PlanFacts(returned=True), TODAY)
    assert (action.kind, action.step) == (NextActionKind.PREPARE_NEW_VERSION, 4)
    assert [u.code for u in action.unmet] == ["art4.returned"]


def test_a_plan_in_force_starts_the_follow_up() -> None:
    action = next_action(_facts(4, has_plan_in_force=True),
                         PlanFacts(review_due_on=date(2027, 11, 23)), TODAY)
    assert (action.kind, action.step, action.unmet) == (
        NextActionKind.START_IMPLEMENTATION, 4, ())


def test_follow_up_steps_name_their_own_wizard() -> None:
    plan = PlanFacts(review_due_on=date(2027, 6, 1))
    assert [(a.kind, a.step) for a in (
        next_action(_facts(s, has_plan_in_force=True), plan, TODAY) for s in (5, 6, 7))] == [
        (NextActionKind.IMPLEMENT, 5), (NextActionKind.FOLLOW_UP, 6),
        (NextActionKind.EVALUATE, 7)]


def test_a_review_due_or_overdue_comes_before_the_follow_up() -> None:
    soon = next_action(_facts(6, has_plan_in_force=True),
                       PlanFacts(review_due_on=date(2026, 12, 10)), TODAY)
    assert soon.kind is NextActionKind.REVIEW_PLAN
    assert [u.code for u in soon.unmet] == ["art6.review_due"]
    late = next_action(_facts(6, has_plan_in_force=True),
                       PlanFacts(review_due_on=date(2026, 11, 22)), TODAY)
    assert [u.code for u in late.unmet] == ["art6.review_overdue"]
    assert "22/11/2026" in late.unmet[0].text.render("fr")
    assert "(art. 6)" in late.unmet[0].text.render("fr")


def test_a_request_for_review_is_answered_first() -> None:
    action = next_action(_facts(5, has_plan_in_force=True),
                         PlanFacts(review_due_on=date(2026, 11, 1), pending_review_requests=1),
                         TODAY)
    assert action.kind is NextActionKind.ANSWER_REVIEW_REQUEST
    assert [u.code for u in action.unmet] == ["art4.review_request_pending"]


def test_a_new_version_in_follow_up_is_signed_before_anything_else() -> None:
    action = next_action(_facts(7, has_plan_in_force=True, version_in_preparation=True),
                         PlanFacts("ready_to_sign", SIGNATORIES, frozenset()), TODAY)
    assert action.kind is NextActionKind.COLLECT_SIGNATURES
    assert len([u for u in action.unmet if u.code == "art4.signature_missing"]) == 2


def test_a_child_turned_18_stops_the_plan_and_its_follow_up_until_her_own_request() -> None:
    """Art. 1: a young adult is helped only on her own request; the overview says so in
    the follow-up and when the next version is prepared, not only at step 1."""
    from app.rules import Unmet
    from app.rules.ages import beneficiary_unmet

    problems = tuple(beneficiary_unmet("Inês Carvalho", date(2008, 11, 20), TODAY, False))
    assert [u.code for u in problems] == ["art1.young_adult_request"]
    following = next_action(_facts(5, has_plan_in_force=True, beneficiary_problems=problems),
                            PlanFacts(), TODAY)
    assert following.kind is NextActionKind.IMPLEMENT
    assert [(u.code, u.article) for u in following.unmet] == [
        ("art1.young_adult_request", "art. 1")]
    preparing = next_action(_facts(4, beneficiary_problems=problems), PlanFacts(), TODAY)
    assert preparing.kind is NextActionKind.PREPARE_PLAN
    assert [u.code for u in preparing.unmet] == ["step4.in_force", "art1.young_adult_request"]
    asked = next_action(_facts(5, has_plan_in_force=True), PlanFacts(), TODAY)
    assert asked.unmet == ()
    assert all(isinstance(u, Unmet) for u in following.unmet)


def test_back_at_step_4_to_change_the_plan_in_force_prepares_a_new_version() -> None:
    """An evaluation re-planned the measures while version 1 is in force: at step 4 the
    next action is the new version, not the implementation of the old one."""
    plan = PlanFacts(review_due_on=date(2027, 11, 23))
    changing = next_action(_facts(4, has_plan_in_force=True, plan_to_change=True), plan,
                           TODAY)
    assert (changing.kind, changing.step, changing.unmet) == (
        NextActionKind.PREPARE_PLAN, 4, ())
    changed = next_action(_facts(4, has_plan_in_force=True), plan, TODAY)
    assert changed.kind is NextActionKind.START_IMPLEMENTATION
