"""The agent's week and a dossier's agenda: appointments (plan, correct, move, cancel, note as
held: a contact note) and tasks (add, correct, done, drop), and the office calendar's export.

One window for both: on a dossier (from the dossier window) or for the week (from the main
window, the day's appointments first, and appointments on no dossier)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.domain import NO_CASE, AppointmentKind, AppointmentState, ContactChannel, PlaceType
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.rules.agenda import held_unmet
from app.services.base.context import ServiceContext
from app.services.caseload.agenda import (
    KIND_NAMES,
    PAST_MARGIN,
    PLACE_NAMES,
    AppointmentDetails,
    AppointmentLine,
    Choice,
    DossierAgenda,
    Slot,
    TaskLine,
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
    week_tasks,
)
from app.services.steps.coordination import ContactInput, TaskInput
from ui.accessibility import fit_to_screen
from ui.caseload_model import short_date
from ui.dossier.actions import parse_time
from ui.family_map.dialogs import StoreDialog, date_edit, day_of, enum_combo, text_area
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QComboBox,
    QCoreApplication,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    is_alive,
)

BAD_TIME = QT_TRANSLATE_NOOP("Agenda", "Type the times as hours and minutes, e.g. 14:30.")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _time(editor: QLineEdit) -> time:
    parsed = parse_time(editor.text())
    if parsed is None:
        raise UserInputError(BAD_TIME)
    return time(*parsed)


def _check_list(choices: Sequence[Choice], chosen: Sequence[uuid.UUID]) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(90)
    for choice in choices:
        item = QListWidgetItem(choice.label)
        item.setData(Qt.ItemDataRole.UserRole, choice.record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if choice.record_id in chosen
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> tuple[uuid.UUID, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def _wrapping(widget: QListWidget) -> None:
    """A list whose long lines wrap: read whole, never scrolled sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)


def _item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(text)
    return item


def _placeholder(widget: QListWidget, text: str) -> None:
    """An empty list says so, as the main window's week list does: one line that cannot be
    chosen (the commands then ask to choose an appointment or a task first)."""
    item = _item(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read at full contrast, never selected
    widget.addItem(item)


def _names_combo(names: dict[Any, str], current: Any) -> QComboBox:
    combo = QComboBox()
    for value, name in names.items():
        combo.addItem(name, value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def save_calendar(operations: StoreOperations, ctx: ServiceContext, parent: QWidget,
                  path: str | None, saved: Callable[[], None]) -> None:
    """Ask where (unless ``path``), then write the office calendar's .ics file there: per
    appointment the dossier number, the kind and the kind of place only."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Agenda", "Export to the office calendar"),
            "cpi-agenda.ics", QCoreApplication.translate("Agenda", "Calendars (*.ics)"))
    if not path:
        return
    target, today = Path(path), date.today()
    operations.run(lambda: target.write_bytes(export_calendar(ctx, today)),
                   lambda _written: saved(), shown_in=parent)


class AppointmentDialog(StoreDialog):
    """Plan an appointment, or correct what, where and who of a planned one."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, agenda: DossierAgenda | None,
                 appointment: AppointmentLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id or NO_CASE,
                         self.tr("Correct the appointment") if appointment
                         else self.tr("Plan an appointment"), parent)
        self._dossier, self._appointment = case_id, appointment
        self.kind = self.row(self.tr("&Kind"), _names_combo(
            {k: t.render() for k, t in KIND_NAMES.items()},
            appointment.kind if appointment else AppointmentKind.HOME_VISIT), "kind")
        if appointment is None:
            tomorrow = date.today() + timedelta(days=1)
            self.on = self.row(self.tr("&On"), date_edit(tomorrow, up_to_today=False), "on")
            self.starts = self.row(self.tr("&Starts at"), QLineEdit("10:00"), "starts")
            self.ends = self.row(self.tr("&Ends at"), QLineEdit("11:00"), "ends")
        self.place_type = self.row(self.tr("&Where (kind of place)"), _names_combo(
            {p: t.render() for p, t in PLACE_NAMES.items()},
            appointment.place_type if appointment else PlaceType.HOME), "placeType")
        self.place = self.row(self.tr("&Place"), QLineEdit(appointment.place if appointment
                                                           else ""), "place",
                              ("appointment", "place"))
        self.subject = self.row(self.tr("&Subject"), QLineEdit(
            appointment.subject if appointment else ""), "subject", ("appointment", "subject"))
        self.persons = _check_list(agenda.persons if agenda else (),
                                   appointment.person_ids if appointment else ())
        self.stakeholders = _check_list(agenda.stakeholders if agenda else (),
                                        appointment.stakeholder_ids if appointment else ())
        if agenda is not None:
            self.row(self.tr("Persons e&xpected"), self.persons, "persons")
            self.row(self.tr("Stake&holders expected"), self.stakeholders, "stakeholders")
        if case_id is None:
            self.form.addRow(PlainLabel(self.tr(
                "This appointment is on no dossier (a team meeting, a training). A family's "
                "appointment is planned from its dossier: Appointments and tasks… "
                "(Ctrl+Shift+G) in the dossier's window.")))
        self.form.addRow(PlainLabel(self.tr(
            "The office calendar gets only the dossier number, the kind and the kind of "
            "place: never the place, the subject or the names.")))

    def _details(self) -> AppointmentDetails:
        return AppointmentDetails(
            AppointmentKind(self.kind.currentData()), PlaceType(self.place_type.currentData()),
            self.place.text(), self.subject.text(), _checked(self.persons),
            _checked(self.stakeholders))

    def work(self) -> Callable[[], Any]:
        ctx, details = self._ctx, self._details()
        if self._appointment is not None:
            appointment_id = self._appointment.appointment_id
            return lambda: correct_appointment(ctx, appointment_id, details)
        slot = Slot.local(day_of(self.on.date()), _time(self.starts), _time(self.ends))
        case_id = self._dossier
        return lambda: plan_appointment(ctx, case_id, slot, details)


class MoveAppointmentDialog(StoreDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 appointment: AppointmentLine, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, appointment.case_id or NO_CASE,
                         self.tr("Move the appointment"), parent)
        self._appointment = appointment
        starts, ends = appointment.starts_at.astimezone(), appointment.ends_at.astimezone()
        self.on = self.row(self.tr("&On"), date_edit(starts.date(), up_to_today=False), "on")
        self.starts = self.row(self.tr("&Starts at"), QLineEdit(f"{starts:%H:%M}"), "starts")
        self.ends = self.row(self.tr("&Ends at"), QLineEdit(f"{ends:%H:%M}"), "ends")
        self.reason = self.row(self.tr("&Why"), text_area(), "reason",
                               ("appointment", "moved_reason"))

    def work(self) -> Callable[[], Any]:
        ctx, appointment_id = self._ctx, self._appointment.appointment_id
        slot = Slot.local(day_of(self.on.date()), _time(self.starts), _time(self.ends))
        reason = self.reason.toPlainText()
        return lambda: move_appointment(ctx, appointment_id, slot, reason)


class CancelAppointmentDialog(StoreDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 appointment: AppointmentLine, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, appointment.case_id or NO_CASE,
                         self.tr("Cancel the appointment"), parent)
        self._appointment = appointment
        self.reason = self.row(self.tr("&Why"), text_area(), "reason",
                               ("appointment", "cancel_reason"))

    def work(self) -> Callable[[], Any]:
        ctx, appointment_id = self._ctx, self._appointment.appointment_id
        reason = self.reason.toPlainText()
        return lambda: cancel_appointment(ctx, appointment_id, reason)


class HeldDialog(StoreDialog):
    """The appointment took place: its contact note, prefilled from it, and a task it leaves
    (optional), recorded together."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 appointment: AppointmentLine, prefill: ContactInput,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, appointment.case_id or NO_CASE,
                         self.tr("Note the appointment as held"), parent)
        self._appointment = appointment
        at = prefill.contact_at.astimezone()
        self.on = self.row(self.tr("&On"), date_edit(at.date()), "on")
        self.time = self.row(self.tr("A&t"), QLineEdit(f"{at:%H:%M}"), "time")
        self.with_whom = self.row(self.tr("&With whom"), QLineEdit(prefill.with_whom),
                                  "withWhom", ("contact_log", "with_whom"))
        self.channel = self.row(self.tr("&How"), enum_combo(list(ContactChannel)), "channel")
        self.channel.setCurrentIndex(self.channel.findData(prefill.channel.value))
        self.summary = self.row(self.tr("What was &said or agreed"), text_area(110),
                                "summary", ("contact_log", "summary"))
        self.summary.setPlainText(prefill.summary)
        self.task = self.row(self.tr("A task it &leaves (optional)"), text_area(),
                             "task", ("agent_task", "text"))
        self.due = self.row(self.tr("Task &due on"), date_edit(
            date.today() + timedelta(days=7), up_to_today=False), "due")

    def work(self) -> Callable[[], Any]:
        ctx, appointment_id = self._ctx, self._appointment.appointment_id
        at = datetime.combine(day_of(self.on.date()), _time(self.time)).astimezone()
        contact = ContactInput(at, self.with_whom.text(),
                               ContactChannel(self.channel.currentData()),
                               self.summary.toPlainText())
        text = self.task.toPlainText()
        tasks = (TaskInput(day_of(self.due.date()), text),) if text.strip() else ()
        return lambda: note_appointment_held(ctx, appointment_id, contact, tasks)


class TaskDialog(StoreDialog):
    """A task on the dossier, from a contact note or a conference's decisions if chosen (the
    text is prefilled from it); or the correction of an open task."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 agenda: DossierAgenda, task: TaskLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, agenda.case_id,
                         self.tr("Correct the task") if task else self.tr("New task"), parent)
        self._agenda, self._task = agenda, task
        self.source = QComboBox()
        if task is None:
            self.source.addItem(self.tr("(none)"), None)
            for contact in agenda.contacts:
                self.source.addItem(self.tr("Contact note of {label}").format(
                    label=contact.label), ("contact", contact.record_id))
            for conference in agenda.conferences:
                self.source.addItem(self.tr("Conference of {label}").format(
                    label=conference.label), ("conference", conference.record_id))
            self.row(self.tr("&Made from"), self.source, "source")
            self.source.currentIndexChanged.connect(self._prefill)
        self.text = self.row(self.tr("What is to be &done"), text_area(),
                             "text", ("agent_task", "text"))
        self.due = self.row(self.tr("&Due on"), date_edit(
            task.due_on if task else date.today() + timedelta(days=7), up_to_today=False),
            "due")
        self.person = QComboBox()
        self.person.addItem(self.tr("(the whole family)"), None)
        for person in agenda.persons:
            self.person.addItem(person.label, person.record_id)
        self.row(self.tr("&About"), self.person, "person")
        if task is not None:
            self.text.setPlainText(task.text)
            self.person.setCurrentIndex(max(0, self.person.findData(task.person_id)))

    def _prefill(self, _index: int) -> None:
        chosen = self.source.currentData()
        if chosen is None:
            return
        kind, record_id = chosen
        pool = self._agenda.contacts if kind == "contact" else self._agenda.conferences
        found = next((c for c in pool if c.record_id == record_id), None)
        if found is not None and not self.text.toPlainText().strip():
            self.text.setPlainText(found.text[:1000])

    def work(self) -> Callable[[], Any]:
        ctx = self._ctx
        data = TaskInput(day_of(self.due.date()), self.text.toPlainText(),
                         self.person.currentData())
        if self._task is not None:
            task_id = self._task.task_id
            return lambda: correct_task(ctx, task_id, data)
        case_id = self._agenda.case_id
        chosen = self.source.currentData()
        contact_id = chosen[1] if chosen and chosen[0] == "contact" else None
        conference_id = chosen[1] if chosen and chosen[0] == "conference" else None
        return lambda: add_task(ctx, case_id, data, from_contact_id=contact_id,
                                from_conference_id=conference_id)


class TaskDoneDialog(StoreDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext, task: TaskLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, task.case_id, self.tr("Task done"), parent)
        self._task = task
        self.form.addRow(PlainLabel(task.text))
        self.on = self.row(self.tr("Done &on"), date_edit(date.today()), "on")

    def work(self) -> Callable[[], Any]:
        ctx, task_id, on = self._ctx, self._task.task_id, day_of(self.on.date())
        return lambda: complete_task(ctx, task_id, on)


class DropTaskDialog(StoreDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext, task: TaskLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, task.case_id, self.tr("Drop the task"), parent)
        self._task = task
        self.form.addRow(PlainLabel(task.text))
        self.reason = self.row(self.tr("&Why"), text_area(), "reason",
                               ("agent_task", "drop_reason"))

    def work(self) -> Callable[[], Any]:
        ctx, task_id, reason = self._ctx, self._task.task_id, self.reason.toPlainText()
        return lambda: drop_task(ctx, task_id, reason)


class AgendaWindow(QDialog):
    """A dossier's appointments and tasks (``case_id``), or the week's (None): the day's
    appointments first."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations, self._ctx, self.case_id = operations, ctx, case_id
        self.agenda: DossierAgenda | None = None
        self.appointments: list[AppointmentLine] = []
        self.tasks: list[TaskLine] = []
        self.dialog: QDialog | None = None
        title = self.tr("Appointments and tasks") if case_id else self.tr("This week")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.heading = PlainLabel()
        layout.addWidget(self.heading)
        layout.addWidget(PlainLabel(self.tr("Appointments")))
        self.appointment_list = QListWidget()
        self.appointment_list.setObjectName("appointmentList")
        self.appointment_list.setAccessibleName(self.tr("Appointments"))
        self.appointment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        _wrapping(self.appointment_list)
        layout.addWidget(self.appointment_list)
        row = QHBoxLayout()
        self.plan_button = self._button(row, self.tr("&Plan…"), "plan", self.plan)
        self.correct_button = self._button(row, self.tr("C&orrect…"), "correct",
                                           self.correct)
        self.move_button = self._button(row, self.tr("&Move…"), "move", self.move_appointment)
        self.cancel_button = self._button(row, self.tr("Ca&ncel…"), "cancelAppointment",
                                          self.cancel)
        self.held_button = self._button(row, self.tr("&Held: contact note…"), "held",
                                        self.held)
        layout.addLayout(row)
        layout.addWidget(PlainLabel(self.tr("Tasks")))
        self.task_list = QListWidget()
        self.task_list.setObjectName("taskList")
        self.task_list.setAccessibleName(self.tr("Tasks"))
        _wrapping(self.task_list)
        layout.addWidget(self.task_list)
        row = QHBoxLayout()
        self.new_task_button = self._button(row, self.tr("New &task…"), "newTask",
                                            self.new_task)
        self.edit_task_button = self._button(row, self.tr("&Edit the task…"), "editTask",
                                             self.edit_task)
        self.done_button = self._button(row, self.tr("&Done…"), "taskDone", self.task_done)
        self.drop_button = self._button(row, self.tr("D&rop…"), "dropTask", self.drop)
        if case_id is None:  # a task belongs to a dossier: say where it is added
            self.new_task_button.setToolTip(self.tr(
                "A task is added on its dossier: Appointments and tasks… (Ctrl+Shift+G) in "
                "the dossier's window."))
        layout.addLayout(row)
        self.export_button = self._button(layout, self.tr("E&xport to the office calendar "
                                                          "(.ics)…"), "export", self.export)
        self.message = PlainLabel()
        self.message.setObjectName("agendaMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)  # a way out that is seen, not only Escape
        layout.addWidget(close)
        fit_to_screen(self, 980, 600)  # at 150 %, no wider than the screen
        self.load()

    def _button(self, layout: QHBoxLayout | QVBoxLayout, text: str, name: str,
                slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda *_args: slot())
        layout.addWidget(button)
        return button

    def load(self) -> None:
        ctx, case_id, today = self._ctx, self.case_id, date.today()
        if case_id is not None:
            self._operations.run(lambda: load_dossier_agenda(ctx, case_id), self._shown_dossier,
                                 shown_in=self)
        else:
            self._operations.run(lambda: (week_appointments(ctx, today),
                                          week_tasks(ctx, today)),
                                 self._shown_week, shown_in=self)

    def _shown_dossier(self, agenda: DossierAgenda) -> None:
        self.agenda = agenda
        self.heading.setText(self.tr("Dossier {number}").format(number=agenda.case_number))
        self._fill(list(agenda.appointments), list(agenda.tasks))

    def _shown_week(self, loaded: tuple[list[AppointmentLine], list[TaskLine]]) -> None:
        self.heading.setText(self.tr("Your appointments of the next seven days, today's "
                                     "first, and the tasks due."))
        self._fill(*loaded)

    def _fill(self, appointments: list[AppointmentLine], tasks: list[TaskLine]) -> None:
        self.appointments, self.tasks = appointments, tasks
        self.appointment_list.clear()
        for line in appointments:
            self.appointment_list.addItem(_item(self._appointment_text(line)))
        self.task_list.clear()
        for task in tasks:
            self.task_list.addItem(_item(self._task_text(task)))
        if appointments:
            self.appointment_list.setCurrentRow(0)
        else:
            _placeholder(self.appointment_list, self.tr("No appointment planned.")
                         if self.case_id else self.tr("Nothing planned this week."))
        if tasks:
            self.task_list.setCurrentRow(0)
        else:
            _placeholder(self.task_list, self.tr("No open task."))
        self.new_task_button.setEnabled(self.case_id is not None)

    def _appointment_text(self, line: AppointmentLine) -> str:
        starts, ends = line.starts_at.astimezone(), line.ends_at.astimezone()
        parts = [f"{short_date(starts.date())} {starts:%H:%M}–{ends:%H:%M}",
                 line.case_number or self.tr("no dossier"), KIND_NAMES[line.kind].render(),
                 PLACE_NAMES[line.place_type].render()]
        if line.place:
            parts.append(line.place)
        if line.subject:
            parts.append(line.subject)
        if line.expected:
            parts.append(", ".join(line.expected))
        state = {AppointmentState.CANCELLED: self.tr("cancelled: {reason}").format(
                     reason=line.cancel_reason),
                 AppointmentState.HELD: self.tr("held, contact noted")}.get(line.state)
        if state:
            parts.append(state)
        elif line.moved_reason:
            parts.append(self.tr("moved: {reason}").format(reason=line.moved_reason))
        return " — ".join(parts)

    def _task_text(self, task: TaskLine) -> str:
        state = {"open": self.tr("overdue") if task.overdue(date.today()) else "",
                 "done": self.tr("done"),
                 "dropped": self.tr("dropped: {reason}").format(reason=task.drop_reason)}[
            task.state.value]
        parts = [short_date(task.due_on), task.case_number, task.text]
        if task.person:
            parts.append(task.person)
        if state:
            parts.append(state)
        return " — ".join(parts)

    def _chosen_appointment(self) -> AppointmentLine | None:
        row = self.appointment_list.currentRow()
        if 0 <= row < len(self.appointments):
            return self.appointments[row]
        self.message.setText(self.tr("Choose an appointment first."))
        return None

    def _chosen_task(self) -> TaskLine | None:
        row = self.task_list.currentRow()
        if 0 <= row < len(self.tasks):
            return self.tasks[row]
        self.message.setText(self.tr("Choose a task first."))
        return None

    def _open(self, dialog: StoreDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(lambda _result: self.load())
        dialog.open()

    def _dossier_agenda(self, case_id: uuid.UUID | None,
                        then: Callable[[DossierAgenda | None], None]) -> None:
        """The dossier's persons, stakeholders and sources for a form (None: no dossier)."""
        if case_id is None:
            then(None)
        elif self.agenda is not None and self.agenda.case_id == case_id:
            then(self.agenda)
        else:
            ctx = self._ctx
            self._operations.run(lambda: load_dossier_agenda(ctx, case_id), then,
                                 shown_in=self)

    def plan(self) -> None:
        self._dossier_agenda(self.case_id, lambda agenda: self._open(AppointmentDialog(
            self._operations, self._ctx, self.case_id, agenda, None, self)))

    def correct(self) -> None:
        line = self._chosen_appointment()
        if line is not None:
            self._dossier_agenda(line.case_id, lambda agenda: self._open(AppointmentDialog(
                self._operations, self._ctx, line.case_id, agenda, line, self)))

    def move_appointment(self) -> None:
        line = self._chosen_appointment()
        if line is not None:
            self._open(MoveAppointmentDialog(self._operations, self._ctx, line, self))

    def cancel(self) -> None:
        line = self._chosen_appointment()
        if line is not None:
            self._open(CancelAppointmentDialog(self._operations, self._ctx, line, self))

    def held(self) -> None:
        line = self._chosen_appointment()
        if line is None:
            return
        not_yet = held_unmet(line.starts_at > datetime.now(UTC) + PAST_MARGIN)
        if not_yet:  # said before the agent writes the note, not after
            self.message.setText(not_yet[0].text.render())
            return
        ctx, appointment_id = self._ctx, line.appointment_id
        self._operations.run(lambda: contact_from_appointment(ctx, appointment_id),
                             lambda prefill: self._held(HeldDialog(
                                 self._operations, self._ctx, line, prefill, self)),
                             shown_in=self)

    def _held(self, dialog: HeldDialog) -> None:
        """The appointment leaves the list once noted: say where its note went."""
        dialog.saved.connect(lambda _result: self.message.setText(self.tr(
            "Noted as held: its contact note is in the dossier's Contacts.")))
        self._open(dialog)

    def new_task(self) -> None:
        if self.case_id is not None:
            self._dossier_agenda(self.case_id, lambda agenda: self._open(TaskDialog(
                self._operations, self._ctx, agenda, None, self)) if agenda else None)

    def edit_task(self) -> None:
        task = self._chosen_task()
        if task is not None:
            self._dossier_agenda(task.case_id, lambda agenda: self._open(TaskDialog(
                self._operations, self._ctx, agenda, task, self)) if agenda else None)

    def task_done(self) -> None:
        task = self._chosen_task()
        if task is not None:
            self._open(TaskDoneDialog(self._operations, self._ctx, task, self))

    def drop(self) -> None:
        task = self._chosen_task()
        if task is not None:
            self._open(DropTaskDialog(self._operations, self._ctx, task, self))

    def export(self, path: str | None = None) -> None:
        """Save the office calendar's file where the agent chooses (no personal data)."""
        save_calendar(self._operations, self._ctx, self, path,
                      lambda: self.message.setText(self.tr("Calendar saved.")))

    def show_failure(self, message: str) -> None:
        self.message.setText(message)

    def done(self, result: int) -> None:
        """Closed (Escape, or the lock closing its window): its form goes with it."""
        if self.dialog is not None and is_alive(self.dialog):
            self.dialog.reject()
        self.dialog = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dialog is not None and is_alive(self.dialog):
            self.dialog.reject()
        self.dialog = None
        super().closeEvent(event)
