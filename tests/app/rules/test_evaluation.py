"""Step 7: an evaluation rates at least one objective on the scales and explains a change of
course with proposals."""

from __future__ import annotations

from app.rules.evaluation import evaluation_unmet


def _codes(progress: list[int], appraisals: list[tuple[int, int]], goes_on: bool,
           proposals: str) -> list[str]:
    return [u.code for u in evaluation_unmet(progress, appraisals, goes_on, proposals)]


def test_a_complete_evaluation_meets_the_rule() -> None:
    assert _codes([2], [(3, 4)], True, "") == []
    assert _codes([0, 4], [], False, "Ajouter un internat") == []


def test_every_missing_part_is_named_at_once() -> None:
    assert _codes([], [(0, 5)], False, "  ") == [
        "step7.progress", "step7.appraisal_scale", "step7.proposals"]
    assert _codes([5], [], True, "") == ["step7.progress_scale"]
