"""The case conference's invitation and minutes, read back with poppler."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.documents.conference import render_conference_invitation, render_conference_minutes
from app.services.base.context import ServiceContext
from app.services.steps.coordination import ConferenceInput, Participant, record_case_conference
from tests.app.documents.poppler import assert_fonts_embedded, pages, screenshot, words
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)


@pytest.fixture
def conference(agent: ServiceContext) -> uuid.UUID:
    family = Family.open(agent, TODAY)
    return record_case_conference(agent, family.case_id, ConferenceInput(
        date(2026, 3, 20), "École fondamentale Brill, Esch-sur-Alzette",
        (Participant("Ana Sofia Tavares", "mère"), Participant("Łukasz Wójcik", "enseignant"),
         Participant("Nguyễn Thị Ánh", "psychologue")),
        minutes="Les absences ont diminué depuis janvier.",
        decisions="Un point mensuel avec l'école ; bilan en juin."))


def test_the_invitation_says_when_where_who_and_why(agent: ServiceContext,
                                                    conference: uuid.UUID) -> None:
    pdf = render_conference_invitation(agent, conference, "Faire le point sur la scolarité")
    text = words(pdf)
    for expected in ("Office national de l’enfance", "Bureau régional Sud",
                     "Invitation à une concertation", "Dossier : SUD-", "Date : 20/03/2026",
                     "Lieu : École fondamentale Brill, Esch-sur-Alzette", "Personnes invitées",
                     "Ana Sofia Tavares mère", "Łukasz Wójcik enseignant",
                     "Nguyễn Thị Ánh psychologue", "Objet de la concertation",
                     "Faire le point sur la scolarité", "page 1 / 1"):
        assert expected in text, expected
    assert "Les absences ont diminué" not in text  # the minutes are not sent beforehand
    assert_fonts_embedded(pdf)
    screenshot(pdf, "conference-invitation-fr")


def test_the_minutes_carry_roles_minutes_and_decisions(agent: ServiceContext,
                                                       conference: uuid.UUID) -> None:
    pdf = render_conference_minutes(agent, conference)
    text = words(pdf)
    for expected in ("Compte rendu de concertation", "Participants", "Rôle",
                     "Łukasz Wójcik enseignant", "Compte rendu",
                     "Les absences ont diminué depuis janvier.", "Décisions",
                     "Un point mensuel avec l'école ; bilan en juin."):
        assert expected in text, expected
    assert len(pages(pdf)) == 1
    assert_fonts_embedded(pdf)
    screenshot(pdf, "conference-minutes-fr")


def test_the_minutes_print_in_german(agent: ServiceContext, conference: uuid.UUID) -> None:
    pdf = render_conference_minutes(agent, conference, language="de")
    text = words(pdf)
    for expected in ("Protokoll der Fallbesprechung", "Teilnehmende", "Rolle", "Beschlüsse",
                     "Datum: 20.03.2026", "Seite 1 / 1", "Nationales Kinderamt"):
        assert expected in text, expected
    assert "Compte rendu" not in text
    assert_fonts_embedded(pdf)
