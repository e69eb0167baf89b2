"""The agent's week: appointments planned, moved, cancelled or noted as held, and the tasks
of a dossier (done or dropped); the office calendar's export.

Every intention is one function and one transaction. An appointment that took place becomes
a contact note of the dossier (``log_contact``'s record) in the same transaction that marks
it held; the tasks it leaves may come in the same go.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    Case,
    CaseConference,
    CaseState,
    ContactChannel,
    ContactLogEntry,
    Person,
    PlaceType,
    Stakeholder,
    TaskState,
)
from app.domain.base import aware
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.rules import require
from app.rules.agenda import (
    appointment_open_unmet,
    appointment_unmet,
    contact_dossier_unmet,
    expected_unmet,
    held_unmet,
    reason_unmet,
    task_open_unmet,
    task_source_unmet,
    task_unmet,
)
from app.services.base.context import ServiceContext
from app.services.base.guards import in_case, live, writable_case
from app.services.steps.coordination import (
    COORDINATION_STEP,
    ContactInput,
    TaskInput,
    _check_contact,
    _log_contact,
    _record_task,
)

#: An appointment planned "now" on a laptop whose clock runs a little ahead is not past.
PAST_MARGIN = timedelta(minutes=10)
#: The office calendar carries appointments from this long ago on.
EXPORT_BACK = timedelta(days=30)


@dataclass(frozen=True)
class Slot:
    """When: both with their time zone."""

    starts_at: datetime
    ends_at: datetime

    @staticmethod
    def local(on: date, starts: time, ends: time) -> Slot:
        """A slot on ``on`` in this computer's time zone."""
        return Slot(datetime.combine(on, starts).astimezone(),
                    datetime.combine(on, ends).astimezone())


@dataclass(frozen=True)
class AppointmentDetails:
    """What, where and who: ``place`` is free text (never exported), ``place_type`` the kind
    of place the office calendar gets."""

    kind: AppointmentKind
    place_type: PlaceType
    place: str = ""
    subject: str = ""
    person_ids: tuple[uuid.UUID, ...] = ()
    stakeholder_ids: tuple[uuid.UUID, ...] = ()


def _check_slot(slot: Slot, now: datetime | None) -> None:
    if slot.starts_at.tzinfo is None or slot.ends_at.tzinfo is None:
        raise ValueError("an appointment's times carry their time zone")
    require(appointment_unmet(
        ends_before_start=slot.ends_at <= slot.starts_at,
        in_past=slot.starts_at < (now or datetime.now(UTC)) - PAST_MARGIN))


def _check_expected(session: Session, case_id: uuid.UUID | None,
                    details: AppointmentDetails) -> None:
    if case_id is None:
        require(expected_unmet(not details.person_ids and not details.stakeholder_ids))
        return
    persons = set(session.scalars(select(Person.id).where(
        Person.case_id == case_id, Person.deleted_at.is_(None))))
    stakeholders = set(session.scalars(select(Stakeholder.id).where(
        Stakeholder.case_id == case_id, Stakeholder.deleted_at.is_(None))))
    require(expected_unmet(set(details.person_ids) <= persons
                           and set(details.stakeholder_ids) <= stakeholders))


def _apply_details(appointment: Appointment, details: AppointmentDetails) -> None:
    appointment.kind = details.kind
    appointment.place_type = details.place_type
    appointment.place = details.place.strip()
    appointment.subject = details.subject.strip()
    appointment.person_ids = [str(i) for i in details.person_ids]
    appointment.stakeholder_ids = [str(i) for i in details.stakeholder_ids]


def plan_appointment(ctx: ServiceContext, case_id: uuid.UUID | None, slot: Slot,
                     details: AppointmentDetails, *, now: datetime | None = None) -> uuid.UUID:
    """Plan an appointment on a dossier (open) or on none (kept on this laptop only)."""
    _check_slot(slot, now)
    with ctx.transaction("plan_appointment") as session:
        if case_id is not None:
            writable_case(session, case_id, COORDINATION_STEP)
        _check_expected(session, case_id, details)
        appointment = Appointment(case_id=case_id, starts_at=slot.starts_at,
                                  ends_at=slot.ends_at)
        _apply_details(appointment, details)
        session.add(appointment)
        session.flush()
        return appointment.id


def _planned(session: Session, appointment_id: uuid.UUID) -> Appointment:
    appointment = live(session, Appointment, appointment_id)
    require(appointment_open_unmet(appointment.state is AppointmentState.PLANNED))
    if appointment.case_id is not None:
        writable_case(session, appointment.case_id, COORDINATION_STEP)
    return appointment


def correct_appointment(ctx: ServiceContext, appointment_id: uuid.UUID,
                        details: AppointmentDetails) -> None:
    """Correct what, where and who of a planned appointment (its times: ``move``)."""
    with ctx.transaction("correct_appointment") as session:
        appointment = _planned(session, appointment_id)
        _check_expected(session, appointment.case_id, details)
        _apply_details(appointment, details)


def move_appointment(ctx: ServiceContext, appointment_id: uuid.UUID, slot: Slot,
                     reason: str, *, now: datetime | None = None) -> None:
    """Move a planned appointment to another day or time, saying why."""
    require(reason_unmet(reason))
    _check_slot(slot, now)
    with ctx.transaction("move_appointment") as session:
        appointment = _planned(session, appointment_id)
        appointment.starts_at, appointment.ends_at = slot.starts_at, slot.ends_at
        appointment.moved_reason = reason.strip()


def cancel_appointment(ctx: ServiceContext, appointment_id: uuid.UUID, reason: str) -> None:
    """Cancel a planned appointment, saying why (it stays, cancelled, in the dossier)."""
    require(reason_unmet(reason))
    with ctx.transaction("cancel_appointment") as session:
        appointment = _planned(session, appointment_id)
        appointment.state = AppointmentState.CANCELLED
        appointment.cancel_reason = reason.strip()


def _channel(appointment: Appointment) -> ContactChannel:
    if appointment.kind is AppointmentKind.HOME_VISIT:
        return ContactChannel.HOME_VISIT
    if appointment.kind is AppointmentKind.CALL:
        return ContactChannel.TELEPHONE
    if appointment.place_type is PlaceType.OFFICE:
        return ContactChannel.OFFICE_MEETING
    return ContactChannel.MEETING_ELSEWHERE


def _expected_names(session: Session, appointment: Appointment) -> list[str]:
    person_ids = [uuid.UUID(str(i)) for i in appointment.person_ids]
    stakeholder_ids = [uuid.UUID(str(i)) for i in appointment.stakeholder_ids]
    persons = {p.id: p.full_name for p in session.scalars(select(Person).where(
        Person.id.in_(person_ids)))} if person_ids else {}
    stakeholders = {s.id: s.name for s in session.scalars(select(Stakeholder).where(
        Stakeholder.id.in_(stakeholder_ids)))} if stakeholder_ids else {}
    return [persons[i] for i in person_ids if i in persons] + [
        stakeholders[i] for i in stakeholder_ids if i in stakeholders]


def contact_from_appointment(ctx: ServiceContext, appointment_id: uuid.UUID) -> ContactInput:
    """The contact note an appointment that took place prefills: when, with whom, how, and
    its subject as the start of the summary."""
    with ctx.reading() as session:
        appointment = live(session, Appointment, appointment_id)
        return ContactInput(
            contact_at=aware(appointment.starts_at),
            with_whom=", ".join(_expected_names(session, appointment))[:300],
            channel=_channel(appointment), summary=appointment.subject)


def note_appointment_held(ctx: ServiceContext, appointment_id: uuid.UUID,
                          contact: ContactInput, tasks: Iterable[TaskInput] = (), *,
                          now: datetime | None = None) -> uuid.UUID:
    """The appointment took place: its contact note, the appointment marked held and the
    tasks it leaves (each from the note), in one transaction. Returns the note's id."""
    _check_contact(contact, now)
    tasks = tuple(tasks)
    for task in tasks:
        require(task_unmet(task.text))
    with ctx.transaction("note_appointment_held") as session:
        appointment = _planned(session, appointment_id)
        require(contact_dossier_unmet(appointment.case_id is not None))
        assert appointment.case_id is not None
        require(held_unmet(aware(appointment.starts_at)
                           > (now or datetime.now(UTC)) + PAST_MARGIN))
        contact_id = _log_contact(session, appointment.case_id, contact)
        appointment.state = AppointmentState.HELD
        appointment.contact_id = contact_id
        for task in tasks:
            _record_task(session, appointment.case_id, task, from_contact_id=contact_id)
        return contact_id


def add_task(ctx: ServiceContext, case_id: uuid.UUID, data: TaskInput, *,
             from_contact_id: uuid.UUID | None = None,
             from_conference_id: uuid.UUID | None = None) -> uuid.UUID:
    """A task on a dossier by a date; made from a contact note or a conference's decisions
    when one is named (it must be of the same dossier)."""
    require(task_unmet(data.text))
    with ctx.transaction("add_task") as session:
        writable_case(session, case_id, COORDINATION_STEP)
        if from_contact_id is not None:
            contact = session.get(ContactLogEntry, from_contact_id)
            require(task_source_unmet(contact is not None and contact.case_id == case_id
                                      and contact.deleted_at is None))
        if from_conference_id is not None:
            conference = session.get(CaseConference, from_conference_id)
            require(task_source_unmet(conference is not None and conference.case_id == case_id
                                      and conference.deleted_at is None))
        return _record_task(session, case_id, data, from_contact_id=from_contact_id,
                         from_conference_id=from_conference_id)


def _open_task(session: Session, task_id: uuid.UUID) -> AgentTask:
    task = live(session, AgentTask, task_id)
    require(task_open_unmet(task.state is TaskState.OPEN))
    writable_case(session, task.case_id, COORDINATION_STEP)
    return task


def correct_task(ctx: ServiceContext, task_id: uuid.UUID, data: TaskInput) -> None:
    """Correct an open task's text, due date or person."""
    require(task_unmet(data.text))
    with ctx.transaction("correct_task") as session:
        task = _open_task(session, task_id)
        if data.person_id is not None:
            in_case(live(session, Person, data.person_id), task.case_id)
        task.text, task.due_on, task.person_id = data.text.strip(), data.due_on, data.person_id


def complete_task(ctx: ServiceContext, task_id: uuid.UUID, on: date) -> None:
    """The task is done (on ``on``, not in the future)."""
    with ctx.transaction("complete_task") as session:
        task = _open_task(session, task_id)
        task.state, task.done_on = TaskState.DONE, on


def drop_task(ctx: ServiceContext, task_id: uuid.UUID, reason: str) -> None:
    """The task will not be done, and why."""
    require(reason_unmet(reason))
    with ctx.transaction("drop_task") as session:
        task = _open_task(session, task_id)
        task.state, task.drop_reason = TaskState.DROPPED, reason.strip()


# --- Reading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentLine:
    appointment_id: uuid.UUID
    case_id: uuid.UUID | None
    case_number: str  # "" on no dossier
    kind: AppointmentKind
    starts_at: datetime
    ends_at: datetime
    place_type: PlaceType
    place: str
    subject: str
    state: AppointmentState
    expected: tuple[str, ...]  # names of the persons and stakeholders expected
    person_ids: tuple[uuid.UUID, ...]
    stakeholder_ids: tuple[uuid.UUID, ...]
    moved_reason: str
    cancel_reason: str


@dataclass(frozen=True)
class TaskLine:
    task_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    due_on: date
    text: str
    state: TaskState
    person_id: uuid.UUID | None
    person: str  # "" without one
    done_on: date | None
    drop_reason: str

    def overdue(self, today: date) -> bool:
        return self.state is TaskState.OPEN and self.due_on < today


@dataclass(frozen=True)
class Choice:
    """A person, stakeholder, contact note or conference offered in a form."""

    record_id: uuid.UUID
    label: str
    text: str = ""  # a conference's decisions, a contact's summary: a task's prefill


@dataclass(frozen=True)
class DossierAgenda:
    case_id: uuid.UUID
    case_number: str
    appointments: tuple[AppointmentLine, ...]
    tasks: tuple[TaskLine, ...]
    persons: tuple[Choice, ...] = ()
    stakeholders: tuple[Choice, ...] = ()
    contacts: tuple[Choice, ...] = ()
    conferences: tuple[Choice, ...] = ()


def _appointment_lines(session: Session, rows: Iterable[Appointment]) -> list[AppointmentLine]:
    rows = list(rows)
    case_ids = {r.case_id for r in rows if r.case_id is not None}
    numbers = dict(session.execute(select(Case.id, Case.number).where(
        Case.id.in_(case_ids))).all()) if case_ids else {}
    return [AppointmentLine(
        r.id, r.case_id, numbers.get(r.case_id, "") if r.case_id else "", r.kind,
        aware(r.starts_at), aware(r.ends_at), r.place_type, r.place, r.subject, r.state,
        tuple(_expected_names(session, r)),
        tuple(uuid.UUID(str(i)) for i in r.person_ids),
        tuple(uuid.UUID(str(i)) for i in r.stakeholder_ids), r.moved_reason, r.cancel_reason)
        for r in rows]


def _task_lines(session: Session, rows: Iterable[AgentTask]) -> list[TaskLine]:
    rows = list(rows)
    case_ids = {r.case_id for r in rows}
    numbers = dict(session.execute(select(Case.id, Case.number).where(
        Case.id.in_(case_ids))).all()) if case_ids else {}
    person_ids = {r.person_id for r in rows if r.person_id is not None}
    names = {p.id: p.full_name for p in session.scalars(select(Person).where(
        Person.id.in_(person_ids)))} if person_ids else {}
    return [TaskLine(r.id, r.case_id, numbers.get(r.case_id, ""), r.due_on, r.text, r.state,
                     r.person_id, names.get(r.person_id, "") if r.person_id else "",
                     r.done_on, r.drop_reason) for r in rows]


def load_dossier_agenda(ctx: ServiceContext, case_id: uuid.UUID) -> DossierAgenda:
    """A dossier's appointments (latest first) and tasks (open first, by due date), with
    what the forms offer: its persons, stakeholders, contact notes and conferences."""
    with ctx.reading() as session:
        case = live(session, Case, case_id)
        appointments = _appointment_lines(session, session.scalars(select(Appointment).where(
            Appointment.case_id == case_id, Appointment.deleted_at.is_(None))
            .order_by(Appointment.starts_at.desc())))
        tasks = _task_lines(session, session.scalars(select(AgentTask).where(
            AgentTask.case_id == case_id, AgentTask.deleted_at.is_(None))
            .order_by(AgentTask.due_on)))
        tasks.sort(key=lambda t: (t.state is not TaskState.OPEN, t.due_on))
        persons = tuple(Choice(p.id, p.full_name) for p in session.scalars(select(Person).where(
            Person.case_id == case_id, Person.deleted_at.is_(None)).order_by(Person.id)))
        stakeholders = tuple(Choice(s.id, s.name) for s in session.scalars(select(
            Stakeholder).where(Stakeholder.case_id == case_id, Stakeholder.deleted_at.is_(None),
                               Stakeholder.ended_on.is_(None)).order_by(Stakeholder.id)))
        contacts = tuple(Choice(c.id, f"{aware(c.contact_at).astimezone():%d.%m.%Y} — "
                                      f"{c.with_whom}", c.summary)
                         for c in session.scalars(select(ContactLogEntry).where(
                             ContactLogEntry.case_id == case_id,
                             ContactLogEntry.deleted_at.is_(None))
                             .order_by(ContactLogEntry.contact_at.desc())))
        conferences = tuple(Choice(c.id, f"{c.held_on:%d.%m.%Y} — {c.place}", c.decisions)
                            for c in session.scalars(select(CaseConference).where(
                                CaseConference.case_id == case_id,
                                CaseConference.deleted_at.is_(None))
                                .order_by(CaseConference.held_on.desc())))
        return DossierAgenda(case_id, case.number, tuple(appointments), tuple(tasks), persons,
                             stakeholders, contacts, conferences)


def week_appointments(ctx: ServiceContext, today: date,
                      days: int = 7) -> list[AppointmentLine]:
    """The planned appointments from ``today`` (this computer's day) for ``days`` days, on
    every dossier and on none, earliest first."""
    start = datetime.combine(today, time()).astimezone()
    with ctx.reading() as session:
        return _appointment_lines(session, session.scalars(select(Appointment).where(
            Appointment.state == AppointmentState.PLANNED, Appointment.deleted_at.is_(None),
            Appointment.starts_at >= start.astimezone(UTC),
            Appointment.starts_at < (start + timedelta(days=days)).astimezone(UTC))
            .order_by(Appointment.starts_at)))


def week_tasks(ctx: ServiceContext, today: date, days: int = 7) -> list[TaskLine]:
    """The open tasks of open dossiers due within ``days`` days, or overdue, earliest first."""
    with ctx.reading() as session:
        return _task_lines(session, session.scalars(select(AgentTask).join(
            Case, Case.id == AgentTask.case_id).where(
            AgentTask.state == TaskState.OPEN, AgentTask.deleted_at.is_(None),
            Case.state == CaseState.OPEN, AgentTask.due_on <= today + timedelta(days=days))
            .order_by(AgentTask.due_on)))


# --- The office calendar ----------------------------------------------------------------------

KIND_NAMES: dict[AppointmentKind, Text] = {
    AppointmentKind.HOME_VISIT: QT_TRANSLATE_NOOP("Agenda", "Home visit"),
    AppointmentKind.MEETING: QT_TRANSLATE_NOOP("Agenda", "Meeting"),
    AppointmentKind.CASE_CONFERENCE: QT_TRANSLATE_NOOP("Agenda", "Case conference"),
    AppointmentKind.CALL: QT_TRANSLATE_NOOP("Agenda", "Call"),
}
PLACE_NAMES: dict[PlaceType, Text] = {
    PlaceType.HOME: QT_TRANSLATE_NOOP("Agenda", "At the family's home"),
    PlaceType.SCHOOL: QT_TRANSLATE_NOOP("Agenda", "At a school"),
    PlaceType.OFFICE: QT_TRANSLATE_NOOP("Agenda", "At the office"),
    PlaceType.PROVIDER: QT_TRANSLATE_NOOP("Agenda", "At a provider's"),
    PlaceType.OTHER: QT_TRANSLATE_NOOP("Agenda", "Elsewhere"),
}


@dataclass(frozen=True)
class CalendarEvent:
    """All the office calendar learns of an appointment: no name, no address, no note."""

    uid: str
    case_number: str
    kind: AppointmentKind
    place_type: PlaceType
    starts_at: datetime
    ends_at: datetime
    cancelled: bool = False


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _calendar_text(events: Iterable[CalendarEvent], now: datetime,
                  language: str | None = None) -> str:
    """The events as an iCalendar file (RFC 5545): a summary of the dossier number and the
    kind, the kind of place as location, times in UTC."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ONE//cpi-terrain//FR",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        kind = KIND_NAMES[event.kind].render(language)
        summary = f"{event.case_number} — {kind}" if event.case_number else kind
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{_stamp(now)}",
                  f"DTSTART:{_stamp(event.starts_at)}", f"DTEND:{_stamp(event.ends_at)}",
                  f"SUMMARY:{_escape(summary)}",
                  f"LOCATION:{_escape(PLACE_NAMES[event.place_type].render(language))}",
                  f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
                  "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_calendar(ctx: ServiceContext, today: date, *, now: datetime | None = None,
                    language: str | None = None) -> bytes:
    """The agent's appointments from a month ago on, for the office calendar, as an .ics
    file's bytes: per event only the dossier number, the kind and the kind of place (a
    calendar shared at the office must not name a family or where it lives). Cancelled ones
    go as cancelled, so that an import updates the calendar."""
    since = (datetime.combine(today, time()).astimezone() - EXPORT_BACK).astimezone(UTC)
    with ctx.reading() as session:
        rows = list(session.scalars(select(Appointment).where(
            Appointment.deleted_at.is_(None), Appointment.starts_at >= since)
            .order_by(Appointment.starts_at)))
        case_ids = {r.case_id for r in rows if r.case_id is not None}
        numbers = dict(session.execute(select(Case.id, Case.number).where(
            Case.id.in_(case_ids))).all()) if case_ids else {}
        events = [CalendarEvent(
            f"{r.id}@cpi-terrain", numbers.get(r.case_id, "") if r.case_id else "", r.kind,
            r.place_type, aware(r.starts_at), aware(r.ends_at),
            cancelled=r.state is AppointmentState.CANCELLED) for r in rows]
    return _calendar_text(events, now or datetime.now(UTC), language).encode("utf-8")
