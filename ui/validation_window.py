"""The ONE validator's desk: the frozen plans awaiting validation, each previewed as printed,
then validated or returned to the agent with a comment. The outcome syncs like any edit.

Store work runs on the store lane; the window holds names, so its owner closes it at the lock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from app.documents.plan import render_plan
from app.errors import CpiError
from app.services.context import ServiceContext
from app.services.plans import return_plan, validate_plan
from app.services.validation_queue import AwaitingValidation, plans_awaiting_validation
from ui.accessibility import announce, fit_to_screen, keep_tab_moving
from ui.caseload_model import short_date
from ui.documents.preview import DocumentPreview
from ui.labels import label
from ui.operations import StoreOperations
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE


class ReturnDialog(QDialog):
    """The comment that goes back to the agent with the returned version."""

    comment_given = Signal(str)

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Return the plan of dossier {number}").format(number=number)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Why is the plan returned? The agent reads this to "
                                "prepare the next version."))
        layout.addWidget(prompt)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the agent"))
        prompt.setBuddy(self.comment)
        keep_tab_moving(self.comment)
        layout.addWidget(self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Return"))
        self.ok.setEnabled(False)  # the agent needs the reason: no empty return
        self.comment.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.comment.toPlainText().strip())))
        buttons.accepted.connect(self._give)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _give(self) -> None:
        self.comment_given.emit(self.comment.toPlainText())
        self.accept()


class ValidationWindow(QWidget):
    """Plans awaiting validation, oldest first."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext) -> None:
        super().__init__()
        self._operations = operations
        self._ctx = ctx
        self._closed = False
        self.plans: list[AwaitingValidation] = []
        self.loads = 0
        self.return_dialog: ReturnDialog | None = None
        self.preview: DocumentPreview | None = None
        self.setObjectName("validationWindow")
        self.setWindowTitle(self.tr("Plans awaiting validation"))
        fit_to_screen(self, 900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Dossier"), self.tr("Office"), self.tr("Version"), self.tr("Printed on"),
            self.tr("Signatures")])
        self.table.setAccessibleName(self.tr("Plans awaiting validation"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        keep_tab_moving(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setObjectName("validationMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview the plan…"))
        self.validate_button = QPushButton(self.tr("Validate"))
        self.return_button = QPushButton(self.tr("Return with a comment…"))
        self.preview_button.clicked.connect(self._preview)
        self.validate_button.clicked.connect(self._validate)
        self.return_button.clicked.connect(self._ask_comment)
        row.addStretch(1)
        for button in (self.preview_button, self.validate_button, self.return_button):
            button.setAccessibleName(button.text().rstrip("…"))
            row.addWidget(button)
        layout.addLayout(row)
        self._selection_changed()
        self.load()

    def load(self) -> None:
        ctx = self._ctx
        self._operations.run(lambda: plans_awaiting_validation(ctx), self._loaded,
                             self._failed)

    def selected(self) -> AwaitingValidation | None:
        rows = self.table.selectionModel().selectedRows()
        return self.plans[rows[0].row()] if rows else None

    def _loaded(self, plans: list[AwaitingValidation]) -> None:
        if self._closed:
            return
        self.plans = plans
        self.table.setRowCount(len(plans))
        for r, plan in enumerate(plans):
            signed = sum(1 for s in plan.signatures if s.signed_on is not None)
            missing = ", ".join(s.name for s in plan.signatures if s.signed_on is None)
            signatures = self.tr("{signed} of {total} signed").format(
                signed=signed, total=len(plan.signatures))
            if missing:
                signatures += " — " + self.tr("still to sign: {names}").format(names=missing)
            cells = (plan.case_number, plan.office, f"{plan.number} ({label(plan.state)})",
                     short_date(plan.frozen_on) if plan.frozen_on else "", signatures)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if plans:
            self.table.selectRow(0)
        self._selection_changed()
        self.loads += 1

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.preview_button, self.validate_button, self.return_button):
            button.setEnabled(chosen)

    def _preview(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        ctx, version_id = self._ctx, plan.version_id
        stem = f"projet-{plan.case_number}-v{plan.number}"
        self.preview = DocumentPreview(
            self._operations, lambda language: render_plan(ctx, version_id, language), stem,
            f"{stem}.pdf", self)
        self.preview.show()

    def _validate(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        ctx, version_id = self._ctx, plan.version_id
        self._run(lambda: validate_plan(ctx, version_id, date.today()),
                  self.tr("Version {version} of dossier {number} is validated.").format(
                      version=plan.number, number=plan.case_number))

    def _ask_comment(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        dialog = ReturnDialog(plan.case_number, self)
        dialog.comment_given.connect(lambda comment: self._return(plan, comment))
        self.return_dialog = dialog
        dialog.open()

    def _return(self, plan: AwaitingValidation, comment: str) -> None:
        ctx, version_id = self._ctx, plan.version_id
        self._run(lambda: return_plan(ctx, version_id, comment),
                  self.tr("Version {version} of dossier {number} is returned to the agent.")
                  .format(version=plan.number, number=plan.case_number))

    def _run(self, work: Callable[[], object], done_text: str) -> None:
        self.message.hide()
        for button in (self.validate_button, self.return_button):
            button.setEnabled(False)
        self._operations.run(work, lambda _result: self._done(done_text), self._failed)

    def _done(self, text: str) -> None:
        if self._closed:
            return
        self._show(text, error=False)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, CpiError):
            raise exc
        self._show(exc.message(), error=True)
        self._selection_changed()

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        announce(self.message, text, self.table)

    def version_ids(self) -> list[uuid.UUID]:
        return [plan.version_id for plan in self.plans]

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock closes the window: the comment typed and the preview go with it."""
        self._closed = True
        for dialog in (self.return_dialog, self.preview):
            if dialog is not None and is_alive(dialog):  # a preview deletes itself on close
                dialog.close()
        super().closeEvent(event)
