"""The anonymised statistics report (art. 7), read back with poppler: charts in the embedded
font, and not one planted personal string."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.documents.statistics_report import render_statistics_report
from app.services.base.context import ServiceContext
from app.services.one.network import ProviderInput, register_provider
from app.services.steps.implementation import start_measure
from tests.app.documents.poppler import assert_fonts_embedded, poppler, screenshot, words
from tests.app.services.family import Family, validator_context

OPENED = date(2026, 3, 2)
TODAY = date(2026, 11, 23)
PLANTED = ("Kelmendi", "Léa", "Ana Sofia", "Weber", "2014-05-17", "17/05/2014", "Absences",
           "Rencontres", "Foyer", "Mersch", "école", "Soutien demandé")


@pytest.fixture
def populated(agent: ServiceContext) -> None:
    placed = Family.open(agent, OPENED, surname="Kelmendi").analyse().assess()
    placed.provider = register_provider(agent, ProviderInput(
        "Foyer Kelmendi", "AGR-2010-9", None, "Mersch"))
    placed.plan("a1", Decimal(365)).in_force(validator_context(agent))
    assert placed.measure is not None
    start_measure(agent, placed.measure, date(2026, 3, 15))
    Family.open(agent, OPENED).analyse().assess().plan()


def test_the_report_counts_without_any_personal_string(agent: ServiceContext,
                                                      populated: None) -> None:
    pdf = render_statistics_report(agent, TODAY)
    text = words(pdf)
    for expected in ("Statistiques anonymisées", "Extrait au 23/11/2026", "(art. 7)",
                     "Dossiers par étape", "Étape 4", "Étape 5", "sud-esch-sur-alzette",
                     "ouvert", "Mesures par type (art. 11)", "a1", "jours", "365",
                     "Durée des dossiers", "266", "Dossiers par groupe d’âge", "enfant"):
        assert expected in text, expected
    raw = poppler("pdftotext", pdf)
    for planted in PLANTED:
        assert planted not in raw, planted
    assert_fonts_embedded(pdf)  # the chart labels too
    screenshot(pdf, "statistics-report-fr")


def test_the_report_prints_in_german(agent: ServiceContext, populated: None) -> None:
    pdf = render_statistics_report(agent, TODAY, language="de")
    text = words(pdf)
    for expected in ("Anonymisierte Statistik", "Akten nach Schritt", "Schritt 5", "offen",
                     "Maßnahmen nach Art", "Tage", "Kind"):
        assert expected in text, expected
    assert_fonts_embedded(pdf)


def test_an_empty_store_gives_a_report_too(agent: ServiceContext) -> None:
    pdf = render_statistics_report(agent, TODAY)
    assert "Aucune." in words(pdf)
    assert_fonts_embedded(pdf)
