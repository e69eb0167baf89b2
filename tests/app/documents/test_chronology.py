"""The printed chronology, read back with poppler in French and German."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents.chronology import render_chronology
from app.documents.chronology import text as text_of
from app.documents.texts import NBSP
from app.services.base.context import ServiceContext
from app.services.dossier.chronology import ChronologyFilter, ChronologyKind
from tests.app.documents.poppler import assert_fonts_embedded, pages, screenshot, words
from tests.app.services.chronology_family import Chronicled, chronicled

MADE = date(2026, 10, 5)


@pytest.fixture
def done(agent: ServiceContext) -> Chronicled:
    return chronicled(agent)


def _number(agent: ServiceContext, done: Chronicled) -> str:
    from app.services.dossier.chronology import load_chronology
    return load_chronology(agent, done.family.case_id).number


def test_the_chronology_prints_in_french(agent: ServiceContext, done: Chronicled) -> None:
    pdf = render_chronology(agent, done.family.case_id, "fr", today=MADE)
    text = words(pdf)
    for expected in ("Chronologie du dossier", "Office national de l’enfance",
                     f"Dossier : {_number(agent, done)}", "Filtre : tous les événements",
                     "Établie le : 05/10/2026", "Date Événement Détails Personnes",
                     "02/03/2026 Dossier ouvert", "Demande reçue permanence téléphonique",
                     "10/03/2026 14:30 Contact visite à domicile",
                     "Concertation École fondamentale Brill",
                     "Signature donnée parent — version 1", "Validé par l’ONE version 1",
                     "Début d’une mesure", "Interruption d’une mesure",
                     "Séjour à l'hôpital", "Jeff Weber parent de Léa Tavares — Jugement du "
                     "tribunal", "Dossier clôturé objectifs atteints", "Mesure retirée",
                     "page 1 / "):
        assert expected in text, expected
    assert text.index("Dossier ouvert") < text.index("Début d’une mesure") < text.index(
        "Dossier clôturé")
    assert text_of("filter", "fr") == f"Filtre{NBSP}:"  # the no-break space before ":"
    assert len(pages(pdf)) >= 1
    assert_fonts_embedded(pdf)
    screenshot(pdf, "chronology-fr")


def test_the_chronology_prints_in_german(agent: ServiceContext, done: Chronicled) -> None:
    pdf = render_chronology(agent, done.family.case_id, "de", today=MADE)
    text = words(pdf)
    for expected in ("Chronologie der Akte", "Filter: alle Ereignisse", "Erstellt am: 05.10.2026",
                     "Datum Ereignis Einzelheiten Personen", "02.03.2026 Akte eröffnet",
                     "Anfrage eingegangen Telefonbereitschaft", "Kontakt Hausbesuch",
                     "Unterschrift geleistet Elternteil — Version 1", "Beginn einer Maßnahme",
                     "Jeff Weber Elternteil von Léa Tavares", "Akte abgeschlossen Ziele "
                     "erreicht", "Seite 1 / "):
        assert expected in text, expected
    assert "Dossier ouvert" not in text
    assert_fonts_embedded(pdf)
    screenshot(pdf, "chronology-de")


def test_the_filter_applied_is_printed(agent: ServiceContext, done: Chronicled) -> None:
    chosen = ChronologyFilter(ChronologyKind.SIGNATURE_GIVEN, done.family.father)
    text = words(render_chronology(agent, done.family.case_id, "fr", chosen, today=MADE))
    assert "Filtre : Signature donnée, concernant Jeff Weber" in text
    assert text.count("Signature donnée") == 2  # the filter line and the father's signature
    assert "Ana Sofia Tavares" not in text and "Dossier ouvert" not in text
    german = words(render_chronology(agent, done.family.case_id, "de",
                                     ChronologyFilter(ChronologyKind.TRANSFER), today=MADE))
    assert "Filter: Akte übertragen" in german
    assert "Kein Ereignis entspricht dem Filter." in german
