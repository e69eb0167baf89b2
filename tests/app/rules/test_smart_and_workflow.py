"""SMART parts and the moves of the 8-step cycle, each refusal with all its reasons."""

from __future__ import annotations

from datetime import date

import pytest

from app.rules.smart import objective_unmet
from app.rules.workflow import CaseFacts, allowed_targets, move_unmet

TODAY = date(2026, 11, 23)
COMPLETE = {"wording": "Léa va à l'école tous les jours", "indicator": "moins de 2 absences",
            "accepted_by": "Léa et sa mère", "realism": "l'école est à 5 minutes",
            "due_on": date(2027, 6, 30)}


@pytest.mark.parametrize(("field", "value", "code"), [
    ("wording", "école", "smart.specific"),
    ("indicator", " ", "smart.measurable"),
    ("accepted_by", "", "smart.accepted"),
    ("realism", "", "smart.realistic"),
    ("due_on", None, "smart.time_bound"),
    ("due_on", TODAY, "smart.time_bound"),
])
def test_an_objective_missing_a_smart_part_names_it(field: str, value: object,
                                                    code: str) -> None:
    unmet = objective_unmet(**{**COMPLETE, field: value}, today=TODAY)  # type: ignore[arg-type]
    assert [u.code for u in unmet] == [code]


def test_all_missing_parts_are_listed_together() -> None:
    unmet = objective_unmet(wording="", indicator="", accepted_by="", realism="", due_on=None,
                            today=TODAY)
    assert len(unmet) == 5
    assert objective_unmet(**COMPLETE, today=TODAY) == []  # type: ignore[arg-type]


def test_the_cycle_allows_follow_up_steps_side_by_side_and_replanning_from_7() -> None:
    assert allowed_targets(1) == {2}
    assert allowed_targets(3) == {2, 4}
    assert allowed_targets(5) == {6, 7}
    assert allowed_targets(7) == {3, 4, 5, 6}


def test_leaving_analysis_lists_every_missing_condition() -> None:
    facts = CaseFacts(closed=False, current_step=1, furthest_step=1,
                      court_proceedings_pending=True)
    codes = [u.code for u in move_unmet(facts, 2)]
    assert codes == ["step1.request", "step1.working_frame", "step1.beneficiary",
                     "art5.judicial_request"]


def test_replanning_needs_an_evaluation_that_concluded_so() -> None:
    facts = CaseFacts(closed=False, current_step=7, furthest_step=7,
                      latest_evaluation_outcome="continue")
    assert [u.code for u in move_unmet(facts, 3)] == ["workflow.replan_needs_evaluation"]
    replan = CaseFacts(closed=False, current_step=7, furthest_step=7,
                       latest_evaluation_outcome="replan_measures")
    assert move_unmet(replan, 3) == []
    assert [u.code for u in move_unmet(replan, 1)] == ["workflow.move"]


def test_a_closed_case_moves_nowhere() -> None:
    facts = CaseFacts(closed=True, current_step=8, furthest_step=8)
    assert [u.code for u in move_unmet(facts, 7)] == ["case.closed"]
