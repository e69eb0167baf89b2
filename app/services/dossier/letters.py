"""Sending one of the usual letters (``app.documents.letters``): its content read and the
letter recorded in the dossier's contact log (channel "letter", hence in its chronology), in
one transaction; the PDF rendered from that content, to print or save."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from app.documents.letters import (
    Letter,
    LetterInput,
    LetterKind,
    read_letter,
    recipients,
    recorded_summary,
    render_letter,
)
from app.domain import ContactChannel, ContactLogEntry
from app.rules import require
from app.rules.coordination import contact_unmet, report_request_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import writable_case


@dataclass(frozen=True)
class SentLetter:
    """The letter recorded (its contact log entry) and its content, to render in a language."""

    entry_id: uuid.UUID
    letter: Letter

    def pdf(self, language: str | None = None) -> bytes:
        return render_letter(self.letter, language)


def send_letter(ctx: ServiceContext, case_id: uuid.UUID, data: LetterInput, *,
                now: datetime | None = None) -> SentLetter:
    """Write a letter of the dossier from its template and note it in the contact log."""
    if data.kind is LetterKind.REPORT_REQUEST:
        require(report_request_unmet(data.recipient, data.about))
    now = now or datetime.now(UTC)
    with ctx.transaction("send_letter") as session:
        case = writable_case(session, case_id)
        letter = read_letter(session, case, data, now.astimezone().date())
        with_whom, summary = recipients(letter)[:300], recorded_summary(letter)
        require(contact_unmet(with_whom, summary))
        entry = ContactLogEntry(case_id=case_id, contact_at=now, with_whom=with_whom,
                                channel=ContactChannel.LETTER, summary=summary)
        session.add(entry)
        session.flush()
        return SentLetter(entry.id, letter)
