"""The semester placement list (art. 6), read back with poppler."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.documents.semester_list import render_semester_list
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.one.network import ProviderInput, register_provider
from app.services.steps.implementation import start_measure
from tests.app.documents.poppler import assert_fonts_embedded, screenshot, words
from tests.app.services.family import Family, validator_context

OPENED = date(2026, 3, 2)
APRIL_FIRST = date(2026, 4, 1)


def _placed(agent: ServiceContext, surname: str, country: str = "LU") -> Family:
    family = Family.open(agent, OPENED, surname=surname).analyse().assess()
    family.provider = register_provider(agent, ProviderInput(
        f"Foyer {surname}", "AGR-2010-9", None, "Mersch", country))
    family.plan("a1", Decimal(365)).in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, date(2026, 3, 15))
    return family


def test_the_list_names_each_placed_child(agent: ServiceContext) -> None:
    _placed(agent, "Nguyễn")
    _placed(agent, "Wójcik", country="BE")
    pdf = render_semester_list(agent, APRIL_FIRST)
    text = words(pdf)
    for expected in ("Enfants placés au 01/04/2026", "(art. 6)",
                     "2 placement(s) : 1 au Luxembourg, 1 à l’étranger.",
                     "Léa Nguyễn", "Léa Wójcik", "17/05/2014", "art. 11, lettre a1)",
                     "institution", "Foyer Wójcik (BE)", "15/03/2026", "sud-esch-sur-alzette",
                     "page 1 / 1"):
        assert expected in text, expected
    assert_fonts_embedded(pdf)
    screenshot(pdf, "semester-list-fr")


def test_the_list_prints_in_german(agent: ServiceContext) -> None:
    _placed(agent, "Nguyễn")
    text = words(render_semester_list(agent, APRIL_FIRST, language="de"))
    for expected in ("Untergebrachte Kinder am 01.04.2026", "1 Unterbringung(en)",
                     "Einrichtung", "Seit", "Seite 1 / 1"):
        assert expected in text, expected


def test_an_empty_list_says_so_and_other_days_are_refused(agent: ServiceContext) -> None:
    text = words(render_semester_list(agent, date(2026, 10, 1)))
    assert "0 placement(s)" in text and "Aucune." in text
    with pytest.raises(RuleViolation) as refused:
        render_semester_list(agent, date(2026, 4, 2))
    assert refused.value.codes == ("art6.reference_day",)
