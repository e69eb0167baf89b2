"""Editing the constellation: add a person, link two persons, add a stakeholder.

Each dialog calls one existing service on the store lane. What the agent typed stays in the
dialog when the service refuses it (a ``CpiError`` shows in red under the fields); the dialog
closes and ``saved`` fires only once the store has it. A dialog with a ``DRAFT`` name keeps
what is typed as a draft in the encrypted store, like the wizards: closing the dossier window
or the auto-lock loses nothing, and the dialog opens again with it; saving or cancelling
forgets it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from app.domain import PersonRole, RelationshipKind, StakeholderKind
from app.errors import CpiError
from app.services.base.context import ServiceContext, finishing_draft
from app.services.base.drafts import Draft, discard_draft, load_draft, save_draft
from app.services.caseload.listing import PersonView
from app.services.dossier.opening import PersonInput, PossibleDuplicate, add_person, link_persons
from app.services.one.network import StakeholderInput, add_stakeholder
from ui.accessibility import announce, keep_tab_moving
from ui.field_values import Field, changed_signal_of, field_value, set_field_value
from ui.labels import label
from ui.operations import Change, StoreOperations, refusal_ignored
from ui.plain import PlainLabel
from ui.qt import (
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ui.text_limit import add_counter, limit_line
from ui.unlock_dialog import ERROR_STYLE

FIELD_WIDTH = 320
#: A draft is written this long after the last keystroke (as in the wizards).
DRAFT_DELAY_MS = 400
W = TypeVar("W", bound=QWidget)


class StoreDialog(QDialog):
    """A form whose OK runs ``work`` on the store lane; subclasses add rows and ``work``."""

    saved = Signal(object)
    #: The name its draft is kept under, with the dossier ("" keeps no draft).
    DRAFT: ClassVar[str] = ""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self.case_id = case_id
        self._closed = False
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save"))
        self.ok.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fields: dict[str, Field] = {}
        self._restoring = False
        self._keep_draft = False
        self.draft_restored = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

    def row(self, text: str, widget: W, name: str,
            limit: tuple[str, str] | None = None) -> W:
        """A labelled field; the label's "&" letter jumps to it (Alt+letter). ``limit``:
        the (table, column) whose maximum length the field holds (``ui.text_limit``)."""
        widget.setObjectName(name)
        widget.setAccessibleName(text.replace("&", ""))
        if isinstance(widget, QLineEdit | QComboBox | QDateEdit | QPlainTextEdit):
            widget.setMinimumWidth(FIELD_WIDTH)
        caption = PlainLabel(text)
        caption.setBuddy(widget)
        keep_tab_moving(widget)
        self.form.addRow(caption, widget)
        if limit is not None and isinstance(widget, QLineEdit):
            limit_line(widget, *limit)
        elif limit is not None and isinstance(widget, QPlainTextEdit):
            add_counter(self.form, widget, *limit)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateEdit):
            self._fields[name] = widget
            changed_signal_of(widget).connect(self._typed)
        return widget

    def _typed(self, *_args: object) -> None:
        if self.DRAFT and not self._restoring and self.isVisible():
            self._draft_timer.start()

    def open(self) -> None:
        """Show the dialog, then put back what an earlier opening left as a draft."""
        super().open()
        if self.DRAFT:
            ctx, name, case_id = self._ctx, self.DRAFT, self.case_id
            # A draft that cannot be read leaves the fields empty: the agent types again.
            self._operations.run(lambda: load_draft(ctx, name, case_id), self._restore,
                                 refusal_ignored)

    def _restore(self, draft: Draft | None) -> None:
        if draft is None or not is_alive(self) or self._closed:
            return
        self._restoring = True
        try:
            for name, value in draft.fields.items():  # in the order the rows were made
                if name in self._fields:
                    set_field_value(self._fields[name], value)
        finally:
            self._restoring = False
        self.draft_restored = True

    def values(self) -> dict[str, Any]:
        return {name: field_value(widget) for name, widget in self._fields.items()}

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        if not self.DRAFT:
            return
        ctx, name, case_id, fields = self._ctx, self.DRAFT, self.case_id, self.values()
        # Saved in passing, nobody waits on it: a refusal (locked meanwhile) is not news.
        self._operations.run(lambda: save_draft(ctx, name, case_id, 0, fields),
                             lambda _result: None, refusal_ignored)

    def close_keeping_draft(self) -> None:
        """The dossier window closes (or the store locks): keep what was typed for later."""
        if self._draft_timer.isActive():
            self.save_draft_now()
        self._keep_draft = True
        self.reject()

    def work(self) -> Callable[[], Any]:
        """Read the fields on the GUI thread; return what the store lane runs."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            job = self.work()
        except CpiError as exc:
            self._failed(exc)
            return
        self._draft_timer.stop()
        self.ok.setEnabled(False)
        self._operations.run(self._forgetting_draft(job), self._done, self._failed,
                             change=Change(self.case_id))

    def _forgetting_draft(self, job: Callable[[], Any]) -> Callable[[], Any]:
        """``job``, then the draft is forgotten (only once the store has the record)."""
        ctx, name, case_id = self._ctx, self.DRAFT, self.case_id
        if not name:
            return job

        def work() -> Any:
            with finishing_draft(ctx, name, case_id):  # the record and the draft's end: one
                return job()
        return work

    def _done(self, result: object) -> None:
        if self._closed:
            return
        self.problem.hide()
        super().accept()
        self.saved.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.ok.setEnabled(True)
        if not isinstance(exc, CpiError):
            raise exc
        self.show_problem(exc)  # under the fields, what was typed kept (maybe more to ask)

    def show_problem(self, exc: CpiError) -> None:
        announce(self.problem, exc.message())

    def show_failure(self, message: str) -> None:
        """A refusal of other lane work (what it offers), under the fields too."""
        if not self._closed:
            announce(self.problem, message)

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected:
            self._closed = True
            self._draft_timer.stop()
            if self.DRAFT and not self._keep_draft:  # cancelled on purpose: nothing to keep
                ctx, name, case_id = self._ctx, self.DRAFT, self.case_id
                # The dialog is gone: a draft left over is offered again, nothing lost.
                self._operations.run(lambda: discard_draft(ctx, name, case_id),
                                     lambda _result: None, refusal_ignored)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        super().closeEvent(event)


def enum_combo(values: Sequence[StrEnum]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value.value)  # plain str: findData() compares it
    return combo


def person_combo(persons: Sequence[PersonView]) -> QComboBox:
    combo = QComboBox()
    for person in persons:
        # A str id: Qt cannot compare wrapped Python objects, so findData() would miss a UUID.
        combo.addItem(f"{person.first_name} {person.last_name}".strip(), str(person.person_id))
    return combo


class AddPersonDialog(StoreDialog):
    """A relative met in the field joins the constellation (``cases.add_person``)."""

    DRAFT = "dialog.add_person"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Add a person"), parent)
        self.role = self.row(self.tr("&Role"), enum_combo(list(PersonRole)), "role")
        self.first_name = self.row(self.tr("&First name"), QLineEdit(), "firstName",
                                   ("person", "first_name"))
        self.last_name = self.row(self.tr("&Last name"), QLineEdit(), "lastName",
                                  ("person", "last_name"))
        self.birth_known = self.row(self.tr("&Birth date known"), QCheckBox(), "birthKnown")
        self.birth_date = self.row(self.tr("Born &on"), QDateEdit(), "birthDate")
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat("dd/MM/yyyy")
        self.birth_date.setMaximumDate(QDate.currentDate())
        self.birth_date.setDate(QDate.currentDate().addYears(-10))
        self.birth_date.setEnabled(False)
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        self.notes = self.row(self.tr("&Notes"), QPlainTextEdit(), "notes",
                              ("person", "notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.confirm = self.row(self.tr("Not a &duplicate"), QCheckBox(
            self.tr("I checked: this is another person")), "confirmNew")
        self.confirm.hide()
        self.form.labelForField(self.confirm).hide()

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, case_id = self._ctx, self.case_id
        data = PersonInput(
            role=PersonRole(self.role.currentData()), first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=day_of(self.birth_date.date()) if self.birth_known.isChecked() else None,
            notes=self.notes.toPlainText().strip())
        confirmed = self.confirm.isVisible() and self.confirm.isChecked()
        return lambda: add_person(ctx, case_id, data, confirmed_new=confirmed)

    def show_problem(self, exc: CpiError) -> None:
        """A probable duplicate: say which, and let the agent confirm it is someone else."""
        super().show_problem(exc)
        if isinstance(exc, PossibleDuplicate):
            self.confirm.show()
            self.form.labelForField(self.confirm).show()


class LinkPersonsDialog(StoreDialog):
    """Record a tie and the legal roles it carries (``cases.link_persons``)."""

    DRAFT = "dialog.link_persons"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Link two persons"), parent)
        self.from_person = self.row(self.tr("&Person"), person_combo(persons), "fromPerson")
        self.kind = self.row(self.tr("&Relationship"), enum_combo(list(RelationshipKind)),
                             "kind")
        self.to_person = self.row(self.tr("&Other person"), person_combo(persons), "toPerson")
        if len(persons) > 1:
            self.to_person.setCurrentIndex(1)
        self.sentence = PlainLabel()  # the direction of a tie is easy to get backwards
        self.sentence.setObjectName("sentence")
        self.sentence.setWordWrap(True)
        self.form.addRow(self.sentence)
        for combo in (self.from_person, self.kind, self.to_person):
            combo.currentIndexChanged.connect(self._say)
        self._say()
        self.authority = self.row(self.tr("Parental &authority"), QCheckBox(
            self.tr("holds parental authority over this person")), "authority")
        self.representative = self.row(self.tr("Legal &representative"), QCheckBox(
            self.tr("is this person's legal representative")), "representative")

    def _say(self, *_args: object) -> None:
        self.sentence.setText(self.tr("{person} is {relationship} {other}.").format(
            person=self.from_person.currentText(), relationship=self.kind.currentText(),
            other=self.to_person.currentText()))
        self.sentence.setAccessibleName(self.sentence.text())

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, case_id = self._ctx, self.case_id
        source = uuid.UUID(self.from_person.currentData())
        target = uuid.UUID(self.to_person.currentData())
        kind = RelationshipKind(self.kind.currentData())
        authority, representative = self.authority.isChecked(), self.representative.isChecked()
        return lambda: link_persons(ctx, case_id, source, target, kind,
                                    holds_parental_authority=authority,
                                    is_legal_representative=representative)


class AddStakeholderDialog(StoreDialog):
    """Name a professional and the role agreed for them (``network.add_stakeholder``)."""

    DRAFT = "dialog.add_stakeholder"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Add a stakeholder"), parent)
        self.kind = self.row(self.tr("&Kind"), enum_combo(list(StakeholderKind)), "kind")
        self.name = self.row(self.tr("&Name"), QLineEdit(), "name", ("stakeholder", "name"))
        self.role = self.row(self.tr("Agreed &role"), QLineEdit(), "role", ("stakeholder", "role"))
        self.organisation = self.row(self.tr("&Organisation"), QLineEdit(), "organisation",
                                     ("stakeholder", "organisation"))
        self.contact = self.row(self.tr("&Contact"), QLineEdit(), "contact",
                                ("stakeholder", "contact"))
        self.contact.setPlaceholderText(self.tr("telephone or e-mail"))

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, case_id = self._ctx, self.case_id
        data = StakeholderInput(StakeholderKind(self.kind.currentData()), self.name.text(),
                                self.role.text(), self.organisation.text(),
                                self.contact.text())
        return lambda: add_stakeholder(ctx, case_id, data)


def day_of(value: QDate) -> date:
    """A date field's day as a ``date``."""
    return date(value.year(), value.month(), value.day())


def date_edit(initial: date | None = None, *, up_to_today: bool = True) -> QDateEdit:
    """A day in Luxembourg's format with a calendar; by default nothing after today (what a
    dialog records happened)."""
    editor = QDateEdit()
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("dd/MM/yyyy")
    if up_to_today:
        editor.setMaximumDate(QDate.currentDate())
    editor.setDate(QDate(initial.year, initial.month, initial.day) if initial
                   else QDate.currentDate())
    return editor


def text_area(height: int = 70) -> QPlainTextEdit:
    """A few lines of free text; Tab leaves the field, it never types a tab."""
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)
    area.setFixedHeight(height)
    return area
