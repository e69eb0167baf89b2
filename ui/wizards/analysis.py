"""Step 1, situation analysis: the working frame, voluntary or court-ordered aid, pending court
proceedings and the judicial authority's request (art. 5), then on to the global assessment."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from app.domain import AidFrame
from app.rules.judicial import judicial_request_unmet
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.caseload.listing import DossierView, get_dossier
from app.services.steps.analysis import AnalysisStep, JudicialRequestInput, finish_analysis
from ui.accessibility import fit_to_screen
from ui.operations import StoreOperations
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizardPage,
)
from ui.text_limit import add_counter, limit_line
from ui.wizards.draft_wizard import DraftWizard, rule_label


class AnalysisWizard(DraftWizard):
    WIZARD = "step1_analysis"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 1 · Situation analysis"))
        fit_to_screen(self, 720, 520)
        self.addPage(self._frame_page())
        self.addPage(self._judicial_page())
        self.addPage(self.finish_page(self.tr("On to the global assessment"), self.tr(
            "Finishing saves the frame and moves the dossier to step 2 when every condition "
            "holds; otherwise it lists what is missing.")))

    def _frame_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Working frame"),
            self.tr("Clarify the requests and agree on how you will work with "
                    "the family and the stakeholders."))
        self.working_frame = QPlainTextEdit()
        self.track("working_frame", self.working_frame, self.tr("Working frame"))
        form.addRow(self.tr("Working frame"), self.working_frame)
        add_counter(form, self.working_frame, "case_file", "working_frame")
        self.aid_frame = QComboBox()
        self.aid_frame.addItem(self.tr("voluntary aid"), AidFrame.VOLUNTARY.value)
        self.aid_frame.addItem(self.tr("court-ordered aid"), AidFrame.COURT_ORDERED.value)
        self.track("aid_frame", self.aid_frame, self.tr("Frame of the aid"))
        form.addRow(self.tr("Frame of the aid"), self.aid_frame)
        self.court_pending = QCheckBox(self.tr("Court proceedings are pending"))
        self.track("court_pending", self.court_pending, self.tr("Court proceedings are pending"))
        form.addRow("", self.court_pending)
        return page

    def _judicial_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("Request of the judicial authority"),
            self.tr("While proceedings are pending, the ONE acts only at the "
                    "express request of the judicial authorities (art. 5)."))
        self.judicial_on = QDateEdit()
        self.judicial_on.setCalendarPopup(True)
        self.judicial_on.setDisplayFormat("dd/MM/yyyy")
        self.judicial_on.setDate(QDate.currentDate())
        self.track("judicial_on", self.judicial_on, self.tr("Received on"))
        form.addRow(self.tr("Received on"), self.judicial_on)
        self.judicial_reference = limit_line(QLineEdit(), "case_file",
                                             "judicial_request_reference")
        self.judicial_reference.setPlaceholderText(self.tr("Court and file number"))
        self.track("judicial_reference", self.judicial_reference, self.tr("Reference"))
        form.addRow(self.tr("Reference"), self.judicial_reference)
        self.judicial_check = rule_label("judicialCheck", self.judicial_reference)
        form.addRow("", self.judicial_check)
        self.judicial_reference.textChanged.connect(self._check_judicial)
        self.court_pending.toggled.connect(self._check_judicial)
        return page

    def _check_judicial(self, *_args: object) -> None:
        """Art. 5 on what is ticked and typed: proceedings pending need the request."""
        received = date.today() if self.judicial_reference.text().strip() else None
        unmet = judicial_request_unmet(self.court_pending.isChecked(), received)
        self.judicial_check.setText("\n".join(u.text.render() for u in unmet))

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID | None) -> DossierView:
        assert case_id is not None
        return get_dossier(ctx, case_id)

    def prefill(self, context: Any) -> None:
        dossier: DossierView = context
        self.working_frame.setPlainText(dossier.working_frame)
        self.aid_frame.setCurrentIndex(self.aid_frame.findData(dossier.row.aid_frame.value))
        self.court_pending.setChecked(dossier.court_proceedings_pending)
        self.judicial_reference.setText(dossier.judicial_request_reference or "")
        if dossier.judicial_request_on:
            on = dossier.judicial_request_on
            self.judicial_on.setDate(QDate(on.year, on.month, on.day))

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        request = JudicialRequestInput(date.fromisoformat(values["judicial_on"]),
                                       values["judicial_reference"]) \
            if values["court_pending"] and values["judicial_reference"].strip() else None
        return partial(finish_analysis, self._ctx, self.dossier_id, AnalysisStep(
            values["working_frame"], AidFrame(values["aid_frame"]),
            bool(values["court_pending"]), request))
