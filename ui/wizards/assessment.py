"""Step 2, global assessment: each beneficiary's difficulties, resources, needs and own view,
and a SMART objective checked part by part as it is typed."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.domain import Horizon
from app.rules.smart import objective_unmet
from app.services.assessment import AssessmentInput, ObjectiveInput, assess_person, set_objective
from app.services.caseload import PersonView
from app.services.context import ServiceContext
from app.services.dossier_detail import DossierDetail
from app.services.workflow import move_case_to_step
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizardPage,
)
from ui.wizards.draft_wizard import DraftWizard, rule_label

PLANNING_STEP = 3


class AssessmentWizard(DraftWizard):
    WIZARD = "step2_assessment"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 2 · Global assessment"))
        fit_to_screen(self, 760, 600)
        detail: DossierDetail | None = context
        self.beneficiaries: tuple[PersonView, ...] = tuple(
            p for p in detail.summary.persons if p.role.is_beneficiary) if detail else ()
        beneficiaries = self.beneficiaries
        for person in beneficiaries:
            self.addPage(self._person_page(person))
        self.addPage(self._objective_page())
        self.addPage(self.finish_page(self.tr("On to planning"), self.tr(
            "Finishing saves the assessments and the objective and moves the dossier to step 3 "
            "when every condition holds; otherwise it lists what is missing.")))

    def _person_page(self, person: PersonView) -> QWizardPage:
        page, form = self.form_page(
            f"{person.first_name} {person.last_name} ({label(person.role)})",
            self.tr("Difficulties, resources and needs, and their own view in "
                    "their own words."))
        key = person.person_id.hex
        for name, title in (("difficulties", self.tr("Difficulties")),
                            ("resources", self.tr("Resources")), ("needs", self.tr("Needs")),
                            ("own_view", self.tr("Own view, in their words"))):
            editor = QPlainTextEdit()
            self.track(f"{key}.{name}", editor, title)
            form.addRow(title, editor)
        return page

    def _objective_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("A SMART objective"),
            self.tr("Specific, measurable, accepted, realistic and time-bound. "
                    "Leave the wording empty to add none this time."))
        self.wording = QLineEdit()
        self.indicator = QLineEdit()
        self.accepted_by = QLineEdit()
        self.realism = QLineEdit()
        for name, editor, title in (
                ("objective.wording", self.wording, self.tr("Objective")),
                ("objective.indicator", self.indicator, self.tr("Indicator")),
                ("objective.accepted_by", self.accepted_by, self.tr("Accepted by")),
                ("objective.realism", self.realism, self.tr("Why it is realistic"))):
            self.track(name, editor, title)
            editor.textChanged.connect(self._check_objective)
            form.addRow(title, editor)
        self.due_on = QDateEdit()
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("dd/MM/yyyy")
        self.due_on.setDate(QDate.currentDate().addMonths(6))
        self.due_on.dateChanged.connect(self._check_objective)
        self.track("objective.due_on", self.due_on, self.tr("Due on"))
        form.addRow(self.tr("Due on"), self.due_on)
        self.horizon = QComboBox()
        for horizon in Horizon:
            self.horizon.addItem(label(horizon), horizon.value)
        self.track("objective.horizon", self.horizon, self.tr("Horizon"))
        form.addRow(self.tr("Horizon"), self.horizon)
        self.smart_check = rule_label("smartCheck", self.wording)
        form.addRow("", self.smart_check)
        return page

    def _objective(self) -> ObjectiveInput:
        qdate = self.due_on.date()
        return ObjectiveInput(self.wording.text(), self.indicator.text(),
                              self.accepted_by.text(), self.realism.text(),
                              date(qdate.year(), qdate.month(), qdate.day()),
                              Horizon(self.horizon.currentData()))

    def _check_objective(self, *_args: object) -> None:
        """The SMART rule, part by part, as the agent types (pure code: no store access)."""
        objective = self._objective()
        if not objective.wording.strip():
            self.smart_check.clear()
            return
        unmet = objective_unmet(wording=objective.wording, indicator=objective.indicator,
                                accepted_by=objective.accepted_by, realism=objective.realism,
                                due_on=objective.due_on, today=date.today())
        self.smart_check.setText("\n".join(u.text.render() for u in unmet))


    def prefill(self, context: Any) -> None:
        detail: DossierDetail = context
        for assessment in detail.assessments:
            key = assessment.person_id.hex
            for name in ("difficulties", "resources", "needs", "own_view"):
                widget = self._fields.get(f"{key}.{name}")
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(getattr(assessment, name))

    def finish_work(self, values: dict[str, Any]) -> None:
        ctx, case_id = self._ctx, self.dossier_id
        for person in self.beneficiaries:
            key = person.person_id.hex
            assess_person(ctx, case_id, person.person_id, AssessmentInput(
                values[f"{key}.difficulties"], values[f"{key}.resources"],
                values[f"{key}.needs"], values[f"{key}.own_view"]))
        if values["objective.wording"].strip():
            objective = ObjectiveInput(
                values["objective.wording"], values["objective.indicator"],
                values["objective.accepted_by"], values["objective.realism"],
                date.fromisoformat(values["objective.due_on"]),
                Horizon(values["objective.horizon"]), None)
            self.record_once("objective", lambda: set_objective(ctx, case_id, objective))
        move_case_to_step(ctx, case_id, PLANNING_STEP)
