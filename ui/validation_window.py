"""The ONE validator's desk: the frozen plans awaiting validation, each previewed as printed,
then validated or returned to the agent with a comment. The outcome syncs like any edit.

Store work runs on the store lane; the window holds names, so its owner closes it at the lock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from app.documents.plan import render_plan
from app.services.base.context import ServiceContext
from app.services.plan.validation import AwaitingValidation, plans_awaiting_validation
from app.services.plan.versions import return_plan, validate_plan
from ui.accessibility import announce, fit_to_screen, keep_tab_moving
from ui.caseload_model import short_date
from ui.documents.preview import DocumentPreview
from ui.family_map.dialogs import StoreDialog
from ui.labels import label
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel, plain_tooltip
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE


class ReturnDialog(StoreDialog):
    """The comment that goes back to the agent with the returned version; kept as a draft
    like every dialog, so the auto-lock does not lose a long comment."""

    DRAFT = "dialog.return_plan"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 plan: AwaitingValidation, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, plan.case_id, self.tr(
            "Return the plan of dossier {number}").format(number=plan.case_number), parent)
        self._version_id = plan.version_id
        explanation = PlainLabel(self.tr("Why is the plan returned? The agent reads this to "
                                     "prepare the next version."))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.comment = self.row(self.tr("Comment for the agent"), QPlainTextEdit(), "comment",
                                ("plan_version", "return_comment"))
        self.comment.setTabChangesFocus(True)
        self.ok.setText(self.tr("Return"))
        self.ok.setAccessibleName(self.ok.text())
        self.ok.setEnabled(False)  # the agent needs the reason: no empty return
        self.comment.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.comment.toPlainText().strip())))

    def work(self) -> Callable[[], object]:
        ctx, version_id, comment = self._ctx, self._version_id, self.comment.toPlainText()
        return lambda: return_plan(ctx, version_id, comment)


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
        self.message = PlainLabel()
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
                             shown_in=self)

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
                item.setToolTip(plain_tooltip(text))
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
                      version=plan.number, number=plan.case_number), plan.case_id)

    def _ask_comment(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        dialog = ReturnDialog(self._operations, self._ctx, plan, self)
        dialog.saved.connect(lambda _result: self._done(self.tr(
            "Version {version} of dossier {number} is returned to the agent.").format(
                version=plan.number, number=plan.case_number)))
        self.return_dialog = dialog
        dialog.open()

    def _run(self, work: Callable[[], object], done_text: str, case_id: uuid.UUID) -> None:
        self.message.hide()
        for button in (self.validate_button, self.return_button):
            button.setEnabled(False)
        self._operations.run(work, lambda _result: self._done(done_text), shown_in=self,
                             change=Change(case_id))

    def _done(self, text: str) -> None:
        if self._closed:
            return
        self._show(text, error=False)
        self.load()

    def show_failure(self, message: str) -> None:
        """A refusal of the lane's work, in the window's message line."""
        if self._closed:
            return
        self._show(message, error=True)
        self._selection_changed()

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        announce(self.message, text, self.table)

    def version_ids(self) -> list[uuid.UUID]:
        return [plan.version_id for plan in self.plans]

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock closes the window: the preview goes with it, the comment typed is kept as
        a draft for the next opening of the return."""
        self._closed = True
        if self.return_dialog is not None and is_alive(self.return_dialog):
            self.return_dialog.close_keeping_draft()  # the comment typed waits for the unlock
        if self.preview is not None and is_alive(self.preview):  # it deletes itself on close
            self.preview.close()
        super().closeEvent(event)
