"""Step 6, coordination: case conferences with their minutes, and the contact log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from app.domain import CaseConference, ContactChannel, ContactLogEntry
from app.rules import require
from app.rules.coordination import conference_unmet, contact_unmet
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
    require(conference_unmet(data.place, ((p.name, p.role) for p in data.participants)))
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
    if data.contact_at.tzinfo is None:
        raise ValueError("contact_at must carry its time zone")
    require(contact_unmet(data.with_whom, data.summary,
                          data.contact_at > (now or datetime.now(UTC)) + CLOCK_MARGIN))
    with ctx.transaction("log_contact") as session:
        writable_case(session, case_id, COORDINATION_STEP)
        entry = ContactLogEntry(case_id=case_id, contact_at=data.contact_at,
                                with_whom=data.with_whom.strip(), channel=data.channel,
                                summary=data.summary.strip())
        session.add(entry)
        session.flush()
        return entry.id
