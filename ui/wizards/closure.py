"""Step 8, closure: the CPI withdraws from the family's situation with a reason and a final
evaluation. Possible from every step (aid is voluntary); the dossier is then read-only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from app.domain import ClosureReason
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.dossier.closure import ClosureInput, close_case
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.qt import QComboBox, QPlainTextEdit, QWidget, QWizardPage
from ui.text_limit import add_counter
from ui.wizards.draft_wizard import DraftWizard, as_date, rule_label


class ClosureWizard(DraftWizard):
    WIZARD = "step8_closure"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 8 · Closure"))
        fit_to_screen(self, 720, 520)
        self.addPage(self._closure_page())
        self.addPage(self.finish_page(self.tr("Closing the dossier"), self.tr(
            "Running measures end on the closing day and the plan in force ends. The dossier "
            "becomes read-only; reopening it needs a reason.")))

    def _closure_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Closure"),
            self.tr("Why the aid ends, and what it achieved."))
        form.addRow(self.tr("Closed on"), self.date_field("closed_on", self.tr("Closed on")))
        reason = QComboBox()
        for member in ClosureReason:
            reason.addItem(label(member), member.value)
        self.track("reason", reason, self.tr("Reason"))
        form.addRow(self.tr("Reason"), reason)
        self.final_evaluation = QPlainTextEdit()
        self.track("final_evaluation", self.final_evaluation, self.tr("Final evaluation"))
        form.addRow(self.tr("Final evaluation"), self.final_evaluation)
        add_counter(form, self.final_evaluation, "case_closure", "final_evaluation")
        self.check = rule_label("closureCheck", self.final_evaluation)
        form.addRow("", self.check)
        self.final_evaluation.textChanged.connect(self._check)
        self._check()
        return page

    def _check(self) -> None:
        self.check.setText("" if self.final_evaluation.toPlainText().strip() else self.tr(
            "Write the final evaluation before closing the dossier."))

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        return partial(close_case, self._ctx, self.dossier_id, ClosureInput(
            as_date(values["closed_on"]), ClosureReason(values["reason"]),
            values["final_evaluation"]))
