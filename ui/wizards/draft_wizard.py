"""A QWizard whose fields are saved as a draft while the agent types, and resumed on reopening.

A home visit gets interrupted: closing the window, a crash or the auto-lock must lose nothing.
Every tracked field change restarts a short timer; when it fires, the page and all fields go to
``app.services.drafts`` on the store lane. Finishing runs the step's services, shows every rule
the agent still has to satisfy with its article, and forgets the draft only on success.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from app.errors import CpiError
from app.services.context import ServiceContext
from app.services.drafts import Draft, discard_draft, load_draft, save_draft
from ui.operations import StoreOperations
from ui.qt import (
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QDate,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from ui.unlock_dialog import ERROR_STYLE

SAVE_DELAY_MS = 400
Field = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateEdit


class DraftWizard(QWizard):
    """Subclasses build their pages, ``track`` their fields and implement ``finish_work``."""

    WIZARD = "draft"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self.case_id = case_id
        self._fields: dict[str, Field] = {}
        self._restoring = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.currentIdChanged.connect(self._changed)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        self.saved_count = 0

    def track(self, name: str, widget: Field, label: str) -> Field:
        """Save ``widget``'s value under ``name`` whenever it changes."""
        self._fields[name] = widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
        else:
            widget.dateChanged.connect(self._changed)
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        return widget

    def values(self) -> dict[str, Any]:
        return {name: _value(widget) for name, widget in self._fields.items()}

    def _changed(self, *_args: object) -> None:
        if not self._restoring:
            self._save_timer.start()

    def save_now(self) -> None:
        """Send the current page and fields to the store lane (also done on close)."""
        self._save_timer.stop()
        ctx, case_id, page, fields = self._ctx, self.case_id, self.currentId(), self.values()
        wizard = self.WIZARD
        self._operations.run(lambda: save_draft(ctx, wizard, case_id, page, fields),
                             self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.saved_count += 1

    def resume(self, draft: Draft | None) -> None:
        """Put back what an earlier session typed, on the page where it stopped."""
        if draft is None:
            return
        self._restoring = True
        try:
            for name, value in draft.fields.items():
                if name in self._fields:
                    _set_value(self._fields[name], value)
            while self.currentId() < draft.page:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._restoring = False

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID) -> Any:
        """On the store lane: what the wizard starts from (the dossier, earlier data)."""
        return None

    def prefill(self, context: Any) -> None:
        """Put what the dossier already holds in the fields (a draft comes on top)."""

    @classmethod
    def launch(cls, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
               shown: Callable[[DraftWizard], None]) -> None:
        """Load the context and the draft off the GUI thread, then build, prefill, resume
        and show the wizard."""
        def load() -> tuple[Any, Draft | None]:
            return cls.load_context(ctx, case_id), load_draft(ctx, cls.WIZARD, case_id)

        def build(loaded: tuple[Any, Draft | None]) -> None:
            context, draft = loaded
            wizard = cls(operations, ctx, case_id, context)
            wizard.restart()
            wizard._restoring = True
            try:
                wizard.prefill(context)
            finally:
                wizard._restoring = False
            wizard.resume(draft)
            wizard.show()
            shown(wizard)

        operations.run(load, build, lambda exc: None)

    def finish_page(self, title: str, explanation: str) -> QWizardPage:
        """The last page: what finishing does, then every rule still unmet."""
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.problems)
        return page

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_timer.isActive():
            self.save_now()
        super().closeEvent(event)

    def finish_work(self, values: dict[str, Any]) -> None:
        """On the store lane: the step's services. A CpiError keeps the wizard open."""
        raise NotImplementedError

    def accept(self) -> None:
        ctx, case_id, values, wizard = self._ctx, self.case_id, self.values(), self.WIZARD
        self._save_timer.stop()

        def work() -> None:
            self.finish_work(values)
            discard_draft(ctx, wizard, case_id)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._operations.run(work, self._finished, self._failed)

    def _finished(self, _result: object) -> None:
        self.problems.hide()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, CpiError):
            raise exc
        self.problems.setText(exc.message())
        self.problems.show()


def _value(widget: Field) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.date().toString("yyyy-MM-dd")


def _set_value(widget: Field, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
