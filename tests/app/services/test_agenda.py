"""The agent's week: appointments planned, moved, cancelled and noted as held; tasks made
from a contact note or a conference, done or dropped; the week's panel, the overview and the
office calendar's export (no personal data)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
from sqlalchemy import select

from app.domain import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    ContactChannel,
    ContactLogEntry,
    OutboxEntry,
    Person,
    PlaceType,
    StakeholderKind,
    TaskState,
)
from app.rules import RuleViolation
from app.rules.records import ANONYMISED
from app.services.base.context import ServiceContext
from app.services.caseload.agenda import (
    AppointmentDetails,
    Slot,
    add_task,
    cancel_appointment,
    complete_task,
    contact_from_appointment,
    correct_appointment,
    correct_task,
    drop_task,
    export_calendar,
    load_dossier_agenda,
    move_appointment,
    note_appointment_held,
    plan_appointment,
    week_appointments,
)
from app.services.caseload.week import TodayKind, this_week
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.overview import load_overview
from app.services.one.duties import anonymise_person
from app.services.one.network import StakeholderInput, add_stakeholder
from app.services.setup.demo import populate
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    CoordinationStep,
    Participant,
    TaskInput,
    finish_coordination,
    record_case_conference,
)
from tests.app.services.family import OFFICE, Family

TODAY = date.today()
NOW = datetime.now(UTC)


def _slot(days: int, hour: int = 10) -> Slot:
    return Slot.local(TODAY + timedelta(days=days), time(hour), time(hour + 1))


def _visit(family: Family) -> AppointmentDetails:
    return AppointmentDetails(AppointmentKind.HOME_VISIT, PlaceType.HOME,
                              "12, rue des Tilleuls", "Visite avec Léa",
                              person_ids=(family.mother, family.child))


def test_an_appointment_is_planned_moved_corrected_and_cancelled(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    appointment_id = plan_appointment(agent, family.case_id, _slot(2), _visit(family))
    move_appointment(agent, appointment_id, _slot(3, 14), "La mère travaille mardi")
    correct_appointment(agent, appointment_id, AppointmentDetails(
        AppointmentKind.MEETING, PlaceType.SCHOOL, "École du Brill", "Bilan scolaire",
        person_ids=(family.child,)))
    with agent.reading() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        assert row.starts_at.astimezone().hour == 14 and row.moved_reason.startswith("La mère")
        assert row.kind is AppointmentKind.MEETING and row.place_type is PlaceType.SCHOOL
        assert row.person_ids == [str(family.child)]
        queued = session.scalars(select(OutboxEntry.action).where(
            OutboxEntry.record_id == appointment_id)).all()
    assert queued == ["plan_appointment", "move_appointment", "correct_appointment"]
    with pytest.raises(RuleViolation) as no_reason:
        cancel_appointment(agent, appointment_id, "  ")
    assert no_reason.value.codes == ("agenda.reason",)
    cancel_appointment(agent, appointment_id, "L’école a annulé")
    with pytest.raises(RuleViolation) as again:
        move_appointment(agent, appointment_id, _slot(4), "Encore")
    assert again.value.codes == ("appointment.not_planned",)
    agenda = load_dossier_agenda(agent, family.case_id)
    assert [a.state for a in agenda.appointments] == [AppointmentState.CANCELLED]
    assert agenda.appointments[0].cancel_reason == "L’école a annulé"


def test_planning_refuses_what_cannot_be(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Kremer")
    backwards = Slot(_slot(1).ends_at, _slot(1).starts_at)
    with pytest.raises(RuleViolation) as refused:
        plan_appointment(agent, family.case_id, backwards, _visit(family))
    assert refused.value.codes == ("appointment.ends_before_start",)
    with pytest.raises(RuleViolation) as past:
        plan_appointment(agent, family.case_id, _slot(-2), _visit(family))
    assert past.value.codes == ("appointment.in_past",)
    with pytest.raises(RuleViolation) as stranger:
        plan_appointment(agent, other.case_id, _slot(1), _visit(family))
    assert stranger.value.codes == ("appointment.expected",)
    with pytest.raises(RuleViolation) as no_dossier:
        plan_appointment(agent, None, _slot(1), _visit(family))
    assert no_dossier.value.codes == ("appointment.expected",)
    with pytest.raises(RuleViolation) as too_long:
        plan_appointment(agent, family.case_id, _slot(1), AppointmentDetails(
            AppointmentKind.CALL, PlaceType.OFFICE, "x" * 201))
    assert too_long.value.codes == ("text.too_long",)
    with agent.reading() as session:
        assert session.scalars(select(Appointment)).all() == []


def test_an_appointment_on_no_dossier_stays_on_this_laptop(agent: ServiceContext) -> None:
    appointment_id = plan_appointment(agent, None, _slot(1), AppointmentDetails(
        AppointmentKind.MEETING, PlaceType.OFFICE, "Salle 2", "Réunion d’équipe"))
    move_appointment(agent, appointment_id, _slot(2), "Salle prise")
    with agent.reading() as session:
        assert session.scalars(select(OutboxEntry).where(
            OutboxEntry.record_id == appointment_id)).all() == []
    [line] = week_appointments(agent, TODAY)
    assert line.case_id is None and line.subject == "Réunion d’équipe"
    with pytest.raises(RuleViolation) as refused:
        note_appointment_held(agent, appointment_id, ContactInput(
            NOW, "Équipe", ContactChannel.OFFICE_MEETING, "Réunion"),
            now=NOW + timedelta(days=3))
    assert refused.value.codes == ("appointment.no_dossier",)


def test_a_held_appointment_becomes_a_contact_note_and_its_tasks_at_once(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    school = add_stakeholder(agent, family.case_id, StakeholderInput(
        StakeholderKind.SCHOOL, "Mme Hoffmann", "Institutrice"))
    slot = _slot(1)
    appointment_id = plan_appointment(agent, family.case_id, slot, AppointmentDetails(
        AppointmentKind.MEETING, PlaceType.SCHOOL, "École", "Bilan du trimestre",
        person_ids=(family.mother,), stakeholder_ids=(school,)))
    prefill = contact_from_appointment(agent, appointment_id)
    assert prefill.contact_at == slot.starts_at
    assert prefill.with_whom == "Ana Sofia Tavares, Mme Hoffmann"
    assert prefill.channel is ContactChannel.MEETING_ELSEWHERE
    assert prefill.summary == "Bilan du trimestre"
    contact = ContactInput(prefill.contact_at, prefill.with_whom, prefill.channel,
                           "Léa progresse; envoyer le rapport")
    with pytest.raises(RuleViolation) as early:
        note_appointment_held(agent, appointment_id, contact, now=NOW)
    assert early.value.codes == ("contact.in_future",)
    later = slot.ends_at + timedelta(hours=1)
    with pytest.raises(RuleViolation):  # a task without text: nothing recorded
        note_appointment_held(agent, appointment_id, contact, (TaskInput(TODAY, " "),),
                              now=later)
    with agent.reading() as session:
        assert session.scalars(select(ContactLogEntry)).all() == []
    contact_id = note_appointment_held(
        agent, appointment_id, contact,
        (TaskInput(TODAY + timedelta(days=5), "Envoyer le rapport à l’école"),), now=later)
    with agent.reading() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None and row.state is AppointmentState.HELD
        assert row.contact_id == contact_id
        note = session.get(ContactLogEntry, contact_id)
        assert note is not None and note.summary.startswith("Léa progresse")
        [task] = session.scalars(select(AgentTask)).all()
        assert task.from_contact_id == contact_id and task.case_id == family.case_id
        actions = set(session.scalars(select(OutboxEntry.action).where(
            OutboxEntry.record_id.in_([appointment_id, contact_id, task.id]))))
    assert actions == {"plan_appointment", "note_appointment_held"}


def test_a_task_from_a_conference_decision_is_done_or_dropped(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Kremer")
    conference = record_case_conference(agent, family.case_id, ConferenceInput(
        TODAY, "Office", (Participant("Ana Sofia Tavares", "mère"),),
        decisions="Le SCAS contacte l’école avant le 12"))
    with pytest.raises(RuleViolation) as elsewhere:
        add_task(agent, other.case_id, TaskInput(TODAY, "x"), from_conference_id=conference)
    assert elsewhere.value.codes == ("task.source",)
    task_id = add_task(agent, family.case_id, TaskInput(
        TODAY + timedelta(days=3), "Contacter l’école", family.child),
        from_conference_id=conference)
    correct_task(agent, task_id, TaskInput(TODAY - timedelta(days=1), "Contacter l’école",
                                           family.child))
    [item] = [i for i in this_week(agent, TODAY) if i.record_id == task_id]
    assert item.kind is TodayKind.TASK_OVERDUE and item.text == "Contacter l’école"
    overview = load_overview(agent, family.case_id, TODAY)
    assert [(t.task_id, t.overdue) for t in overview.tasks] == [(task_id, True)]
    complete_task(agent, task_id, TODAY)
    with pytest.raises(RuleViolation) as closed:
        drop_task(agent, task_id, "Plus utile")
    assert closed.value.codes == ("task.closed",)
    assert load_overview(agent, family.case_id, TODAY).tasks == ()
    second = add_task(agent, family.case_id, TaskInput(TODAY, "Appeler le SCAS"))
    with pytest.raises(RuleViolation):
        drop_task(agent, second, "")
    drop_task(agent, second, "Le SCAS a appelé")
    agenda = load_dossier_agenda(agent, family.case_id)
    assert {(t.text, t.state) for t in agenda.tasks} == {
        ("Contacter l’école", TaskState.DONE), ("Appeler le SCAS", TaskState.DROPPED)}
    assert agenda.conferences[0].text == "Le SCAS contacte l’école avant le 12"


def test_the_week_shows_the_days_appointments_first(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    add_task(agent, family.case_id, TaskInput(TODAY - timedelta(days=3), "En retard"))
    later = plan_appointment(agent, family.case_id, _slot(2), _visit(family))
    now = datetime.now().astimezone()
    if now.hour >= 22:
        pytest.skip("no slot left today on this clock")
    today_slot = Slot(now + timedelta(minutes=30), now + timedelta(minutes=60))
    if today_slot.starts_at.date() != now.date():
        pytest.skip("no slot left today on this clock")
    todays = plan_appointment(agent, None, today_slot, AppointmentDetails(
        AppointmentKind.CALL, PlaceType.OFFICE))
    items = this_week(agent, TODAY)
    assert items[0].record_id == todays and items[0].case_id is None
    kinds = [(i.kind, i.record_id) for i in items]
    assert (TodayKind.APPOINTMENT, later) in kinds
    assert kinds.index((TodayKind.APPOINTMENT, later)) > 1  # the overdue task comes before
    assert items[1].kind is TodayKind.TASK_OVERDUE
    overview = load_overview(agent, family.case_id, TODAY)
    assert [a.appointment_id for a in overview.appointments] == [later]


def test_anonymisation_rewrites_the_agendas_texts(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, child_born=date(2004, 2, 29))
    appointment_id = plan_appointment(agent, family.case_id, _slot(1), AppointmentDetails(
        AppointmentKind.HOME_VISIT, PlaceType.HOME, "Chez Léa", "Parler avec Léa (29.02.2004)",
        person_ids=(family.child, family.mother)))
    shared = add_task(agent, family.case_id, TaskInput(TODAY, "Rappeler Léa et sa mère"))
    own = add_task(agent, family.case_id, TaskInput(TODAY, "Dossier scolaire", family.child))
    private = plan_appointment(agent, None, _slot(2), AppointmentDetails(
        AppointmentKind.CALL, PlaceType.OFFICE, "", "Préparer la visite chez Léa Tavares"))
    anonymise_person(agent, family.child, TODAY)
    with agent.reading() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        assert row.place == f"Chez {ANONYMISED}"
        assert row.subject == f"Parler avec {ANONYMISED} ({ANONYMISED})"
        assert row.person_ids == [str(family.child), str(family.mother)]  # ids name nobody
        assert session.get(AgentTask, shared).text == f"Rappeler {ANONYMISED} et sa mère"  # type: ignore[union-attr]
        assert session.get(AgentTask, own).text == ANONYMISED  # type: ignore[union-attr]
        kept_here = session.get(Appointment, private)
        assert kept_here is not None  # on no dossier, on this laptop: her name goes too
        assert kept_here.subject == f"Préparer la visite chez {ANONYMISED} Tavares"


def _words(text: str) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text)
                     if not unicodedata.combining(c)).casefold()
    return set(re.findall(r"[^\W_]+", folded)) | set(re.findall(r"\d+(?:[./-]\d+)+", folded))


def test_the_calendar_export_carries_no_personal_data(agent: ServiceContext) -> None:
    opened = populate(agent, [OFFICE], families=6, today=TODAY)
    for number, case in enumerate(opened):
        with agent.reading() as session:
            persons = session.scalars(select(Person).where(Person.case_id == case.case_id)).all()
            street = f"{persons[0].street}, {persons[0].postal_code} {persons[0].locality}"
        kind, place = [(AppointmentKind.HOME_VISIT, PlaceType.HOME),
                       (AppointmentKind.MEETING, PlaceType.SCHOOL),
                       (AppointmentKind.CALL, PlaceType.OFFICE)][number % 3]
        plan_appointment(agent, case.case_id, _slot(number + 1), AppointmentDetails(
            kind, place, street, f"Voir {persons[-1].full_name}, né(e) le "
                                 f"{persons[-1].birth_date:%d.%m.%Y}",
            person_ids=tuple(p.id for p in persons)))
    plan_appointment(agent, None, _slot(1, 8), AppointmentDetails(
        AppointmentKind.MEETING, PlaceType.OTHER, "Chez Maître Dupont", "Formation"))
    data = export_calendar(agent, TODAY, language="fr")
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 7
    numbers = {case.number for case in opened}
    assert {str(e["SUMMARY"]).split(" — ")[0] for e in events} >= numbers
    assert {str(e["LOCATION"]) for e in events} >= {"Au domicile de la famille", "À l’école",
                                                     "Au bureau", "Ailleurs"}
    texts = " ".join(str(value) for event in events for name, value in event.items()
                     if name not in ("DTSTART", "DTEND", "DTSTAMP"))
    text = data.decode("utf-8").replace("\r\n ", "")
    words = _words(texts) | _words(text)
    with agent.reading() as session:
        persons = session.scalars(select(Person)).all()
    assert len(persons) >= 12
    for person in persons:
        for name in (person.first_name, person.last_name):
            assert not _words(name) & words, name
        for part in (person.street, person.locality, person.postal_code):
            named = {w for w in _words(part) if not w.isdigit() or len(w) == 4}  # house numbers
            assert not (named - {"rue", "de", "du", "des", "la", "le", "l"}) & words, part
        born = person.birth_date
        assert born is not None
        for spelling in (born.isoformat(), f"{born:%d.%m.%Y}", f"{born:%Y%m%d}"):
            assert spelling not in text, spelling
    for secret in ("Dupont", "Formation", "Voir", "Chez"):
        assert secret.casefold() not in text.casefold()


def test_the_coordination_step_leaves_tasks_made_from_its_records(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    conference = ConferenceInput(TODAY, "Office", (Participant("Ana Sofia Tavares", "mère"),),
                                 decisions="Le SCAS appelle l’école")
    contact = ContactInput(NOW - timedelta(hours=1), "Mme Weber", ContactChannel.TELEPHONE,
                           "L’école attend le rapport")
    with pytest.raises(RuleViolation) as refused:  # nothing recorded
        finish_coordination(agent, family.case_id, CoordinationStep(
            conference, contact, contact_task=TaskInput(TODAY, " ")))
    assert refused.value.codes == ("task.text",)
    finish_coordination(agent, family.case_id, CoordinationStep(
        conference, contact, conference_task=TaskInput(TODAY, "Relancer le SCAS"),
        contact_task=TaskInput(TODAY + timedelta(days=4), "Envoyer le rapport", family.child)))
    with agent.reading() as session:
        tasks = {t.text: t for t in session.scalars(select(AgentTask))}
        [contact_id] = session.scalars(select(ContactLogEntry.id)).all()
    assert tasks["Relancer le SCAS"].from_conference_id is not None
    assert tasks["Envoyer le rapport"].from_contact_id == contact_id
    assert tasks["Envoyer le rapport"].person_id == family.child


def test_the_overview_lists_its_tasks_by_due_date(agent: ServiceContext) -> None:
    """Whatever the order they were added in, on both roads to the overview (its own read,
    and the dossier's load judging from the records already read)."""
    family = Family.open(agent, TODAY)
    later = add_task(agent, family.case_id, TaskInput(TODAY + timedelta(days=5), "Rapport"))
    overdue = add_task(agent, family.case_id, TaskInput(TODAY - timedelta(days=2), "Appel"))
    soon = add_task(agent, family.case_id, TaskInput(TODAY + timedelta(days=1), "Visite"))
    add_task(agent, family.case_id, TaskInput(TODAY + timedelta(days=30), "Bilan"))  # later
    expected = [(overdue, True), (soon, False), (later, False)]
    overview = load_overview(agent, family.case_id, TODAY)
    assert [(t.task_id, t.overdue) for t in overview.tasks] == expected
    detail = load_dossier_detail(agent, family.case_id, today=TODAY)
    assert detail.overview is not None
    assert [(t.task_id, t.overdue) for t in detail.overview.tasks] == expected
