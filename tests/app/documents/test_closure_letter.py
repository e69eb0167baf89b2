"""The closure letter to the family, read back with poppler."""

from __future__ import annotations

from datetime import date

import pytest

from app.documents.closure_letter import render_closure_letter
from app.domain import ClosureReason, PersonRole
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.corrections import PersonCorrection, correct_person
from tests.app.documents.poppler import assert_fonts_embedded, pages, screenshot, words
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)
CLOSED = date(2026, 9, 30)
EVALUATION = "Léa va à l'école chaque jour depuis mai ; la famille s'organise seule."


@pytest.fixture
def closed(agent: ServiceContext) -> Family:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    close_case(agent, family.case_id, ClosureInput(CLOSED, ClosureReason.OBJECTIVES_REACHED,
                                                   EVALUATION), today=CLOSED)
    return family


def test_the_letter_says_when_why_how_it_went_and_what_next(agent: ServiceContext,
                                                            closed: Family) -> None:
    pdf = render_closure_letter(agent, closed.case_id)
    text = words(pdf)
    for expected in ("Office national de l’enfance", "Bureau régional Sud",
                     "Fin de l’accompagnement", "À l’attention de", "Ana Sofia Tavares",
                     "Jeff Weber", "Le 30/09/2026, l’accompagnement de votre famille",
                     "Les objectifs fixés ensemble dans le projet d’intervention sont atteints.",
                     "Évaluation finale", EVALUATION, "Et maintenant ?",
                     "demander à nouveau de l’aide", "consulter votre dossier",
                     "qu’ils exercent ou non l’autorité parentale",
                     "(art. 7)", "page 1 / 1"):
        assert expected in text, expected
    assert "Léa Tavares" not in text  # addressed to the adults, not the child
    assert_fonts_embedded(pdf)
    screenshot(pdf, "closure-letter-fr")


def test_the_letter_prints_in_german(agent: ServiceContext, closed: Family) -> None:
    pdf = render_closure_letter(agent, closed.case_id, language="de")
    text = words(pdf)
    for expected in ("Ende der Begleitung", "Am 30.09.2026", "Abschließende Bewertung",
                     "Wie geht es weiter?", "(Art. 7)", "Seite 1 / 1", EVALUATION):
        assert expected in text, expected
    assert_fonts_embedded(pdf)


def test_an_open_dossier_has_no_closure_letter(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    with pytest.raises(LookupError):
        render_closure_letter(agent, family.case_id)


def test_the_letter_carries_each_household_postal_address(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    home = ContactDetails(street="12, rue de l'Alzette", postal_code="L-4011",
                          locality="Esch-sur-Alzette")
    for person, first, last, contact in (
            (family.mother, "Ana Sofia", "Tavares", home),
            (family.father, "Jeff", "Weber", ContactDetails(
                street="3, an der Gaass", postal_code="L-9401", locality="Vianden"))):
        correct_person(agent, person, PersonCorrection(
            PersonRole.PARENT, first, last, None, "", contact), today=TODAY)
    family.in_force(validator_context(agent))
    close_case(agent, family.case_id, ClosureInput(CLOSED, ClosureReason.OBJECTIVES_REACHED,
                                                   EVALUATION), today=CLOSED)
    text = "".join(pages(render_closure_letter(agent, family.case_id))).replace("’", "'")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = lines.index("Ana Sofia Tavares")
    assert lines[start:start + 6] == [
        "Ana Sofia Tavares", "12, rue de l'Alzette", "L-4011 Esch-sur-Alzette",
        "Jeff Weber", "3, an der Gaass", "L-9401 Vianden"]
