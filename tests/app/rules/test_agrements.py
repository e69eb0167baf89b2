"""Art. 13 over a measure's whole planned duration, for its letter: the provider's agréments
(renewals following each other count as one) must cover every day from start to end."""

from __future__ import annotations

from datetime import date

from app.rules.measures import AgrementFacts, MeasureFacts, agrement_unmet, provider_facts_over

HOME = MeasureFacts("i", "i) assistance", False, True, "hour")
PLACEMENT = MeasureFacts("a2", "a2) accueil orthopédagogique", False, True, "day")


def _agrement(codes: str, start: date, end: date | None, number: str = "AGR-1") -> AgrementFacts:
    return AgrementFacts(number, frozenset(codes.split(",")), start, end)


def test_a_letter_covers_its_formulas_and_a_formula_itself_only() -> None:
    letter = [_agrement("a,c", date(2020, 1, 1), None)]
    formula = [_agrement("a1", date(2020, 1, 1), None)]
    start, end = date(2026, 3, 1), date(2026, 9, 30)
    assert provider_facts_over("Foyer", letter, "a2", "a", start, end).holds_agrement_on_start
    facts = provider_facts_over("Foyer", formula, "a2", "a", start, end)
    assert not facts.holds_agrement_on_start
    assert [u.code for u in agrement_unmet(PLACEMENT, facts, start, end)] == ["art13.agrement"]


def test_renewals_without_a_gap_cover_the_whole_duration() -> None:
    agrements = [_agrement("i,h", date(2019, 1, 1), date(2026, 12, 31)),
                 _agrement("i", date(2027, 1, 1), date(2029, 12, 31), "AGR-2")]
    facts = provider_facts_over("Aide", agrements, "i", None, date(2026, 6, 1),
                                date(2028, 6, 30))
    assert (facts.holds_agrement_on_start, facts.holds_agrement_on_end) == (True, True)
    assert agrement_unmet(HOME, facts, date(2026, 6, 1), date(2028, 6, 30)) == []


def test_an_agrement_ending_before_the_measure_is_said_with_its_last_day() -> None:
    agrements = [_agrement("i", date(2019, 1, 1), date(2026, 12, 31)),
                 _agrement("i", date(2027, 2, 1), None, "AGR-2"),  # a month's gap
                 _agrement("h", date(2027, 1, 1), None, "AGR-3")]  # another letter
    start, end = date(2026, 6, 1), date(2027, 6, 30)
    facts = provider_facts_over("Aide", agrements, "i", None, start, end)
    assert facts.holds_agrement_on_start and not facts.holds_agrement_on_end
    assert facts.agrement_ends_on == date(2026, 12, 31)
    (unmet,) = agrement_unmet(HOME, facts, start, end)
    assert unmet.code == "art13.agrement_ends" and unmet.article == "art. 13"
    assert "31/12/2026" in unmet.text.render() and "30/06/2027" in unmet.text.render()
    within = provider_facts_over("Aide", agrements, "i", None, start, date(2026, 12, 31))
    assert agrement_unmet(HOME, within, start, date(2026, 12, 31)) == []


def test_a_measure_without_agrement_needs_none() -> None:
    free = MeasureFacts("k", "k) psychomotricité", False, False, "hour")
    facts = provider_facts_over("Atelier", [], "k", None, date(2026, 1, 1), date(2026, 12, 31))
    assert not facts.holds_agrement_on_start
    assert agrement_unmet(free, facts, date(2026, 1, 1), date(2026, 12, 31)) == []
