"""Step 6, coordination: case conferences with their minutes, and the contact log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.domain import AgentTask, CaseConference, ContactChannel, ContactLogEntry, Person
from app.rules import require
from app.rules.agenda import task_unmet
from app.rules.coordination import conference_unmet, contact_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome
from app.services.steps.workflow import move_if_allowed

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
    _check_conference(data)
    with ctx.transaction("record_case_conference") as session:
        return _record_conference(session, case_id, data)


def _check_conference(data: ConferenceInput) -> None:
    require(conference_unmet(data.place, ((p.name, p.role) for p in data.participants)))


def _record_conference(session: Session, case_id: uuid.UUID,
                       data: ConferenceInput) -> uuid.UUID:
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
    _check_contact(data, now)
    with ctx.transaction("log_contact") as session:
        return _log_contact(session, case_id, data)


def _check_contact(data: ContactInput, now: datetime | None) -> None:
    if data.contact_at.tzinfo is None:
        raise ValueError("contact_at must carry its time zone")
    require(contact_unmet(data.with_whom, data.summary,
                          data.contact_at > (now or datetime.now(UTC)) + CLOCK_MARGIN))


def _log_contact(session: Session, case_id: uuid.UUID, data: ContactInput) -> uuid.UUID:
    writable_case(session, case_id, COORDINATION_STEP)
    entry = ContactLogEntry(case_id=case_id, contact_at=data.contact_at,
                            with_whom=data.with_whom.strip(), channel=data.channel,
                            summary=data.summary.strip())
    session.add(entry)
    session.flush()
    return entry.id


@dataclass(frozen=True)
class TaskInput:
    """A task of the dossier: what, by when, optionally about one person of it."""

    due_on: date
    text: str
    person_id: uuid.UUID | None = None


def _record_task(session: Session, case_id: uuid.UUID, data: TaskInput, *,
                 from_contact_id: uuid.UUID | None = None,
                 from_conference_id: uuid.UUID | None = None) -> uuid.UUID:
    if data.person_id is not None:
        in_case(live(session, Person, data.person_id), case_id)
    task = AgentTask(case_id=case_id, person_id=data.person_id, due_on=data.due_on,
                     text=data.text.strip(), from_contact_id=from_contact_id,
                     from_conference_id=from_conference_id)
    session.add(task)
    session.flush()
    return task.id


@dataclass(frozen=True)
class CoordinationStep:
    """What the step 6 wizard records in one go: a conference, a contact (each optional),
    the task each leaves (optional, made from it) and the step chosen next (None: stay)."""

    conference: ConferenceInput | None = None
    contact: ContactInput | None = None
    next_step: int | None = None
    conference_task: TaskInput | None = None
    contact_task: TaskInput | None = None


def finish_coordination(ctx: ServiceContext, case_id: uuid.UUID, step: CoordinationStep, *,
                        now: datetime | None = None,
                        today: date | None = None) -> StepOutcome:
    """The step 6 wizard finished: the conference's minutes, the contact, the tasks they
    leave and the move to the step chosen, in one transaction. A refused conference, contact
    or task records nothing; a refused move keeps them and says why the dossier stays."""
    if step.conference is not None:
        _check_conference(step.conference)
    if step.contact is not None:
        _check_contact(step.contact, now)
    for task in (step.conference_task, step.contact_task):
        if task is not None:
            require(task_unmet(task.text))
    with ctx.transaction("finish_coordination") as session:
        case = writable_case(session, case_id, COORDINATION_STEP)
        if step.conference is not None:
            conference_id = _record_conference(session, case_id, step.conference)
            if step.conference_task is not None:
                _record_task(session, case_id, step.conference_task,
                             from_conference_id=conference_id)
        if step.contact is not None:
            contact_id = _log_contact(session, case_id, step.contact)
            if step.contact_task is not None:
                _record_task(session, case_id, step.contact_task, from_contact_id=contact_id)
        return move_if_allowed(session, case, step.next_step, today or date.today())
