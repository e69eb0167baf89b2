"""A measure's life after planning: changed or withdrawn only before it starts, paused with a
reason and coherent dates, ended early with a reason, and an agrément for its whole duration."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.rules import Unmet
from app.rules.measures import (
    MeasureFacts,
    ProviderFacts,
    early_end_unmet,
    interruption_unmet,
    not_started_unmet,
    planned_measure_unmet,
    reason_unmet,
)

START, END = date(2026, 3, 2), date(2026, 12, 31)
HOME_HELP = MeasureFacts("i", "i) aide en famille", False, True, "hour")


def _codes(unmet: list[Unmet]) -> list[str]:
    return [u.code for u in unmet]


def test_the_agrement_must_cover_the_whole_duration_when_checked() -> None:
    ending = ProviderFacts("Aide Nord", True, holds_agrement_on_end=False)
    assert _codes(planned_measure_unmet(HOME_HELP, ending, Decimal(10), START, END, 1)) == [
        "art13.agrement_ends"]
    lapsed = ProviderFacts("Aide Nord", False, holds_agrement_on_end=False)
    assert _codes(planned_measure_unmet(HOME_HELP, lapsed, Decimal(10), START, END, 1)) == [
        "art13.agrement"]  # said once: the start already fails
    assert planned_measure_unmet(HOME_HELP, ProviderFacts("Aide Sud", True), Decimal(10),
                                 START, END, 1) == []


def test_started_measures_are_not_changed_and_reasons_are_kept() -> None:
    assert _codes(not_started_unmet(START)) == ["measure.started"]
    assert not_started_unmet(None) == []
    assert _codes(reason_unmet(" ", "withdraw")) == ["measure.withdraw_reason"]
    assert reason_unmet("La famille renonce", "change") == []


def test_a_pause_needs_a_running_measure_coherent_dates_and_a_reason() -> None:
    assert _codes(interruption_unmet(None, None, None, START, None, "x")) == [
        "measure.not_running"]
    assert _codes(interruption_unmet(START, None, START, date(2026, 2, 1), date(2026, 1, 1),
                                     "")) == ["measure.pause_before_start",
                                              "measure.already_paused", "measure.pause_dates",
                                              "measure.interrupt_reason"]
    assert interruption_unmet(START, None, None, START, None, "Vacances") == []


def test_only_an_early_end_asks_why() -> None:
    assert _codes(early_end_unmet(END, date(2026, 6, 1), "")) == ["measure.end_reason"]
    assert early_end_unmet(END, END, "") == []
