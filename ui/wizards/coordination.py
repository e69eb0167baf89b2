"""Step 6, coordination: a case conference with its minutes, and contacts with the family and
the stakeholders. Both are append-only records: a correction is a new entry."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from app.domain import ContactChannel
from app.rules.workflow import allowed_targets
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    CoordinationStep,
    Participant,
    TaskInput,
    finish_coordination,
)
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.qt import QComboBox, QDate, QFormLayout, QLineEdit, QPlainTextEdit, QWidget, QWizardPage
from ui.text_limit import add_counter, limit_line
from ui.wizards.draft_wizard import DraftWizard, as_date, chosen_step, rule_label

STEP = 6


def parse_participants(text: str) -> tuple[tuple[Participant, ...], list[int]]:
    """One participant a line, "name, role"; also the line numbers that lack a role."""
    participants, missing = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, _, role = line.partition(",")
        if not role.strip():
            missing.append(number)
        participants.append(Participant(name.strip(), role.strip()))
    return tuple(participants), missing


def parse_time(text: str) -> tuple[int, int] | None:
    """"14:30" or "14h30" as (hour, minute); None when unreadable."""
    hours, _, minutes = text.strip().lower().replace("h", ":").partition(":")
    try:
        hour, minute = int(hours), int(minutes or 0)
    except ValueError:
        return None
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


class CoordinationWizard(DraftWizard):
    WIZARD = "step6_coordination"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 6 · Coordination"))
        fit_to_screen(self, 760, 600)
        self.addPage(self._conference_page())
        self.addPage(self._contact_page())
        self.addPage(self.finish_page(self.tr("Then"), self.tr(
            "Finishing keeps the minutes and the contact that are filled in."),
            self.next_step_choice(STEP, allowed_targets(STEP))))

    def _conference_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Case conference"),
            self.tr("Leave the place empty when there was no conference."))
        form.addRow(self.tr("Held on"), self.date_field("conference.held_on", self.tr("Held on")))
        self.place = limit_line(QLineEdit(), "case_conference", "place")
        self.track("conference.place", self.place, self.tr("Place"))
        form.addRow(self.tr("Place"), self.place)
        self.participants = QPlainTextEdit()
        self.participants.setPlaceholderText(self.tr("One a line: name, role"))
        self.track("conference.participants", self.participants, self.tr("Participants"))
        self.participants.textChanged.connect(self._check_participants)
        form.addRow(self.tr("Participants"), self.participants)
        self.participant_check = rule_label("participantCheck", self.participants)
        form.addRow("", self.participant_check)
        for name, title in (("minutes", self.tr("Minutes")), ("decisions", self.tr("Decisions"))):
            editor = QPlainTextEdit()
            self.track(f"conference.{name}", editor, title)
            form.addRow(title, editor)
            add_counter(form, editor, "case_conference", name)
        self._task_rows(form, "conference", self.tr("Task from the decisions (optional)"))
        return page

    def _task_rows(self, form: QFormLayout, source: str, title: str) -> None:
        """A task the conference or the contact leaves, recorded with it (its source)."""
        task = QPlainTextEdit()
        task.setFixedHeight(60)
        self.track(f"{source}.task", task, title)
        form.addRow(title, task)
        add_counter(form, task, "agent_task", "text")
        due = self.tr("Task due on")
        form.addRow(due, self.date_field(f"{source}.task_due", due,
                                         QDate.currentDate().addDays(7)))

    def _contact_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Contact"),
            self.tr("Leave \"with whom\" empty when there is no contact to note."))
        form.addRow(self.tr("Day"), self.date_field("contact.on", self.tr("Day")))
        self.time = QLineEdit(datetime.now().strftime("%H:%M"))
        self.track("contact.time", self.time, self.tr("Time"))
        self.time.textChanged.connect(self._check_time)
        form.addRow(self.tr("Time"), self.time)
        self.time_check = rule_label("timeCheck", self.time)
        form.addRow("", self.time_check)
        self.with_whom = limit_line(QLineEdit(), "contact_log", "with_whom")
        self.track("contact.with_whom", self.with_whom, self.tr("With whom"))
        form.addRow(self.tr("With whom"), self.with_whom)
        channel = QComboBox()
        for member in ContactChannel:
            channel.addItem(label(member), member.value)
        self.track("contact.channel", channel, self.tr("How"))
        form.addRow(self.tr("How"), channel)
        summary = QPlainTextEdit()
        self.track("contact.summary", summary, self.tr("What was said or agreed"))
        form.addRow(self.tr("What was said or agreed"), summary)
        add_counter(form, summary, "contact_log", "summary")
        self._task_rows(form, "contact", self.tr("Task from this contact (optional)"))
        return page

    def _check_participants(self) -> None:
        _, missing = parse_participants(self.participants.toPlainText())
        self.participant_check.setText(self.tr(
            "Give the role after a comma on line(s) {lines}.").format(
                lines=", ".join(map(str, missing))) if missing else "")

    def _check_time(self) -> None:
        self.time_check.setText("" if parse_time(self.time.text()) else self.tr(
            "Type the time as 14:30."))

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        conference = contact = None
        if values["conference.place"].strip():
            participants, _ = parse_participants(values["conference.participants"])
            conference = ConferenceInput(
                as_date(values["conference.held_on"]), values["conference.place"],
                participants, values["conference.minutes"], values["conference.decisions"])
        if values["contact.with_whom"].strip():
            day = as_date(values["contact.on"])
            hour, minute = parse_time(values["contact.time"]) or (12, 0)
            at = datetime(day.year, day.month, day.day, hour, minute).astimezone()
            contact = ContactInput(at, values["contact.with_whom"],
                                   ContactChannel(values["contact.channel"]),
                                   values["contact.summary"])
        return partial(finish_coordination, self._ctx, self.dossier_id, CoordinationStep(
            conference, contact, chosen_step(values),
            conference_task=_task(values, "conference") if conference else None,
            contact_task=_task(values, "contact") if contact else None))


def _task(values: dict[str, Any], source: str) -> TaskInput | None:
    text = values.get(f"{source}.task") or ""
    if not text.strip():
        return None
    return TaskInput(as_date(values[f"{source}.task_due"]), text)
