"""Appointments and tasks travel with their dossier; an appointment on no dossier stays on the
laptop that planned it; the art. 7 anonymisation reaches their texts on the server."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import select

from app.domain import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    OutboxEntry,
    PlaceType,
    TaskState,
)
from app.rules.records import ANONYMISED
from app.services.caseload.agenda import (
    AppointmentDetails,
    Slot,
    add_task,
    complete_task,
    move_appointment,
    plan_appointment,
)
from app.services.one.duties import anonymise_person
from app.services.steps.coordination import TaskInput
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date.today()


def test_the_agenda_of_a_dossier_syncs_and_the_rest_stays_here(
        devices: dict[str, Device], server: Server, tmp_path: Path) -> None:
    laptop = devices["agent.a"]
    family = Family.open(laptop.ctx, TODAY, child_born=date(2003, 6, 1))
    visit = plan_appointment(laptop.ctx, family.case_id, Slot.local(
        TODAY + timedelta(days=2), time(10), time(11)), AppointmentDetails(
        AppointmentKind.HOME_VISIT, PlaceType.HOME, "Chez Léa", "Voir Léa",
        person_ids=(family.child,)))
    private = plan_appointment(laptop.ctx, None, Slot.local(
        TODAY + timedelta(days=1), time(8), time(9)), AppointmentDetails(
        AppointmentKind.MEETING, PlaceType.OFFICE, "Salle 2", "Réunion d’équipe"))
    task = add_task(laptop.ctx, family.case_id, TaskInput(TODAY, "Appeler Léa", family.child))
    shared = add_task(laptop.ctx, family.case_id, TaskInput(TODAY, "Rappeler Léa et sa mère"))
    report = laptop.sync()
    assert report.rejected == 0 and report.conflicts == 0
    move_appointment(laptop.ctx, visit, Slot.local(TODAY + timedelta(days=3), time(14),
                                                   time(15)), "Grève des bus")
    complete_task(laptop.ctx, task, TODAY)
    assert laptop.sync().rejected == 0
    with laptop.ctx.reading() as session:
        assert session.scalars(select(OutboxEntry)).all() == []
        assert session.get(Appointment, private) is not None  # still here, never sent
    with server.sessions() as session:
        assert session.get(Appointment, private) is None
        row = session.get(Appointment, visit)
        assert row is not None and row.moved_reason == "Grève des bus"
        done = session.get(AgentTask, task)
        assert done is not None and done.state is TaskState.DONE
    second = Device.enrol(server, tmp_path / "second", "agent.a")
    try:
        with second.ctx.reading() as session:
            copy = session.get(Appointment, visit)
            assert copy is not None and copy.state is AppointmentState.PLANNED
            assert copy.person_ids == [str(family.child)]
            assert session.get(Appointment, private) is None
            assert {t.id for t in session.scalars(select(AgentTask))} == {task, shared}
        anonymise_person(laptop.ctx, family.child, TODAY)
        assert laptop.sync().rejected == 0
        second.sync()
        with server.sessions() as session:
            row = session.get(Appointment, visit)
            assert row is not None and row.subject == f"Voir {ANONYMISED}"
            kept = session.get(AgentTask, shared)
            assert kept is not None and kept.text == f"Rappeler {ANONYMISED} et sa mère"
        with second.ctx.reading() as session:
            copy = session.get(Appointment, visit)
            assert copy is not None and copy.place == f"Chez {ANONYMISED}"
            own = session.get(AgentTask, task)
            assert own is not None and own.text == ANONYMISED
    finally:
        second.close()
