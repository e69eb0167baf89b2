"""The dossier's sync conflicts side by side (my version, their version, the starting one),
for the agent to pick one, or type the right text, and apply it.

Reading and resolving run on the store lane; after each resolution the list is read again
and ``resolved`` fires so that the dossier window reloads.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.services.base.context import ServiceContext
from app.services.dossier.conflicts import (
    Choice,
    ConflictView,
    ExplicitValue,
    open_conflicts,
    resolve_conflict,
)
from ui.accessibility import announce, fit_to_screen
from ui.caseload_model import short_date
from ui.field_labels import field_label
from ui.labels import label
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel, rich
from ui.qt import (
    QCloseEvent,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.unlock_dialog import ERROR_STYLE


class ConflictBox(QGroupBox):
    """One conflict: the three versions in columns, the choice and "Apply"."""

    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setTitle(self.tr("{record} — {field}").format(
            record=view.record.render(), field=field_label(view.entity, view.field)))
        grid = QGridLayout(self)
        when = view.edited_at.astimezone()
        who = self.tr("Edited on both sides; the other edit was sent by {who} on {date} at "
                      "{time}.").format(who=view.edited_by or self.tr("another user"),
                                        date=short_date(when.date()),
                                        time=f"{when.hour:02d}:{when.minute:02d}")
        grid.addWidget(PlainLabel(who), 0, 0, 1, 3)
        headings = (self.tr("My version"), self.tr("Their version"), self.tr("Starting version"))
        self.values: list[QLabel] = []
        for column, (heading, value) in enumerate(zip(headings, (view.mine, view.theirs,
                                                                 view.base), strict=True)):
            title = rich(PlainLabel(), "<b>{heading}</b>", heading=heading)
            shown = PlainLabel(self._shown(value))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(heading)
            self.values.append(shown)
            grid.addWidget(title, 1, column)
            grid.addWidget(shown, 2, column)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Value to keep"))
        self.choice.addItem(self.tr("Keep my version"), "mine")
        self.choice.addItem(self.tr("Keep their version"), "theirs")
        self.other = QLineEdit()
        self.other.setAccessibleName(self.tr("Another value"))
        self.other.setPlaceholderText(self.tr("Another value"))
        self.other.setVisible(False)
        if view.free_text:
            self.choice.addItem(self.tr("Type another value"), "other")
            self.other.setText(view.mine if isinstance(view.mine, str) else "")
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.apply = QPushButton(self.tr("Apply"))
        self.apply.setAccessibleName(self.tr("Apply"))
        keep = PlainLabel(self.tr("&Value to keep:"))
        keep.setBuddy(self.choice)
        grid.addWidget(keep, 3, 0)
        grid.addWidget(self.choice, 4, 0)
        grid.addWidget(self.other, 4, 1)
        grid.addWidget(self.apply, 4, 2)

    def chosen(self) -> Choice:
        data = self.choice.currentData()
        if data == "other":
            return ExplicitValue(self.other.text())
        return "theirs" if data == "theirs" else "mine"

    def _choice_changed(self, _index: int) -> None:
        self.other.setVisible(self.choice.currentData() == "other")

    def _shown(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, StrEnum):
            return label(value)
        if isinstance(value, datetime):
            moment = value.astimezone()
            return f"{short_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"
        if isinstance(value, date):
            return short_date(value)
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return str(value)


class ConflictsDialog(QDialog):
    """The open conflicts of one dossier; each applies on its own."""

    resolved = Signal()

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self.case_id = case_id
        self._closed = False
        self.boxes: list[ConflictBox] = []
        self.loads = 0
        title = self.tr("Sync conflicts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 900, 520)
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr("The same field was changed on this computer and elsewhere. "
                               "Nothing was overwritten: choose the value to keep."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.empty = PlainLabel(self.tr("No conflict left to resolve in this dossier."))
        self.empty.hide()
        layout.addWidget(self.empty)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        # Boxes keep their natural height at the top: one conflict is not stretched to fill.
        self._list_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        layout.addWidget(scroll)
        self.load()

    def load(self) -> None:
        ctx, case_id = self._ctx, self.case_id
        self._operations.run(lambda: open_conflicts(ctx, case_id), self._loaded, shown_in=self)

    def _loaded(self, views: list[ConflictView]) -> None:
        if self._closed:
            return
        for box in self.boxes:
            self._list_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for view in views:
            box = ConflictBox(view, self._list)
            box.apply.clicked.connect(lambda _checked=False, b=box: self._apply(b))
            self._list_layout.addWidget(box)
            self.boxes.append(box)
        self.empty.setVisible(not views)
        self.loads += 1

    def _apply(self, box: ConflictBox) -> None:
        self.problem.hide()
        ctx, conflict_id, choice = self._ctx, box.view.conflict_id, box.chosen()
        for each in self.boxes:
            each.apply.setEnabled(False)  # one resolution at a time
        self._operations.run(lambda: resolve_conflict(ctx, conflict_id, choice),
                             self._applied, shown_in=self, change=Change(self.case_id))

    def _applied(self, _result: object) -> None:
        if self._closed:
            return
        self.resolved.emit()
        self.load()

    def show_failure(self, message: str) -> None:
        if self._closed:
            return
        for box in self.boxes:
            box.apply.setEnabled(True)
        announce(self.problem, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
