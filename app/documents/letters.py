"""The letters an agent sends most, from fixed templates in French and German (the dossier's
document language, the agent may switch in the preview): an invitation to a meeting, the
confirmation of a home visit, a request for a report from a school or a provider, and the
letter to the family after a case conference. Family letters go to the parents, legal
representatives and young adults at their postal addresses (persons' contact details); a
request for a report goes to the school or provider named by the agent.

``read_letter`` gathers the content inside the caller's transaction (``send_letter`` records
the letter in the contact log in the same one); ``render_letter`` lays it out with the shared
ReportLab blocks of ``app.documents.layout``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.closure_letter import Addressee, addressees_of
from app.documents.dossier import DossierHead, dossier_head
from app.documents.layout import BODY, CELL_BOLD, build_pdf, letterhead, p
from app.documents.texts import NBSP, day, text
from app.domain import Case, Person, PersonRole


class LetterKind(StrEnum):
    MEETING_INVITATION = "meeting_invitation"
    HOME_VISIT = "home_visit"
    REPORT_REQUEST = "report_request"
    AFTER_CONFERENCE = "after_conference"

    @property
    def to_family(self) -> bool:
        return self is not LetterKind.REPORT_REQUEST


@dataclass(frozen=True)
class LetterInput:
    """What the agent fills in. ``on``: the meeting's or visit's day, the report's due date,
    the conference's day; ``at``: the hour as typed ("14:30"); ``recipient`` and
    ``recipient_address`` (one line each): the school or provider asked for a report;
    ``about``: whom the report is about; ``message``: a paragraph of the agent's own."""

    kind: LetterKind
    on: date
    at: str = ""
    place: str = ""
    recipient: str = ""
    recipient_address: str = ""
    about: str = ""
    message: str = ""


@dataclass(frozen=True)
class Letter:
    """A letter's whole content, read once: rendered in either language."""

    head: DossierHead
    data: LetterInput
    written_on: date
    addressees: list[Addressee]
    #: The dossier's document language: the letter opens in it.
    language: str


_LETTER_TEXTS: dict[str, tuple[str, str]] = {
    "meeting_invitation": ("Invitation à un rendez-vous", "Einladung zu einem Gespräch"),
    "home_visit": ("Confirmation d’une visite à domicile", "Bestätigung eines Hausbesuchs"),
    "report_request": ("Demande de rapport", "Bitte um einen Bericht"),
    "after_conference": ("Suite à la concertation", "Nach der Fallbesprechung"),
    "meeting_invitation_body": (
        "Je vous invite à un rendez-vous le {date}{time}{place}, afin de faire le point "
        "ensemble sur l’aide en cours et sur la suite à lui donner.",
        "Ich lade Sie zu einem Gespräch am {date}{time}{place} ein, um gemeinsam über die "
        "laufende Hilfe und ihre Fortsetzung zu sprechen."),
    "home_visit_body": (
        "Je vous confirme ma visite à votre domicile le {date}{time}. Si ce moment ne vous "
        "convient pas, merci de me contacter pour en convenir d’un autre.",
        "Hiermit bestätige ich meinen Besuch bei Ihnen zu Hause am {date}{time}. Sollte "
        "Ihnen dieser Termin nicht passen, melden Sie sich bitte, um einen anderen zu "
        "vereinbaren."),
    "report_request_body": (
        "Dans le cadre du projet d’intervention mené avec la famille (loi du 16{nbsp}décembre "
        "2008 relative à l’aide à l’enfance et à la famille), je vous prie de bien vouloir me "
        "transmettre un rapport sur la situation de {about} avant le {date}.",
        "Im Rahmen des mit der Familie vereinbarten Interventionsprojekts (Gesetz vom "
        "16. Dezember 2008 über die Hilfe für Kinder und Familien) bitte ich Sie, mir bis zum "
        "{date} einen Bericht über die Situation von {about} zu übermitteln."),
    "report_request_consent": (
        "La famille a été informée de cette demande.",
        "Die Familie wurde über diese Anfrage informiert."),
    "after_conference_body": (
        "Je vous remercie de votre participation à la concertation du {date}{place}. Vous "
        "trouverez ci-dessous ce qui a été convenu ensemble.",
        "Ich danke Ihnen für Ihre Teilnahme an der Fallbesprechung vom {date}{place}. "
        "Nachfolgend finden Sie, was gemeinsam vereinbart wurde."),
    "at_time": (" à {time}", " um {time} Uhr"),
    "at_place": (", {place}", ", {place}"),
    "to": ("À l’attention de", "An"),
    "family_of": ("la famille", "die Familie"),
    "dear": ("Madame, Monsieur,", "Sehr geehrte Damen und Herren,"),
    "regards": ("Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.",
                "Mit freundlichen Grüßen"),
    "reference": ("Dossier{nbsp}: {number}", "Akte: {number}"),
    "recorded": ("Lettre envoyée{nbsp}: {title} ({date})", "Brief gesendet: {title} ({date})"),
}


def letter_text(key: str, language: str, **params: object) -> str:
    """A letter's wording in ``language``; the shared texts (ONE, CPI) come from texts.py."""
    if key not in _LETTER_TEXTS:
        return text(key, language, **params)
    french, german = _LETTER_TEXTS[key]
    return (french if language == "fr" else german).format(nbsp=NBSP, **params)


def read_letter(session: Session, case: Case, data: LetterInput, written_on: date) -> Letter:
    """The content of a letter of ``case`` inside the caller's session."""
    addressees: list[Addressee] = []
    if data.kind.to_family:
        persons = session.scalars(select(Person).where(
            Person.case_id == case.id, Person.deleted_at.is_(None),
            Person.role.in_((PersonRole.PARENT, PersonRole.OTHER_RELATIVE,
                             PersonRole.YOUNG_ADULT))).order_by(Person.created_at)).all()
        addressees = addressees_of(list(persons))
    else:
        lines = tuple(line.strip() for line in data.recipient_address.splitlines()
                      if line.strip())
        addressees = [Addressee((data.recipient.strip(),), lines)]
    return Letter(dossier_head(session, case.id), data, written_on, addressees,
                  case.document_language.value)


def letter_title(kind: LetterKind, language: str) -> str:
    return letter_text(kind.value, language)


def recipients(letter: Letter) -> str:
    """Whom the letter went to, as the contact log says it."""
    names = [name for block in letter.addressees for name in block.names if name]
    return ", ".join(names) or letter_text("family_of", letter.language)


def recorded_summary(letter: Letter) -> str:
    """The contact log's line for the letter, in the dossier's language."""
    language = letter.language
    return letter_text("recorded", language, title=letter_title(letter.data.kind, language),
                       date=day(letter.data.on, language))


def _body(data: LetterInput, language: str) -> list[str]:
    when = day(data.on, language)
    time = letter_text("at_time", language, time=data.at.strip()) if data.at.strip() else ""
    place = (letter_text("at_place", language, place=data.place.strip())
             if data.place.strip() else "")
    if data.kind is LetterKind.MEETING_INVITATION:
        return [letter_text("meeting_invitation_body", language, date=when, time=time,
                            place=place)]
    if data.kind is LetterKind.HOME_VISIT:
        return [letter_text("home_visit_body", language, date=when, time=time)]
    if data.kind is LetterKind.REPORT_REQUEST:
        return [letter_text("report_request_body", language, date=when,
                            about=data.about.strip()),
                letter_text("report_request_consent", language)]
    return [letter_text("after_conference_body", language, date=when, place=place)]


def render_letter(letter: Letter, language: str | None = None) -> bytes:
    """The PDF of ``letter`` in ``language`` (its dossier's by default)."""
    language = language or letter.language
    title = letter_title(letter.data.kind, language)
    story: list[Flowable] = [
        *letterhead([letter_text("one", language), letter.head.office], title),
        p(day(letter.written_on, language), BODY),
        p(letter_text("reference", language, number=letter.head.number), BODY),
        Spacer(1, 3 * mm), p(letter_text("to", language), CELL_BOLD)]
    for block in letter.addressees:
        story += [p(line, BODY) for line in (*block.names, *block.address)]
    story += [Spacer(1, 5 * mm), p(letter_text("dear", language), BODY)]
    story += [p(paragraph, BODY) for paragraph in _body(letter.data, language)]
    if letter.data.message.strip():
        story.append(p(letter.data.message.strip(), BODY))
    story += [Spacer(1, 4 * mm), p(letter_text("regards", language), BODY),
              Spacer(1, 12 * mm), p(letter_text("cpi", language), CELL_BOLD)]
    return build_pdf(story, title, language)
