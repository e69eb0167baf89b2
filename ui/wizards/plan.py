"""Step 4, the intervention plan: who is able to judge, the version frozen for signature, and
the signatures given on the printed copy (art. 4).

A version takes effect only once every required signatory signed it and the ONE validated it;
the wizard records what happened at the family's table and moves the dossier on to the
follow-up only when the version is in force.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from app.documents.plan import render_plan
from app.domain import EvaluationOutcome, ObjectiveStatus, PlanState
from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.dossier.detail import PlanVersionView
from app.services.plan.versions import (
    DiscernmentInput,
    FreezeInput,
    SignatureInput,
    SignaturesGiven,
    freeze_plan_version,
    record_signatures,
)
from app.services.steps.contexts import PlanContext, plan_context
from ui.accessibility import fit_to_screen
from ui.documents.preview import DocumentPreview
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel, caption
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.text_limit import limit_line
from ui.wizards.draft_wizard import DraftWizard, as_date, rule_label, scrolled

FROZEN = frozenset({PlanState.READY_TO_SIGN, PlanState.SIGNED, PlanState.VALIDATED})


class _FreezePage(QWizardPage):
    """Leaving this page freezes the version on the store lane; the wizard moves on when it
    is done (a page cannot wait for the lane, so the first Next starts the work)."""

    def __init__(self, wizard: PlanWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.frozen = False

    def validatePage(self) -> bool:
        if self.frozen or not self._wizard.new_version.isChecked():
            return True
        self._wizard.freeze()
        return False


class PlanWizard(DraftWizard):
    WIZARD = "step4_plan"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 4 · Intervention plan"))
        fit_to_screen(self, 820, 620)
        self.context: PlanContext | None = context
        self.addPage(self._discernment_page())
        self.freezing = False  # a freeze is on the store lane
        self.freeze_page = _FreezePage(self)
        self._build_freeze_page()
        self.addPage(self.freeze_page)
        self.signature_page = QWizardPage()
        self.signature_page.setTitle(self.tr("Signatures given"))
        self.signature_page.setSubTitle(self.tr(
            "Tick who signed the printed version, with the day and place."))
        self.signature_layout = QVBoxLayout(scrolled(self.signature_page))
        self.addPage(self.signature_page)
        self.addPage(self.finish_page(self.tr("Recording the signatures"), self.tr(
            "The plan takes effect only once the parents or legal representatives and the "
            "child able to judge have signed it and the ONE has validated it (art. 4). The "
            "dossier moves on to the follow-up (step 5) as soon as the version is in force.")))
        preparing = context.preparing if context else None
        if preparing is not None and preparing.state in FROZEN:
            self.freeze_page.frozen = True
            self._fill_signatures(preparing)

    def _discernment_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Who is able to judge"))
        page.setSubTitle(self.tr(
            "A child able to judge signs the plan too (art. 4). This is your judgement of each "
            "child, with its reason, not an age rule."))
        form = QFormLayout(scrolled(page))
        children = self.context.children if self.context else ()
        if not children:
            form.addRow(PlainLabel(self.tr("No child under 18 in this dossier.")))
        for child in children:
            key = f"discernment.{child.person_id.hex}"
            capable = QComboBox()
            capable.addItem(self.tr("not judged yet"), "")
            capable.addItem(self.tr("able to judge: signs the plan"), "yes")
            capable.addItem(self.tr("not able to judge"), "no")
            self.track(f"{key}.capable", capable, child.name)
            reason = limit_line(QLineEdit(), "discernment_judgement", "reason")
            reason.setPlaceholderText(self.tr("Why, in a few words"))
            self.track(f"{key}.reason", reason, self.tr("Reason for {name}").format(
                name=child.name))
            form.addRow(caption(child.name, capable), capable)
            form.addRow(self.tr("Reason"), reason)
        return page

    def _build_freeze_page(self) -> None:
        page = self.freeze_page
        page.setTitle(self.tr("The version to sign"))
        page.setSubTitle(self.tr(
            "Next prepares the version from the current objectives and measures and freezes it "
            "for printing: a frozen version is never edited, a change makes a new version."))
        layout = QVBoxLayout(scrolled(page))
        detail = self.context.detail if self.context else None
        preparing = self.context.preparing if self.context else None
        if preparing is not None:
            state = self.tr("Version {number}: {state}.").format(
                number=preparing.number, state=label(preparing.state))
        else:
            number = 1 + max((v.number for v in detail.plan_versions), default=0) if detail else 1
            state = self.tr("Version {number} will be prepared.").format(number=number)
        self.version_state = PlainLabel(state)
        self.version_state.setObjectName("versionState")
        layout.addWidget(self.version_state)
        in_force = self.context.in_force if self.context else None
        self.new_version = QCheckBox(self.tr("Prepare a new version to change the plan"))
        self.track("new_version", self.new_version, self.new_version.text())
        # A change of plan is a choice, already made when an evaluation since the version in
        # force concluded to re-plan or rewrite it (the overview then asks for a new version).
        # (The same test as the overview's facts: the latest evaluation, after the day the
        # version took effect.)
        latest = max(detail.evaluations, key=lambda e: e.evaluated_on, default=None) \
            if detail else None
        changed = bool(in_force and in_force.in_force_since and latest
                       and latest.outcome in (EvaluationOutcome.REPLAN_MEASURES,
                                              EvaluationOutcome.REWRITE_PLAN)
                       and latest.evaluated_on > in_force.in_force_since)
        self.new_version.setChecked(in_force is None or changed)
        self.new_version.setVisible(preparing is None and in_force is not None)
        if preparing is None and in_force is not None:
            self.version_state.setText(self.tr(
                "Version {number} is in force since {date}.").format(
                    number=in_force.number, date=_day(in_force.in_force_since)))
        layout.addWidget(self.new_version)
        lines = [self.tr("Objective: {wording}").format(wording=o.wording)
                 for o in (detail.objectives if detail else ())
                 if o.status is ObjectiveStatus.ACTIVE]
        lines += [self.tr("Measure: {measure} for {person}").format(
            measure=f"{m.code}) {m.label}", person=m.beneficiary)
            for m in (detail.measures if detail else ()) if m.actual_end_on is None]
        content = PlainLabel("\n".join(lines))
        content.setWordWrap(True)
        layout.addWidget(content)
        self.freeze_problems = rule_label("freezeProblems")
        layout.addWidget(self.freeze_problems)
        layout.addStretch()

    def freeze(self) -> None:
        """Record the judgements typed, prepare and freeze the version (one transaction),
        then show who signs.

        Once at a time: a second Next while the lane freezes would freeze again, and its late
        answer would save the draft after the wizard finished (the next opening then
        prepared yet another version)."""
        if self.freezing:
            return
        self.freezing = True
        ctx, case_id, values = self._ctx, self.dossier_id, self.values()
        judgements = []
        for child in self.context.children if self.context else ():
            choice = values.get(f"discernment.{child.person_id.hex}.capable") or ""
            reason = values.get(f"discernment.{child.person_id.hex}.reason") or ""
            capable = {"yes": True, "no": False}.get(choice)
            if capable is not None and (capable, reason.strip()) != (child.capable, child.reason):
                judgements.append(DiscernmentInput(child.person_id, capable, date.today(), reason))
        data = FreezeInput(tuple(judgements))

        def work() -> PlanContext:
            freeze_plan_version(ctx, case_id, data)
            return plan_context(ctx, case_id)

        self.freeze_problems.clear()
        self._operations.run(work, self._frozen, self._freeze_failed)

    def _frozen(self, context: PlanContext) -> None:
        self.freezing = False
        self.context = context
        assert context.preparing is not None
        self.version_state.setText(self.tr("Version {number}: {state}.").format(
            number=context.preparing.number, state=label(context.preparing.state)))
        self._fill_signatures(context.preparing)
        self.freeze_page.frozen = True
        self.next()
        self.save_now()

    def _freeze_failed(self, exc: BaseException) -> None:
        self.freezing = False
        if not isinstance(exc, CpiError):
            raise exc
        self.freeze_problems.setText(exc.message())

    def _fill_signatures(self, version: PlanVersionView) -> None:
        group = QGroupBox(self.tr("Version {number}").format(number=version.number))
        group.setObjectName("signatories")
        form = QFormLayout(group)
        for signature in version.signatures:
            capacity = label(signature.capacity)
            title = f"{signature.name} ({capacity})"
            if signature.signed_on is not None:
                done = PlainLabel(self.tr("signed on {date}").format(
                    date=signature.signed_on.strftime("%d/%m/%Y")))
                form.addRow(caption(title, done), done)
                continue
            key = f"signature.{signature.person_id.hex}"
            signed = QCheckBox(self.tr("Signed"))
            self.track(f"{key}.signed", signed, self.tr("{name} signed").format(
                name=signature.name))
            on = self.date_field(f"{key}.on", self.tr("Signed on"))
            place = limit_line(QLineEdit(), "plan_signature", "place")
            place.setPlaceholderText(self.tr("Place, e.g. at home, Wiltz"))
            self.track(f"{key}.place", place, self.tr("Place of signature"))
            form.addRow(caption(title, signed), signed)
            form.addRow(self.tr("on"), on)
            form.addRow(self.tr("at"), place)
        if not version.signatures:
            form.addRow(PlainLabel(self.tr("No signatory: check the family constellation.")))
        self.signature_layout.addWidget(group)
        self.print_button = QPushButton(self.tr("Preview and print version {number}…").format(
            number=version.number))
        self.print_button.clicked.connect(lambda: self.preview(version))
        self.signature_layout.addWidget(self.print_button)
        self.signature_layout.addStretch(1)

    def preview(self, version: PlanVersionView) -> None:
        """The frozen version as it will be signed, to print at the family's table."""
        ctx, version_id = self._ctx, version.version_id
        summary = self.context.detail.summary if self.context else None
        number = summary.row.number if summary else ""
        self.preview_dialog = DocumentPreview(
            self._operations, lambda language: render_plan(ctx, version_id, language),
            f"projet-{number}-v{version.number}", f"projet-{number}-v{version.number}.pdf",
            self, language=summary.document_language.value if summary else "fr")
        self.preview_dialog.show()

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID | None) -> PlanContext:
        assert case_id is not None
        return plan_context(ctx, case_id)

    def prefill(self, context: Any) -> None:
        plan: PlanContext = context
        for child in plan.children:
            key = f"discernment.{child.person_id.hex}"
            combo = self._fields[f"{key}.capable"]
            reason = self._fields[f"{key}.reason"]
            if isinstance(combo, QComboBox) and child.capable is not None:
                combo.setCurrentIndex(combo.findData("yes" if child.capable else "no"))
            if isinstance(reason, QLineEdit):
                reason.setText(child.reason)

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        version = self.context.preparing if self.context else None
        signatures = tuple(
            SignatureInput(signature.person_id,
                           as_date(values[f"signature.{signature.person_id.hex}.on"]),
                           values.get(f"signature.{signature.person_id.hex}.place") or "")
            for signature in (version.signatures if version else ())
            if signature.signed_on is None
            and values.get(f"signature.{signature.person_id.hex}.signed"))
        return partial(record_signatures, self._ctx, self.dossier_id, SignaturesGiven(
            version.version_id if version else None, signatures))


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
