"""Step 5, implementation: the measures of the plan in force start and end, with their days.

Starting and ending are what the providers' invoices and the art. 6 semester list rest on, so
each is a dated record; steps 5, 6 and 7 then run side by side.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from app.rules.workflow import allowed_targets
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.dossier.detail import DossierDetail
from app.services.steps.implementation import (
    ImplementationStep,
    MeasureEnd,
    MeasureStart,
    finish_implementation,
)
from ui.accessibility import fit_to_screen
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import QCheckBox, QLineEdit, QWidget, QWizardPage
from ui.text_limit import limit_line
from ui.wizards.draft_wizard import DraftWizard, as_date, chosen_step

STEP = 5


class ImplementationWizard(DraftWizard):
    WIZARD = "step5_implementation"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 5 · Implementation"))
        fit_to_screen(self, 760, 560)
        detail: DossierDetail | None = context
        self.measures = detail.measures if detail else ()
        self.addPage(self._measures_page())
        self.addPage(self.finish_page(self.tr("Then"), self.tr(
            "Finishing records the starts and ends ticked. Steps 5, 6 and 7 run side by side."),
            self.next_step_choice(STEP, allowed_targets(STEP))))

    def _measures_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Measures starting and ending"),
            self.tr("Tick a measure when it starts or ends, with the real day."))
        for measure in self.measures:
            key = f"measure.{measure.measure_id.hex}"
            title = f"{measure.code}) {measure.label} — {measure.beneficiary}"
            if measure.actual_end_on is not None:
                continue
            heading = PlainLabel(title)
            heading.setWordWrap(True)
            form.addRow(heading)
            if measure.actual_start_on is None:
                started = QCheckBox(self.tr("Started"))
                self.track(f"{key}.started", started, self.tr("Started: {measure}").format(
                    measure=title))
                form.addRow(started)  # the day has its own label (its buddy)
                form.addRow(self.tr("Started on"), self.date_field(f"{key}.started_on",
                                                                   self.tr("Started on")))
            else:
                ended = QCheckBox(self.tr("Ended"))
                self.track(f"{key}.ended", ended, self.tr("Ended: {measure}").format(
                    measure=title))
                form.addRow(ended)
                form.addRow(self.tr("Ended on"), self.date_field(f"{key}.ended_on",
                                                                 self.tr("Ended on")))
                reason = limit_line(QLineEdit(), "planned_measure", "end_reason")
                reason.setPlaceholderText(self.tr("Why it ends"))
                self.track(f"{key}.reason", reason, self.tr("Why it ends"))
                form.addRow(self.tr("Reason"), reason)
        if not any(m.actual_end_on is None for m in self.measures):
            form.addRow(PlainLabel(self.tr("No measure to start or end.")))
        return page

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        starts: list[MeasureStart] = []
        ends: list[MeasureEnd] = []
        for measure in self.measures:
            key = f"measure.{measure.measure_id.hex}"
            if values.get(f"{key}.started") and measure.actual_start_on is None:
                starts.append(MeasureStart(measure.measure_id,
                                           as_date(values[f"{key}.started_on"])))
            if values.get(f"{key}.ended") and measure.actual_end_on is None:
                ends.append(MeasureEnd(measure.measure_id, as_date(values[f"{key}.ended_on"]),
                                       values.get(f"{key}.reason") or ""))
        return partial(finish_implementation, self._ctx, self.dossier_id, ImplementationStep(
            tuple(starts), tuple(ends), chosen_step(values)))
