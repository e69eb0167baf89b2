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


def _placed(agent: ServiceContext, surname: str, country: str = "LU",
            code: str = "a1", quantity: Decimal | None = Decimal(180)) -> Family:
    family = Family.open(agent, OPENED, surname=surname).analyse().assess()
    family.provider = register_provider(agent, ProviderInput(
        f"Foyer {surname}", "AGR-2010-9", None, "Mersch", country))
    family.plan(code, quantity).in_force(validator_context(agent))
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


def test_the_list_says_which_measures_it_counts_day_placements_marked(
    agent: ServiceContext,
) -> None:
    _placed(agent, "Schmit", code="c2")
    _placed(agent, "Weber", code="e", quantity=None)  # internat: accueil éducatif, not counted
    text = words(render_semester_list(agent, APRIL_FIRST))
    for expected in ("enfants de moins de 18 ans accueillis ou placés en institution ou en "
                     "famille d’accueil", "1 placement(s) : 1 au Luxembourg, 0 à l’étranger.",
                     "Léa Schmit", "art. 11, lettre c2)", "famille d’accueil, de jour",
                     "Mesures comptées : a1, a2, a3, a4, a5, b, c1, c2, d.",
                     "l’article 11 nomme « accueil socio-éducatif »",
                     "la révocation du projet (art. 4)", "l’article 6 nomme les enfants."):
        assert expected in text, expected
    assert "Weber" not in text
    german = words(render_semester_list(agent, APRIL_FIRST, language="de"))
    assert "Gezählte Maßnahmen: a1, a2, a3, a4, a5, b, c1, c2, d." in german
    assert "Pflegefamilie, bei Tag" in german
