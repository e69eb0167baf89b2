"""A QWizard whose fields are saved as a draft while the agent types, and resumed on reopening.

A home visit gets interrupted: closing the window, a crash or the auto-lock must lose nothing.
Every tracked field change restarts a short timer; when it fires, the page and all fields go to
``app.services.base.drafts`` on the store lane. Finishing gathers the fields into the step's input
and calls its one service function (one transaction, which also moves the dossier when the
rules allow); a refusal shows every rule the agent still has to satisfy with its article, and
the draft is forgotten only on success.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from app.domain.steps import step_title
from app.errors import CpiError
from app.services.base.context import ServiceContext, finishing_draft
from app.services.base.drafts import Draft, load_draft, save_draft
from app.services.base.outcomes import StepOutcome
from app.services.dossier.detail import load_dossier_detail
from ui.accessibility import announce, keep_tab_moving, say
from ui.field_values import Field, changed_signal_of, field_value, set_field_value
from ui.operations import StoreOperations, refusal_ignored
from ui.plain import PlainLabel, caption
from ui.qt import (
    QCloseEvent,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

SAVE_DELAY_MS = 400


class DraftWizard(QWizard):
    """Subclasses build their pages, ``track`` their fields and implement ``finish_work``."""

    WIZARD = "draft"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain = type(self.titleFormat()).PlainText  # page titles name children: as typed
        self.setTitleFormat(plain)
        self.setSubTitleFormat(plain)
        self._operations = operations
        self._ctx = ctx
        self.case_id = case_id
        #: Where the draft is kept: the dossier, or an intake's own id (``launch`` sets it).
        self.draft_key: uuid.UUID | None = case_id
        self._fields: dict[str, Field] = {}
        self._restoring = False
        #: Closed before it was ever shown (a lock while it was being built): never shown.
        self.closed_before_shown = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.currentIdChanged.connect(self._changed)
        self.problems = PlainLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        # Focus comes here after a failed finish: the agent reads it, then Enter never
        # lands on Cancel (which is never the default button either).
        self.problems.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                              | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        cancel = self.button(QWizard.WizardButton.CancelButton)
        if isinstance(cancel, QPushButton):
            cancel.setAutoDefault(False)
        self.saved_count = 0
        #: What finishing did (``finish_work``'s outcome), read by the main window.
        self.step_outcome: StepOutcome | None = None

    def track(self, name: str, widget: Field, label: str) -> Field:
        """Save ``widget``'s value under ``name`` whenever it changes."""
        self._fields[name] = widget
        changed_signal_of(widget).connect(self._changed)
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        keep_tab_moving(widget)
        return widget

    def values(self) -> dict[str, Any]:
        return {name: field_value(widget) for name, widget in self._fields.items()}

    def _changed(self, *_args: object) -> None:
        # Only what the agent changes on screen: building, prefilling and QWizard's own reset
        # when it closes are not typing (and a closed wizard may be deleted before a save).
        if not self._restoring and self.isVisible():
            self._save_timer.start()

    def save_now(self) -> None:
        """Send the current page and fields to the store lane (also done on close)."""
        self._save_timer.stop()
        ctx, key, page, fields = self._ctx, self.draft_key, self.currentId(), self.values()
        wizard = self.WIZARD
        self._operations.run(lambda: save_draft(ctx, wizard, key, page, fields),
                             self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        if is_alive(self):
            self.saved_count += 1

    def resume(self, draft: Draft | None) -> None:
        """Put back what an earlier session typed, on the page where it stopped."""
        if draft is None:
            return
        self._restoring = True
        try:
            for name, value in draft.fields.items():
                if name in self._fields:
                    set_field_value(self._fields[name], value)
            while self.currentId() < draft.page:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._restoring = False

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID | None) -> Any:
        """On the store lane: what the wizard starts from (by default the whole dossier)."""
        return load_dossier_detail(ctx, case_id, overview=False) if case_id is not None else None

    def prefill(self, context: Any) -> None:
        """Put what the dossier already holds in the fields (a draft comes on top)."""

    @classmethod
    def launch(cls, operations: StoreOperations, ctx: ServiceContext,
               case_id: uuid.UUID | None, shown: Callable[[DraftWizard], None], *,
               draft_key: uuid.UUID | None = None) -> None:
        """Load the context and the draft off the GUI thread, then build, prefill, resume
        and show the wizard. ``draft_key``: the draft to resume or start when it is not the
        dossier's own (an intake)."""
        key = draft_key or case_id

        def load() -> tuple[Any, Draft | None]:
            return cls.load_context(ctx, case_id), load_draft(ctx, cls.WIZARD, key)

        def build(loaded: tuple[Any, Draft | None]) -> None:
            context, draft = loaded
            wizard = cls(operations, ctx, case_id, context)
            wizard.draft_key = key
            # Filled, then shown, each in a turn of the event loop of its own: building a
            # step's pages, filling them and the first paint were one pause of 20-30 ms of the
            # GUI thread.
            QTimer.singleShot(0, lambda: fill(wizard, context, draft))

        def fill(wizard: DraftWizard, context: Any, draft: Draft | None) -> None:
            if not is_alive(wizard):
                return
            wizard._restoring = True
            try:
                wizard.restart()
                wizard.prefill(context)
            finally:
                wizard._restoring = False
            wizard.resume(draft)
            QTimer.singleShot(0, lambda: show(wizard))

        def show(wizard: DraftWizard) -> None:
            if not is_alive(wizard):
                return
            shown(wizard)  # may close it at once: the store was locked meanwhile
            if not wizard.closed_before_shown:
                wizard.show()

        operations.run(load, build, refusal_ignored)  # locked meanwhile: no wizard to show

    def form_page(self, title: str, subtitle: str = "") -> tuple[QWizardPage, QFormLayout]:
        """A page of labelled fields (each label is its field's buddy for screen readers)."""
        page = QWizardPage()
        page.setTitle(title)
        if subtitle:
            page.setSubTitle(subtitle)
        return page, QFormLayout(scrolled(page))

    def finish_page(self, title: str, explanation: str, *extra: QWidget) -> QWizardPage:
        """The last page: what finishing does, ``extra`` choices, then every rule unmet."""
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(scrolled(page))
        text = PlainLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        for widget in extra:
            if isinstance(widget, QComboBox | QLineEdit | QDateEdit) and widget.accessibleName():
                row = QFormLayout()  # a visible label: a combo box is heard by its label
                row.addRow(caption(widget.accessibleName(), widget), widget)
                layout.addLayout(row)
            else:
                layout.addWidget(widget)
        layout.addWidget(self.problems)
        layout.addStretch(1)  # top-aligned in its scroll area
        return page

    @property
    def dossier_id(self) -> uuid.UUID:
        """The dossier of a step wizard (only opening a dossier has none yet)."""
        assert self.case_id is not None
        return self.case_id

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isVisible():
            self.closed_before_shown = True
        if self._save_timer.isActive():
            self.save_now()
        super().closeEvent(event)
        self._save_timer.stop()

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        """On the GUI thread: build the step's frozen input from ``values`` and return the
        call of its one service function (one transaction), which runs on the store lane. A
        CpiError keeps the wizard open and records nothing; the outcome is kept in
        ``step_outcome`` for the main window."""
        raise NotImplementedError

    def accept(self) -> None:
        ctx, key, wizard = self._ctx, self.draft_key, self.WIZARD
        self._save_timer.stop()
        finish = self.finish_work(self.values())

        def work() -> StepOutcome:
            with finishing_draft(ctx, wizard, key):  # the records and the draft's end: one
                return finish()

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._operations.run(work, self._finished, self._failed)

    def _finished(self, outcome: StepOutcome) -> None:
        if not is_alive(self):
            return
        self.step_outcome = outcome
        self.problems.hide()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CpiError):
            raise exc
        if not is_alive(self):
            return  # closed meanwhile: its draft stays as last saved
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        announce(self.problems, exc.message(), self.button(QWizard.WizardButton.FinishButton))
        self.problems.setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.problems.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self.problems)

    def date_field(self, name: str, label: str, initial: QDate | None = None) -> QDateEdit:
        """A tracked date in Luxembourg's format (day/month/year), with a calendar."""
        editor = QDateEdit()
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd/MM/yyyy")
        editor.setDate(initial or QDate.currentDate())
        self.track(name, editor, label)
        return editor

    def next_step_choice(self, current_step: int, targets: Iterable[int],
                         default: int | None = None) -> QComboBox:
        """Where the dossier goes once the wizard is finished (tracked as ``next_step``)."""
        choice = QComboBox()
        choice.addItem(self.tr("Stay at step {step}").format(step=current_step), 0)
        for target in sorted(targets):
            choice.addItem(self.tr("Go to step {step} · {title}").format(
                step=target, title=step_title(target).render()), target)
        if default is not None and choice.findData(default) >= 0:
            choice.setCurrentIndex(choice.findData(default))
        self.track("next_step", choice, self.tr("Then"))
        return choice


def scrolled(page: QWizardPage) -> QWidget:
    """The widget to lay ``page``'s fields on: inside a scroll area, so that a long page
    scrolls rather than pushing Next below a small screen (1366x768 at 150 %)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    area.setWidget(body)
    outer.addWidget(area)
    return body


class RuleLabel(PlainLabel):
    """Where a page shows, as the agent types, the rules its fields do not meet yet; it takes
    no room while there is nothing to say. A new text is announced to screen readers, and the
    fields it is about carry it as their description."""

    fields: tuple[QWidget, ...] = ()

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        self.setVisible(bool(text))
        if changed:
            say(self, *self.fields)

    def clear(self) -> None:
        self.setText("")


def rule_label(name: str, *fields: QWidget) -> QLabel:
    text = RuleLabel()
    text.fields = fields
    text.setObjectName(name)
    text.setWordWrap(True)
    text.setStyleSheet(ERROR_STYLE)
    text.hide()
    return text


def as_date(value: str) -> date:
    """A tracked date field's value (ISO text, as drafts keep it)."""
    return date.fromisoformat(value)


def chosen_step(values: dict[str, Any]) -> int | None:
    """The step chosen on the finish page (``next_step_choice``); None: stay."""
    return int(values.get("next_step") or 0) or None


def outcome_notice(outcome: StepOutcome | None) -> str:
    """What the agent reads once a step is finished: nothing when the dossier moved as chosen
    (or stayed by choice), else every rule that keeps it at its step."""
    if outcome is None or not outcome.stays_because:
        return ""
    return QCoreApplication.translate(
        "DraftWizard", "Saved. The dossier stays at its step for now:") + "\n" + "\n".join(
            u.text.render() for u in outcome.stays_because)
