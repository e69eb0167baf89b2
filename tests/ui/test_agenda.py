"""The agent's agenda as used: an appointment planned from the dossier window, one that took
place noted as a contact (prefilled) with the task it leaves; a task made from a conference's
decision and done; the week's window from the main window, today's appointment first."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    Case,
    ContactLogEntry,
    PlaceType,
    TaskState,
)
from app.services.base.context import ServiceContext
from app.services.caseload.agenda import AppointmentDetails, Slot, plan_appointment
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.coordination import ConferenceInput, Participant, record_case_conference
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.agenda import AgendaWindow, AppointmentDialog, HeldDialog, TaskDialog, TaskDoneDialog
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QDialogButtonBox, QLabel, Qt, QToolBar, QToolButton, is_alive

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.agenda", "Agent Agenda", OFFICE)


def _agenda(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
            family: Family) -> AgendaWindow:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    dossier = window.dossier_windows[0]
    assert dossier.agenda_action.isVisible()
    dossier.agenda_action.trigger()
    agenda = dossier.agenda_window
    assert agenda is not None
    qtbot.waitUntil(lambda: agenda.agenda is not None)
    return agenda


def _saved(qtbot: QtBot, agenda: AgendaWindow, dialog: object) -> None:
    """Saved: the agenda shows it, and the dossier window behind has reloaded."""
    dossier = agenda.parent()
    before, reloads = agenda.agenda, dossier.reload_count  # type: ignore[union-attr]
    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: agenda.agenda is not before
                    and dossier.reload_count > reloads)  # type: ignore[union-attr]


def test_an_appointment_planned_then_noted_as_a_contact(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    family = Family.open(agent, TODAY)
    agenda = _agenda(qtbot, operations, agent, family)
    agenda.plan_button.click()
    qtbot.waitUntil(lambda: isinstance(agenda.dialog, AppointmentDialog))
    dialog = agenda.dialog
    assert isinstance(dialog, AppointmentDialog)
    dialog.starts.setText("11:00")
    dialog.ends.setText("10:00")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "finir après" in dialog.problem.text()
    dialog.ends.setText("12h")
    dialog.place.setText("Rue des Tilleuls")
    dialog.subject.setText("Parler de l’école")
    dialog.persons.item(2).setCheckState(dialog.persons.item(2).checkState().Checked)
    _saved(qtbot, agenda, dialog)
    [planned] = agenda.appointments
    assert planned.state is AppointmentState.PLANNED and planned.subject == "Parler de l’école"
    assert "Léa Tavares" in agenda.appointment_list.item(0).text()
    assert "Visite à domicile" in agenda.appointment_list.item(0).text()
    # Tomorrow's cannot be noted as held yet: said at once, no form to fill in vain.
    agenda.held_button.click()
    assert agenda.dialog is dialog or not isinstance(agenda.dialog, HeldDialog)
    assert "pas encore commencé" in agenda.message.text()
    # One that took place yesterday (planned the day before).
    yesterday = TODAY - timedelta(days=1)
    held_id = plan_appointment(agent, family.case_id, Slot.local(yesterday, time(9), time(10)),
                               AppointmentDetails(planned.kind, planned.place_type, "Bureau",
                                                  "Bilan", person_ids=(family.mother,)),
                               now=datetime.now(UTC) - timedelta(days=2))
    agenda.load()
    qtbot.waitUntil(lambda: len(agenda.appointments) == 2)
    agenda.appointment_list.setCurrentRow(
        [a.appointment_id for a in agenda.appointments].index(held_id))
    agenda.held_button.click()
    qtbot.waitUntil(lambda: isinstance(agenda.dialog, HeldDialog))
    held = agenda.dialog
    assert isinstance(held, HeldDialog)
    assert held.with_whom.text() == "Ana Sofia Tavares"
    assert held.summary.toPlainText() == "Bilan"
    assert held.time.text() == "09:00"
    held.summary.setPlainText("Bilan fait avec la mère")
    held.task.setPlainText("Envoyer le rapport à l’école avant le 12")
    _saved(qtbot, agenda, held)
    assert "Contacts" in agenda.message.text()  # where the note went, as it leaves the list
    with agent.reading() as session:
        row = session.get(Appointment, held_id)
        assert row is not None and row.state is AppointmentState.HELD
        note = session.get(ContactLogEntry, row.contact_id)
        assert note is not None and note.summary == "Bilan fait avec la mère"
        [task] = session.scalars(select(AgentTask)).all()
        assert task.from_contact_id == note.id
    assert [t.text for t in agenda.tasks] == ["Envoyer le rapport à l’école avant le 12"]
    dossier = agenda.parent()
    assert isinstance(dossier, DossierWindow)
    qtbot.waitUntil(lambda: dossier.overview.overview.tasks != ())
    section = dossier.overview.agenda
    assert section.isVisibleTo(dossier.overview) and section.title() == "Tâches et rendez-vous"
    shown = section.findChild(QLabel).text()
    assert "Envoyer le rapport à l’école avant le 12" in shown
    assert "Visite à domicile, Au domicile de la famille" in shown  # the one planned ahead


def test_a_task_from_a_conference_decision_is_done(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    family = Family.open(agent, TODAY)
    record_case_conference(agent, family.case_id, ConferenceInput(
        TODAY, "Office", (Participant("Ana Sofia Tavares", "mère"),),
        decisions="Envoyer le bilan au SCAS"))
    agenda = _agenda(qtbot, operations, agent, family)
    agenda.new_task_button.click()
    qtbot.waitUntil(lambda: isinstance(agenda.dialog, TaskDialog))
    dialog = agenda.dialog
    assert isinstance(dialog, TaskDialog)
    dialog.source.setCurrentIndex(dialog.source.count() - 1)  # the conference
    assert dialog.text.toPlainText() == "Envoyer le bilan au SCAS"
    _saved(qtbot, agenda, dialog)
    [task] = agenda.tasks
    assert task.state is TaskState.OPEN
    agenda.task_list.setCurrentRow(0)
    agenda.done_button.click()
    qtbot.waitUntil(lambda: isinstance(agenda.dialog, TaskDoneDialog))
    done = agenda.dialog
    assert isinstance(done, TaskDoneDialog)
    _saved(qtbot, agenda, done)
    assert [t.state for t in agenda.tasks] == [TaskState.DONE]
    with agent.reading() as session:
        row = session.get(AgentTask, task.task_id)
        assert row is not None and row.from_conference_id is not None
        assert row.done_on == TODAY


def test_the_week_window_and_its_export(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
        tmp_path: Path) -> None:
    family = Family.open(agent, TODAY)
    plan_appointment(agent, family.case_id, Slot.local(TODAY + timedelta(days=2), time(9),
                                                       time(10)),
                     AppointmentDetails(AppointmentKind.CALL, PlaceType.OFFICE,
                                        "Bureau 3", "Appeler Mme Tavares"))
    plan_appointment(agent, None, Slot.local(TODAY + timedelta(days=1), time(8), time(9)),
                     AppointmentDetails(AppointmentKind.MEETING, PlaceType.OFFICE,
                                        "Salle 2", "Réunion d’équipe"))
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.today_list.count() >= 2)
    items = [window.today_list.item(i) for i in range(window.today_list.count())]
    assert any("Appel" in item.text() and family_number(agent, family) in item.text()
               for item in items)
    [own] = [item for item in items if "sans dossier — Réunion" in item.text()]
    assert window.week_action.shortcut().toString() == "Ctrl+3"
    window.today_list.itemActivated.emit(own)  # an appointment on no dossier: the week
    week = window.week_window
    assert week is not None and week.isVisible()
    qtbot.waitUntil(lambda: len(week.appointments) == 2)
    assert "sans dossier" in week.appointment_list.item(0).text()  # tomorrow's, first
    assert not week.new_task_button.isEnabled()
    # Disabled, but it says where a task is added; the long lines wrap, read whole.
    assert "Ctrl+Maj+G" in week.new_task_button.toolTip()
    assert "dossier" in week.new_task_button.toolTip()
    assert week.appointment_list.wordWrap() and week.task_list.wordWrap()
    assert week.appointment_list.item(0).toolTip() == week.appointment_list.item(0).text()
    week.plan()  # from the week: on no dossier, and the form says so
    planned = week.dialog
    assert planned is not None
    told = [label.text() for label in planned.findChildren(QLabel)]
    assert any("aucun dossier" in text and "Ctrl+Maj+G" in text for text in told), told
    planned.reject()
    target = f"{tmp_path}/agenda.ics"
    week.export(target)
    qtbot.waitUntil(lambda: week.message.text() != "")
    with open(target, "rb") as file:
        exported = file.read().decode("utf-8")
    assert "BEGIN:VEVENT" in exported and "Tavares" not in exported
    assert "Bureau 3" not in exported and "Salle 2" not in exported
    assert window.calendar_action.text() == "E&xporter vers l’agenda du bureau (.ics)…"
    again = tmp_path / "menu.ics"
    window.export_calendar(str(again))
    qtbot.waitUntil(again.exists)
    assert again.read_bytes().count(b"BEGIN:VEVENT") == 2
    # A Close button: the way out is seen, not only Escape.
    buttons = week.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not week.isVisible()


def family_number(agent: ServiceContext, family: Family) -> str:
    with agent.reading() as session:
        case = session.get(Case, family.case_id)
        assert case is not None
        return case.number


def test_the_lock_closes_the_agenda_and_its_form(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    family = Family.open(agent, TODAY)
    main = MainWindow(operations, lambda: None)
    qtbot.addWidget(main)
    main.attach(agent)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() >= 1)
    main._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(main.dossier_windows) == 1)
    main.dossier_windows[0].agenda_action.trigger()
    agenda = main.dossier_windows[0].agenda_window
    assert agenda is not None
    qtbot.waitUntil(lambda: agenda.agenda is not None)
    agenda.plan_button.click()
    qtbot.waitUntil(lambda: isinstance(agenda.dialog, AppointmentDialog))
    form = agenda.dialog
    assert isinstance(form, AppointmentDialog)
    form.place.setText("Rue des Tilleuls")
    main.open_week()
    week = main.week_window
    assert week is not None
    main.lock()
    qtbot.waitUntil(lambda: not is_alive(agenda) and not is_alive(week))
    assert not is_alive(form) or not form.isVisible()
    assert main.week_window is None


def test_the_week_is_one_click_away_on_the_toolbar(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    # The Dossier menu's action itself, not a copy: one shortcut, one text to translate.
    assert window.week_action in toolbar.actions()
    assert window.week_action in window.dossier_menu.actions()
    button = toolbar.widgetForAction(window.week_action)
    assert isinstance(button, QToolButton) and button.isVisible()
    assert button.text() == "Cette semaine"  # short on the toolbar, the menu's text in full
    menu_text = window.week_action.text()
    assert menu_text.startswith("Cette &semaine") and menu_text.endswith("tâches…")
    assert window.week_action.toolTip() == f"{menu_text.replace('&', '')} (Ctrl+3)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    week = window.week_window
    assert week is not None and week.isVisible()
    qtbot.waitUntil(lambda: week.heading.text() != "")


def test_empty_lists_say_so(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    family = Family.open(agent, TODAY)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    window.open_week()
    week = window.week_window
    assert week is not None
    qtbot.waitUntil(lambda: week.heading.text() != "")
    assert week.appointments == [] and week.tasks == []
    assert [week.appointment_list.item(i).text()
            for i in range(week.appointment_list.count())] == ["Rien de prévu cette semaine."]
    assert [week.task_list.item(i).text()
            for i in range(week.task_list.count())] == ["Aucune tâche en cours."]
    line = week.appointment_list.item(0)
    assert not line.flags() & Qt.ItemFlag.ItemIsSelectable  # a text, not a row to choose
    assert line.flags() & Qt.ItemFlag.ItemIsEnabled  # not greyed out: read at full contrast
    week.appointment_list.setCurrentRow(0)
    week.move_button.click()  # nothing to move: said, no form
    assert week.dialog is None and week.message.text() != ""
    # A dossier's agenda with nothing planned says it of the dossier, not of the week.
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    window.dossier_windows[0].agenda_action.trigger()
    agenda = window.dossier_windows[0].agenda_window
    assert agenda is not None
    qtbot.waitUntil(lambda: agenda.agenda is not None)
    assert agenda.appointment_list.item(0).text() == "Aucun rendez-vous prévu."
    assert agenda.task_list.item(0).text() == "Aucune tâche en cours."
    # Something planned: the placeholder goes.
    plan_appointment(agent, family.case_id, Slot.local(TODAY + timedelta(days=1), time(9),
                                                       time(10)),
                     AppointmentDetails(AppointmentKind.CALL, PlaceType.OFFICE, "", "Appel"))
    week.load()
    qtbot.waitUntil(lambda: len(week.appointments) == 1)
    assert week.appointment_list.count() == 1
    assert "Appel" in week.appointment_list.item(0).text()
