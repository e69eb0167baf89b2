"""What becomes of an objective: only an active one changes; abandoning and reformulating say
why; nothing is recorded ahead of time."""

from __future__ import annotations

from datetime import date

from app.rules.objectives import ObjectiveFate, objective_fate_unmet, objective_person_unmet

TODAY = date(2026, 3, 2)


def _codes(status: str, fate: ObjectiveFate, reason: str = "", on: date = TODAY) -> list[str]:
    return [u.code for u in objective_fate_unmet(status, None, fate, on, reason, TODAY)]


def test_an_active_objective_is_achieved_without_a_reason_but_abandoned_with_one() -> None:
    assert _codes("active", ObjectiveFate.ACHIEVED) == []
    assert _codes("active", ObjectiveFate.ABANDONED) == ["objective.abandon_reason"]
    assert _codes("active", ObjectiveFate.REFORMULATED, " ") == ["objective.reformulate_reason"]
    assert _codes("active", ObjectiveFate.ABANDONED, "Déménagement") == []


def test_an_objective_that_ended_stays_as_it_ended() -> None:
    assert _codes("achieved", ObjectiveFate.ABANDONED, "x") == ["objective.achieved"]
    assert _codes("abandoned", ObjectiveFate.ACHIEVED) == ["objective.abandoned"]
    assert _codes("reformulated", ObjectiveFate.REFORMULATED, "x") == [
        "objective.reformulated"]


def test_every_problem_is_listed_at_once_and_the_future_is_refused() -> None:
    assert _codes("achieved", ObjectiveFate.ABANDONED, "", date(2026, 3, 3)) == [
        "objective.achieved", "objective.abandon_reason", "objective.in_future"]
    assert [u.code for u in objective_person_unmet(False)] == ["objective.for"]
    assert objective_person_unmet(True) == []
