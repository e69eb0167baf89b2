"""Step 6, coordination: case conferences with their minutes, and the contact log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from app.domain import CaseConference, ContactChannel, ContactLogEntry
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import ServiceContext
from app.services.guards import writable_case

#: Conferences and contacts happen from the first analysis on (the plan itself is built in
#: concertation, art. 6), not only once the follow-up started.
COORDINATION_STEP = 1
#: A contact noted "now" on a computer whose clock runs a little ahead is not in the future.
CLOCK_MARGIN = timedelta(minutes=10)


@dataclass(frozen=True)
class Participant:
    name: str
    role: str


@dataclass(frozen=True)
class ConferenceInput:
    held_on: date
    place: str
    participants: tuple[Participant, ...] = field(default_factory=tuple)
    minutes: str = ""
    decisions: str = ""


def record_case_conference(ctx: ServiceContext, case_id: uuid.UUID,
                           data: ConferenceInput) -> uuid.UUID:
    """Keep the minutes of a case conference (concertation); a correction is a new entry."""
    if not data.place.strip() or not data.participants:
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Give the place of the conference and who took part, with their role."))
    if any(not p.name.strip() or not p.role.strip() for p in data.participants):
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Give each participant's name and role."))
    with ctx.transaction("record_case_conference") as session:
        writable_case(session, case_id, COORDINATION_STEP)
        conference = CaseConference(
            case_id=case_id, held_on=data.held_on, place=data.place.strip(),
            participants=[{"name": p.name.strip(), "role": p.role.strip()}
                          for p in data.participants],
            minutes=data.minutes.strip(), decisions=data.decisions.strip())
        session.add(conference)
        session.flush()
        return conference.id


@dataclass(frozen=True)
class ContactInput:
    contact_at: datetime
    with_whom: str
    channel: ContactChannel
    summary: str


def log_contact(ctx: ServiceContext, case_id: uuid.UUID, data: ContactInput, *,
                now: datetime | None = None) -> uuid.UUID:
    """Note a contact at any step of an open dossier: who, when, how, what. The log is
    append-only: a correction is a new note."""
    if not data.with_whom.strip() or not data.summary.strip():
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Say with whom the contact was and what was said or agreed."))
    if data.contact_at.tzinfo is None:
        raise ValueError("contact_at must carry its time zone")
    if data.contact_at > (now or datetime.now(UTC)) + CLOCK_MARGIN:
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "This contact is in the future: note a contact once it took place."))
    with ctx.transaction("log_contact") as session:
        writable_case(session, case_id, COORDINATION_STEP)
        entry = ContactLogEntry(case_id=case_id, contact_at=data.contact_at,
                                with_whom=data.with_whom.strip(), channel=data.channel,
                                summary=data.summary.strip())
        session.add(entry)
        session.flush()
        return entry.id
