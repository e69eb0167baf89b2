"""The dossier's overview on one page for a case conference, read back with poppler."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.documents.overview import render_overview
from app.domain import ContactChannel
from app.services.base.context import ServiceContext
from app.services.plan.versions import record_discernment, record_signature
from app.services.steps.coordination import ContactInput, log_contact
from tests.app.documents.poppler import assert_fonts_embedded, pages, screenshot, words
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


def test_the_overview_says_what_stops_the_plan_in_french(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, surname="<b>Tavares</b>").analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    version = family.ready_version()
    record_signature(agent, version, family.mother, TODAY, today=TODAY)
    pdf = render_overview(agent, family.case_id, today=TODAY)
    text = words(pdf)
    for expected in ("Office national de l’enfance", "Synthèse du dossier", "Dossier : SUD-",
                     "Situation au : 02/03/2026", "Étape : 4 · Projet d’intervention",
                     "aide volontaire", "Prochaine action",
                     "Recueillir les signatures manquantes", "Ce qui l’arrête :",
                     "Le projet ne prend effet qu’après la signature de Jeff Weber (art. 4).",
                     "Famille", "Léa <b>Tavares</b> enfant 11 ans",
                     "Jeff Weber parent 43 ans autorité parentale, représentant légal",
                     "Version 1 : à signer", "Ana Sofia <b>Tavares</b> : signé le 02/03/2026",
                     "Jeff Weber : pas encore signé", "Pas encore validé par l’ONE.",
                     "Mesures en cours", "pas encore commencée", "Demandes ouvertes",
                     "demande d’aide", "page 1 / 1"):
        assert expected in text, expected
    assert len(pages(pdf)) == 1
    assert_fonts_embedded(pdf)
    screenshot(pdf, "overview-fr")


def test_the_overview_prints_in_german_with_contacts(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    log_contact(agent, family.case_id, ContactInput(
        datetime(2026, 3, 3, 10, tzinfo=UTC), "École Brill", ContactChannel.LETTER,
        "Bulletin reçu"))
    pdf = render_overview(agent, family.case_id, "de", today=date(2027, 4, 1))
    text = words(pdf)
    for expected in ("Fallübersicht", "Stand am: 01.04.2027", "Schritt: 5 · ",
                     "freiwillige Hilfe", "Nächster Schritt", "Das Projekt überprüfen",
                     "Warnungen", "Die Überprüfung des Projekts war am 02.03.2027 fällig",
                     "Version 1: in Kraft", "Vom ONE validiert am 02.03.2026.",
                     "Nächste Überprüfung (Art. 6): 02.03.2027 – überfällig",
                     "Letzte Kontakte", "03.03.2026 Brief École Brill Bulletin reçu",
                     "Seite 1 / 1"):
        assert expected in text, expected
    assert "Synthèse" not in text
    assert_fonts_embedded(pdf)
