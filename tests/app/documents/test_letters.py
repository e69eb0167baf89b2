"""The usual letters (invitation, home visit, report request, after a conference): written from
their templates in the dossier's language, to the family's postal addresses, recorded in the
contact log (hence the chronology) by one service call, read back with pdftotext."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.documents.letters import LetterInput, LetterKind
from app.domain import ContactChannel, DocumentLanguage, PersonRole
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails
from app.services.dossier.chronology import ChronologyEvent, ChronologyKind, load_chronology
from app.services.dossier.corrections import (
    PersonCorrection,
    correct_person,
    set_document_language,
)
from app.services.dossier.letters import send_letter
from tests.app.documents.poppler import assert_fonts_embedded, pages, words
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def family(agent: ServiceContext) -> Family:
    family = Family.open(agent, TODAY)
    home = ContactDetails(street="12, rue de l'Alzette", postal_code="L-4011",
                          locality="Esch-sur-Alzette")
    correct_person(agent, family.mother, PersonCorrection(
        PersonRole.PARENT, "Ana Sofia", "Tavares", None, "", home), today=TODAY)
    correct_person(agent, family.father, PersonCorrection(
        PersonRole.PARENT, "Jeff", "Weber", None, "", ContactDetails(
            street="3, an der Gaass", postal_code="L-9401", locality="Vianden")),
        today=TODAY)
    return family


def test_an_invitation_goes_to_each_household_and_is_logged(
        agent: ServiceContext, family: Family) -> None:
    sent = send_letter(agent, family.case_id, LetterInput(
        LetterKind.MEETING_INVITATION, date(2026, 3, 12), "14:30", "Maison relais Esch",
        message="Merci d’apporter le carnet scolaire de Léa."), now=NOW)
    pdf = sent.pdf()
    text = "".join(pages(pdf)).replace("’", "'")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = lines.index("Ana Sofia Tavares")
    assert lines[start:start + 6] == [
        "Ana Sofia Tavares", "12, rue de l'Alzette", "L-4011 Esch-sur-Alzette",
        "Jeff Weber", "3, an der Gaass", "L-9401 Vianden"]
    said = words(pdf).replace("’", "'")
    for expected in ("Invitation à un rendez-vous", "le 12/03/2026 à 14:30, Maison relais Esch",
                     "carnet scolaire de Léa", "Dossier : SUD-", "02/03/2026",
                     "Coordinateur de projet d'intervention"):
        assert expected in said, expected
    assert_fonts_embedded(pdf)
    assert "Einladung zu einem Gespräch" in words(sent.pdf("de"))
    assert [(e.summary, e.note, e.detail) for e in _letters(agent, family)] == [(
        "Lettre envoyée\u00a0: Invitation à un rendez-vous (12/03/2026)",
        "Ana Sofia Tavares, Jeff Weber", ContactChannel.LETTER)]


def test_the_letter_opens_in_the_dossier_language(agent: ServiceContext,
                                                 family: Family) -> None:
    set_document_language(agent, family.case_id, DocumentLanguage.GERMAN)
    sent = send_letter(agent, family.case_id, LetterInput(
        LetterKind.HOME_VISIT, date(2026, 3, 5), "10:00"), now=NOW)
    said = words(sent.pdf())
    assert "Bestätigung eines Hausbesuchs" in said and "am 05.03.2026 um 10:00 Uhr" in said
    assert [e.summary for e in _letters(agent, family)] == [
        "Brief gesendet: Bestätigung eines Hausbesuchs (05.03.2026)"]


def test_a_report_request_goes_to_the_school(agent: ServiceContext, family: Family) -> None:
    with pytest.raises(RuleViolation):
        send_letter(agent, family.case_id, LetterInput(
            LetterKind.REPORT_REQUEST, date(2026, 4, 1)), now=NOW)
    sent = send_letter(agent, family.case_id, LetterInput(
        LetterKind.REPORT_REQUEST, date(2026, 4, 1), recipient="École fondamentale Brill",
        recipient_address="Rue du Brill\nL-4041 Esch-sur-Alzette", about="Léa Tavares"),
        now=NOW)
    said = words(sent.pdf())
    assert "École fondamentale Brill Rue du Brill L-4041 Esch-sur-Alzette" in said
    assert "un rapport sur la situation de Léa Tavares avant le 01/04/2026" in said
    assert "12, rue de l" not in said  # not the family's address
    assert sent.letter.addressees[0].names == ("École fondamentale Brill",)


def test_a_letter_after_a_conference(agent: ServiceContext, family: Family) -> None:
    sent = send_letter(agent, family.case_id, LetterInput(
        LetterKind.AFTER_CONFERENCE, date(2026, 2, 27), place="Office régional Sud",
        message="Léa sera accompagnée à la piscine le mercredi."), now=NOW)
    said = words(sent.pdf())
    assert "concertation du 27/02/2026, Office régional Sud" in said
    assert "piscine le mercredi" in said
    assert [e.note for e in _letters(agent, family)] == ["Ana Sofia Tavares, Jeff Weber"]


def _letters(agent: ServiceContext, family: Family) -> list[ChronologyEvent]:
    """The chronology's events of letters sent (contacts by letter)."""
    return [e for e in load_chronology(agent, family.case_id).events
            if e.kind is ChronologyKind.CONTACT and e.detail is ContactChannel.LETTER]
