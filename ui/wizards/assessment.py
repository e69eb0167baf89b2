"""Step 2, global assessment: each beneficiary's difficulties, resources, needs and own view,
and SMART objectives, several in one pass, each for a child or young adult of the dossier,
checked part by part as they are typed. Finishing records everything in one transaction
(``record_assessment``)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.domain import Horizon, ObjectiveStatus
from app.rules.smart import objective_unmet
from app.services.base.context import ServiceContext
from app.services.base.drafts import Draft
from app.services.base.outcomes import StepOutcome
from app.services.caseload.listing import PersonView
from app.services.dossier.detail import DossierDetail
from app.services.steps.assessment import (
    AssessmentInput,
    AssessmentStep,
    ObjectiveInput,
    record_assessment,
)
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.text_limit import add_counter, limit_line
from ui.wizards.draft_wizard import DraftWizard, rule_label

#: One objective's tracked fields: ``objective.<n>.<part>``.
SLOT_FIELD = re.compile(r"^objective\.(\d+)\.")
#: Drafts written before objectives had a beneficiary kept one objective under these names.
LEGACY_PARTS = ("wording", "indicator", "accepted_by", "realism", "due_on", "horizon")


@dataclass
class ObjectiveSlot:
    """The fields of one objective on the page."""

    box: QGroupBox
    person: QComboBox
    wording: QLineEdit
    indicator: QLineEdit
    accepted_by: QLineEdit
    realism: QLineEdit
    due_on: QDateEdit
    horizon: QComboBox
    smart_check: QLabel


class AssessmentWizard(DraftWizard):
    WIZARD = "step2_assessment"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 2 · Global assessment"))
        fit_to_screen(self, 760, 600)
        detail: DossierDetail | None = context
        self.detail = detail
        self.beneficiaries: tuple[PersonView, ...] = tuple(
            p for p in detail.summary.persons if p.role.is_beneficiary) if detail else ()
        beneficiaries = self.beneficiaries
        for person in beneficiaries:
            self.addPage(self._person_page(person))
        self.addPage(self._objective_page())
        self.addPage(self.finish_page(self.tr("On to planning"), self.tr(
            "Finishing saves the assessments and every objective together and moves the "
            "dossier to step 3 when every condition holds; otherwise it says what is "
            "missing.")))

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
            add_counter(form, editor, "person_assessment", name)
        return page

    def _objective_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("SMART objectives, each for a child"))
        page.setSubTitle(self.tr(
            "Specific, measurable, accepted, realistic and time-bound, for one child or young "
            "adult. Add as many as agreed; leave a wording empty to add none."))
        layout = QVBoxLayout(page)
        active = [o for o in self.detail.objectives if o.status is ObjectiveStatus.ACTIVE] \
            if self.detail else []
        self.existing = PlainLabel("\n".join(
            self.tr("Already set: {objective} (for {person})").format(
                objective=o.wording, person=o.person or self.tr("no one named"))
            for o in active))
        self.existing.setObjectName("existingObjectives")
        self.existing.setWordWrap(True)
        self.existing.setVisible(bool(active))
        layout.addWidget(self.existing)
        holder = QWidget()
        self._slots_layout = QVBoxLayout(holder)
        self._slots_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.add_objective_button = QPushButton(self.tr("&Add another objective"))
        self.add_objective_button.setObjectName("addObjective")
        self.add_objective_button.setAccessibleName(self.tr("Add another objective"))
        self.add_objective_button.clicked.connect(self._add_and_focus)
        layout.addWidget(self.add_objective_button)
        self._scroll = scroll
        self.slots: list[ObjectiveSlot] = []
        for _person in self.beneficiaries or (None,):
            self.add_objective()
        return page

    def add_objective(self) -> ObjectiveSlot:
        """One more objective block, for the next child by default."""
        n = len(self.slots)
        box = QGroupBox(self.tr("Objective {number}").format(number=n + 1))
        box.setObjectName(f"objective.{n}")
        form = QFormLayout(box)

        def row(text: str, widget: QWidget) -> None:
            caption = PlainLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)

        person = QComboBox()
        for beneficiary in self.beneficiaries:
            person.addItem(f"{beneficiary.first_name} {beneficiary.last_name}".strip(),
                           beneficiary.person_id.hex)
        if self.beneficiaries:
            person.setCurrentIndex(n % len(self.beneficiaries))
        self.track(f"objective.{n}.person", person, self.tr("For"))
        row(self.tr("&For"), person)
        editors: list[QLineEdit] = []
        for part, title in (("wording", self.tr("&Objective")),
                            ("indicator", self.tr("&Indicator")),
                            ("accepted_by", self.tr("Accepted &by")),
                            ("realism", self.tr("Why it is &realistic"))):
            editor = limit_line(QLineEdit(), "objective", part)
            self.track(f"objective.{n}.{part}", editor, title.replace("&", ""))
            row(title, editor)
            editors.append(editor)
        due_on = QDateEdit()
        due_on.setCalendarPopup(True)
        due_on.setDisplayFormat("dd/MM/yyyy")
        due_on.setDate(QDate.currentDate().addMonths(6))
        self.track(f"objective.{n}.due_on", due_on, self.tr("Due on"))
        row(self.tr("&Due on"), due_on)
        horizon = QComboBox()
        for value in Horizon:
            horizon.addItem(label(value), value.value)
        self.track(f"objective.{n}.horizon", horizon, self.tr("Horizon"))
        row(self.tr("&Horizon"), horizon)
        smart_check = rule_label(f"objective.{n}.smart")  # no room taken while all is well
        form.addRow("", smart_check)
        wording, indicator, accepted_by, realism = editors
        slot = ObjectiveSlot(box, person, wording, indicator, accepted_by, realism, due_on,
                             horizon, smart_check)
        self.slots.append(slot)
        for editor in editors:
            editor.textChanged.connect(lambda *_a, s=slot: self._check_objective(s))
        due_on.dateChanged.connect(lambda *_a, s=slot: self._check_objective(s))
        self._slots_layout.insertWidget(self._slots_layout.count() - 1, box)
        return slot

    def _add_and_focus(self) -> None:
        slot = self.add_objective()
        self._scroll.ensureWidgetVisible(slot.box)
        slot.wording.setFocus()

    def _objective(self, slot: ObjectiveSlot) -> ObjectiveInput:
        qdate = slot.due_on.date()
        person = slot.person.currentData()
        return ObjectiveInput(slot.wording.text(), slot.indicator.text(),
                              slot.accepted_by.text(), slot.realism.text(),
                              date(qdate.year(), qdate.month(), qdate.day()),
                              Horizon(slot.horizon.currentData()),
                              uuid.UUID(hex=person) if person else None)

    def _check_objective(self, slot: ObjectiveSlot) -> None:
        """The SMART rule, part by part, as the agent types (pure code: no store access)."""
        objective = self._objective(slot)
        if not objective.wording.strip():
            slot.smart_check.clear()
            return
        unmet = objective_unmet(wording=objective.wording, indicator=objective.indicator,
                                accepted_by=objective.accepted_by, realism=objective.realism,
                                due_on=objective.due_on, today=date.today())
        slot.smart_check.setText("\n".join(u.text.render() for u in unmet))

    def resume(self, draft: Draft | None) -> None:
        """Make as many objective blocks as the draft holds, then put the typing back."""
        if draft is not None:
            fields = dict(draft.fields)
            for part in LEGACY_PARTS:  # an older draft's single objective becomes the first
                if f"objective.{part}" in fields:
                    fields.setdefault(f"objective.0.{part}", fields.pop(f"objective.{part}"))
            count = max((int(m.group(1)) + 1 for m in map(SLOT_FIELD.match, fields) if m),
                        default=0)
            self._restoring = True
            try:
                while len(self.slots) < count:
                    self.add_objective()
            finally:
                self._restoring = False
            draft = replace(draft, fields=fields)
        super().resume(draft)

    def prefill(self, context: Any) -> None:
        detail: DossierDetail = context
        for assessment in detail.assessments:
            key = assessment.person_id.hex
            for name in ("difficulties", "resources", "needs", "own_view"):
                widget = self._fields.get(f"{key}.{name}")
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(getattr(assessment, name))

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        """One service call: the assessments and every objective typed, in one transaction."""
        assessments = tuple(
            (person.person_id, AssessmentInput(
                values[f"{person.person_id.hex}.difficulties"],
                values[f"{person.person_id.hex}.resources"],
                values[f"{person.person_id.hex}.needs"],
                values[f"{person.person_id.hex}.own_view"]))
            for person in self.beneficiaries)
        objectives = tuple(
            ObjectiveInput(values[f"objective.{n}.wording"], values[f"objective.{n}.indicator"],
                           values[f"objective.{n}.accepted_by"],
                           values[f"objective.{n}.realism"],
                           date.fromisoformat(values[f"objective.{n}.due_on"]),
                           Horizon(values[f"objective.{n}.horizon"]),
                           uuid.UUID(hex=values[f"objective.{n}.person"])
                           if values.get(f"objective.{n}.person") else None)
            for n in range(len(self.slots)) if values[f"objective.{n}.wording"].strip())
        ctx, case_id, step = self._ctx, self.dossier_id, AssessmentStep(assessments, objectives)
        return lambda: record_assessment(ctx, case_id, step).outcome
