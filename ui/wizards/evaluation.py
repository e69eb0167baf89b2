"""Step 7, evaluation: how far each objective moved, how useful and how efficient each measure
was, proposals, and the conclusion that says where the dossier goes next.

"Re-plan the measures" sends it back to step 3 and "rewrite the plan" to step 4, where the
wizards start from the current plan's content; "close" opens the closure.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from app.domain import EvaluationOutcome, ObjectiveStatus
from app.rules.evaluation import evaluation_unmet
from app.rules.workflow import FOLLOW_UP_STEPS
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.dossier.detail import DossierDetail
from app.services.steps.evaluation import (
    AppraisalInput,
    EvaluationInput,
    EvaluationStep,
    ProgressInput,
    finish_evaluation,
)
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.text_limit import add_counter, limit_line
from ui.wizards.draft_wizard import DraftWizard, as_date, chosen_step, rule_label

STEP = 7


class EvaluationWizard(DraftWizard):
    WIZARD = "step7_evaluation"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 7 · Evaluation"))
        fit_to_screen(self, 820, 640)
        detail: DossierDetail | None = context
        self.objectives = tuple(o for o in (detail.objectives if detail else ())
                                if o.status is ObjectiveStatus.ACTIVE)
        self.measures = tuple(m for m in (detail.measures if detail else ())
                              if m.actual_start_on is not None)
        self.addPage(self._ratings_page())
        self.addPage(self._conclusion_page())
        self.addPage(self.finish_page(self.tr("Recording the evaluation"), self.tr(
            "Finishing records the evaluation and moves the dossier as concluded: back to "
            "step 3 or 4 to change the plan, or to the step chosen when the aid goes on.")))

    def _rating(self, name: str, title: str, scale: dict[int, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("not rated"), -1)
        for value, text in scale.items():
            combo.addItem(f"{value} · {text}", value)
        self.track(name, combo, title)
        return combo

    def _ratings_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Progress and measures"))
        page.setSubTitle(self.tr("Rate at least one objective; comments are in your words."))
        outer = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        form.addRow(self.tr("Evaluated on"), self.date_field("evaluated_on",
                                                              self.tr("Evaluated on")))
        progress = {0: self.tr("no change"), 1: self.tr("a little"), 2: self.tr("halfway"),
                    3: self.tr("nearly"), 4: self.tr("reached")}
        appraisal = {1: self.tr("poor"), 2: self.tr("fair"), 3: self.tr("good"),
                     4: self.tr("very good")}
        for objective in self.objectives:
            key = f"objective.{objective.objective_id.hex}"
            group = QGroupBox(objective.wording)
            box = QFormLayout(group)
            box.addRow(self.tr("Progress"), self._rating(f"{key}.progress",
                                                         self.tr("Progress"), progress))
            comment = limit_line(QLineEdit(), "objective_progress", "comment")
            self.track(f"{key}.comment", comment, self.tr("Comment"))
            box.addRow(self.tr("Comment"), comment)
            form.addRow(group)
        for measure in self.measures:
            key = f"measure.{measure.measure_id.hex}"
            group = QGroupBox(f"{measure.code}) {measure.label} — {measure.beneficiary}")
            box = QFormLayout(group)
            box.addRow(self.tr("Efficacy"), self._rating(f"{key}.efficacy",
                                                         self.tr("Efficacy"), appraisal))
            box.addRow(self.tr("Efficiency"), self._rating(f"{key}.efficiency",
                                                           self.tr("Efficiency"), appraisal))
            comment = limit_line(QLineEdit(), "measure_appraisal", "comment")
            self.track(f"{key}.comment", comment, self.tr("Comment"))
            box.addRow(self.tr("Comment"), comment)
            form.addRow(group)
        if not self.objectives:
            form.addRow(PlainLabel(self.tr("No active objective: set one at step 2.")))
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        return page

    def _conclusion_page(self) -> QWizardPage:
        page, form = self.form_page(self.tr("Conclusion"))
        proposals = QPlainTextEdit()
        self.track("proposals", proposals, self.tr("Proposals"))
        form.addRow(self.tr("Proposals"), proposals)
        add_counter(form, proposals, "evaluation", "proposals")
        self.conclusion = QComboBox()
        for outcome in EvaluationOutcome:
            self.conclusion.addItem(label(outcome), outcome.value)
        self.track("outcome", self.conclusion, self.tr("Conclusion"))
        form.addRow(self.tr("Conclusion"), self.conclusion)
        self.then = self.next_step_choice(STEP, FOLLOW_UP_STEPS - {STEP})
        form.addRow(self.tr("When the aid goes on"), self.then)
        self.conclusion.currentIndexChanged.connect(
            lambda _i: self.then.setEnabled(
                self.conclusion.currentData() == EvaluationOutcome.CONTINUE.value))
        self.rules = rule_label("evaluationRules")
        form.addRow("", self.rules)
        for widget in self._fields.values():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._check)
        proposals.textChanged.connect(self._check)
        self._check()
        return page

    def _check(self, *_args: object) -> None:
        """The step 7 rule on what is filled in, as the agent goes."""
        values = self.values()
        unmet = evaluation_unmet(
            (p.progress for p in self._progress(values)),
            ((a.efficacy, a.efficiency) for a in self._appraisals(values)),
            values["outcome"] == EvaluationOutcome.CONTINUE.value, values["proposals"])
        self.rules.setText("\n".join(u.text.render() for u in unmet))

    def _progress(self, values: dict[str, Any]) -> tuple[ProgressInput, ...]:
        return tuple(
            ProgressInput(o.objective_id, int(values[f"objective.{o.objective_id.hex}.progress"]),
                          values[f"objective.{o.objective_id.hex}.comment"])
            for o in self.objectives
            if int(values[f"objective.{o.objective_id.hex}.progress"]) >= 0)

    def _appraisals(self, values: dict[str, Any]) -> tuple[AppraisalInput, ...]:
        return tuple(
            AppraisalInput(m.measure_id, int(values[f"measure.{m.measure_id.hex}.efficacy"]),
                           int(values[f"measure.{m.measure_id.hex}.efficiency"]),
                           values[f"measure.{m.measure_id.hex}.comment"])
            for m in self.measures
            if int(values[f"measure.{m.measure_id.hex}.efficacy"]) >= 0
            and int(values[f"measure.{m.measure_id.hex}.efficiency"]) >= 0)

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        return partial(finish_evaluation, self._ctx, self.dossier_id, EvaluationStep(
            EvaluationInput(as_date(values["evaluated_on"]), EvaluationOutcome(values["outcome"]),
                            self._progress(values), self._appraisals(values),
                            values["proposals"]),
            chosen_step(values)))
