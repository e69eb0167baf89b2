"""The rules the services' refusals moved into: every unmet condition at once, each with its
code, and the article where the law gives one."""

from __future__ import annotations

from datetime import date

import pytest

from app.rules import RuleViolation, Unmet, require
from app.rules.closure import closure_unmet
from app.rules.coordination import conference_unmet
from app.rules.implementation import start_unmet
from app.rules.intake import request_unmet
from app.rules.persons import person_unmet
from app.rules.plans import signature_unmet
from app.rules.reviews import review_request_unmet
from app.rules.scans import scan_file_unmet

TODAY = date(2026, 5, 4)
LATER = date(2026, 6, 1)


def _codes(unmet: list[Unmet]) -> list[str]:
    return [u.code for u in unmet]


def test_a_person_and_a_request_say_everything_wrong_at_once() -> None:
    assert _codes(person_unmet(" ", "", LATER, TODAY)) == [
        "person.name_missing", "person.birth_date_future"]
    assert _codes(person_unmet("Léa", "", TODAY, TODAY)) == []
    assert _codes(request_unmet("", LATER, TODAY)) == [
        "request.what_missing", "request.date_future"]


def test_the_same_condition_twice_is_said_once() -> None:
    nameless = person_unmet("", "", None, TODAY)
    with pytest.raises(RuleViolation) as refused:
        require([*nameless, *person_unmet("", "", None, TODAY), *request_unmet("", TODAY, TODAY)])
    assert refused.value.codes == ("person.name_missing", "request.what_missing")


def test_a_scan_too_large_and_of_no_known_type_is_told_both() -> None:
    assert _codes(scan_file_unmet(0, 10, 1, False)) == ["scan.empty"]
    assert _codes(scan_file_unmet(11, 10, 1, False)) == ["scan.too_large", "scan.format"]
    assert _codes(scan_file_unmet(10, 10, 1, True)) == []


def test_a_signature_out_of_place_and_out_of_time() -> None:
    assert _codes(signature_unmet(2, False, None, False, TODAY, None, TODAY)) == [
        "plan.not_awaiting_signatures"]  # nothing else matters then
    wrong = signature_unmet(2, True, None, False, LATER, TODAY, TODAY)
    assert _codes(wrong) == ["art4.not_a_signatory", "plan.signature_date"]
    assert [u.article for u in wrong] == ["art. 4", None]
    assert _codes(signature_unmet(2, True, "Ana", True, TODAY, TODAY, TODAY)) == [
        "plan.already_signed"]


def test_articles_follow_the_law_and_process_rules_have_none() -> None:
    (outside,) = start_unmet(False, None, TODAY)
    assert (outside.code, outside.article) == ("measure.not_in_plan", "art. 4")
    (early,) = start_unmet(True, LATER, TODAY)
    assert (early.code, early.article) == ("measure.before_plan", None)
    assert [(u.code, u.article) for u in review_request_unmet(1, False, "Oncle", False)] == [
        ("review.version_not_current", None), ("art4.review_requester", "art. 4")]


def test_closing_and_conferences_collect_their_conditions() -> None:
    assert _codes(closure_unmet("", LATER, TODAY, opened_on=date(2026, 7, 1))) == [
        "closure.final_evaluation_missing", "closure.date_future", "closure.before_opening"]
    assert _codes(conference_unmet("", [("Ana", "")])) == [
        "conference.place_participants", "conference.participant"]
    assert _codes(conference_unmet("Esch", [("Ana", "mère")])) == []
