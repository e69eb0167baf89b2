"""The dossier printed for the family (art. 7), read back with poppler."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.documents.family_export import render_family_export
from app.domain import ContactChannel, DossierConsultation
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    log_contact,
    record_case_conference,
)
from tests.app.documents.poppler import assert_fonts_embedded, screenshot, words
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)
ON = date(2026, 4, 15)


@pytest.fixture
def family(agent: ServiceContext) -> Family:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    record_case_conference(agent, family.case_id, ConferenceInput(
        date(2026, 3, 20), "École fondamentale Brill",
        (Participant("Ana Sofia Tavares", "mère"), Participant("Łukasz Wójcik", "enseignant")),
        minutes="Les absences ont diminué.", decisions="Bilan en juin."))
    log_contact(agent, family.case_id, ContactInput(
        datetime(2026, 3, 25, 9, 30, tzinfo=UTC), "Ana Sofia Tavares", ContactChannel.TELEPHONE,
        "Rendez-vous fixé avec l'école."))
    return family


def test_every_step_is_in_plain_sections(agent: ServiceContext, family: Family) -> None:
    pdf = render_family_export(agent, family.case_id, family.mother, ON)
    text = words(pdf)
    for expected in (
            "Votre dossier", "Bureau régional Sud",
            "remise le 15/04/2026 à Ana Sofia Tavares (art. 7)",
            "Dossier ouvert le 02/03/2026.",
            "Personnes concernées", "Léa Tavares enfant né(e) le 17/05/2014", "Jeff Weber parent",
            "Demandes", "Soutien demandé pour la scolarité et les relations familiales",
            "Cadre de travail convenu", "Rencontres mensuelles à domicile",
            "Ressources et difficultés", "Lien fort avec sa grand-mère",
            "Son avis : « Je veux rester avec maman »",
            "Objectifs", "Léa va à l'école tous les jours", "Moins de 2 absences par mois",
            "court terme", "en cours",
            "Mesures", "art. 11, lettre i)", "Service d'assistance en famille Sud",
            "Projets d’intervention", "Version 1 : en vigueur", "Jeff Weber : signé le 02/03/2026",
            "Concertations", "Concertation du 20/03/2026, École fondamentale Brill",
            "Łukasz Wójcik (enseignant)", "Décisions : Bilan en juin.",
            "Contacts", "25/03/2026 Ana Sofia Tavares téléphone Rendez-vous fixé avec l'école.",
            "Évaluations", "Rôle des intervenants"):
        assert expected in text, expected
    assert "{" not in text and '"tables"' not in text  # plain sections, not JSON
    assert_fonts_embedded(pdf)
    screenshot(pdf, "family-export-fr")


def test_the_export_prints_in_german(agent: ServiceContext, family: Family) -> None:
    pdf = render_family_export(agent, family.case_id, family.mother, ON, language="de")
    text = words(pdf)
    for expected in ("Ihre Akte", "Betroffene Personen", "Elternteil", "Ziele", "laufend",
                     "Maßnahmen", "Version 1: in Kraft", "Fallbesprechungen", "Telefon",
                     "15.04.2026", "Seite 1 /"):
        assert expected in text, expected
    assert_fonts_embedded(pdf)


def test_the_consultation_is_checked_and_recorded(agent: ServiceContext,
                                                  family: Family) -> None:
    with pytest.raises(RuleViolation):
        render_family_export(agent, family.case_id, family.child, ON)  # not able to judge
    render_family_export(agent, family.case_id, family.father, ON)
    with agent.reading() as session:
        readers = [c.requested_by_id for c in session.query(DossierConsultation).all()]
    assert readers == [family.father]
