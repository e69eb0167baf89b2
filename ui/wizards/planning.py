"""Step 3, planning: an art. 11 measure for a beneficiary, from a provider, in the unit of its
art. 15 forfait, linked to the objectives it serves, checked against the law as it is typed.

Measures planned earlier (for a previous plan version too) stay: after an evaluation sends the
dossier back here, the agent starts from them and adds or changes what the evaluation asked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from app.rules.measures import planned_measure_unmet, unit_name
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.steps.contexts import MeasureOption, PlanningContext, planning_context
from app.services.steps.planning import MeasureInput, PlanningStep, finish_planning
from ui.accessibility import fit_to_screen
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.wizards.draft_wizard import DraftWizard, as_date, chosen_step, rule_label, scrolled

STEP = 3
PLAN_STEP = 4


def parse_quantity(text: str) -> Decimal | None:
    """The quantity as typed, with a decimal comma or point; None when empty or unreadable."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class PlanningWizard(DraftWizard):
    WIZARD = "step3_planning"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("Step 3 · Planning of the aid measures"))
        fit_to_screen(self, 820, 620)
        self.context: PlanningContext | None = context
        self.addPage(self._planned_page())
        self.addPage(self._measure_page())
        self.next_step = self.next_step_choice(STEP, [PLAN_STEP], PLAN_STEP)
        self.addPage(self.finish_page(self.tr("Then"), self.tr(
            "Finishing saves the measure. Go on to the plan when every measure is there, or "
            "stay at step 3 to add another one."), self.next_step))
        self._check()

    def _planned_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Measures already planned"))
        page.setSubTitle(self.tr(
            "They stay in the next plan version. To change or withdraw one before it starts, "
            "open it from the dossier's Measures tab (Enter on its row)."))
        layout = QVBoxLayout(scrolled(page))
        measures = self.context.detail.measures if self.context else ()
        lines = [self.tr("{measure} for {person}, {start} to {end}").format(
            measure=f"{m.code}) {m.label}", person=m.beneficiary,
            start=m.starts_on.strftime("%d/%m/%Y"), end=m.ends_on.strftime("%d/%m/%Y"))
            for m in measures]
        listing = PlainLabel("\n".join(lines) or self.tr("No measure planned yet."))
        listing.setObjectName("plannedMeasures")
        listing.setWordWrap(True)
        layout.addWidget(listing)
        layout.addStretch()
        return page

    def _measure_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("A measure to add"),
            self.tr("Art. 11 lists the measures; art. 13 asks for an approved "
                    "provider for most; art. 15 sets the unit they are counted in. "
                    "Choose no measure to add none this time."))
        detail = self.context.detail if self.context else None
        self.beneficiary = QComboBox()
        for person in detail.summary.persons if detail else ():
            if person.role.is_beneficiary:
                self.beneficiary.addItem(f"{person.first_name} {person.last_name}",
                                         person.person_id.hex)
        self.track("beneficiary", self.beneficiary, self.tr("For"))
        form.addRow(self.tr("For"), self.beneficiary)
        self.measure = QComboBox()
        self.measure.setMinimumContentsLength(40)
        self.measure.addItem(self.tr("— no measure —"), "")
        for option in self.context.measures if self.context else ():
            self.measure.addItem(_short(option.facts.label), option.code)
            self.measure.setItemData(self.measure.count() - 1, option.facts.label,
                                     Qt.ItemDataRole.ToolTipRole)
        self.track("measure", self.measure, self.tr("Measure (art. 11)"))
        form.addRow(self.tr("Measure (art. 11)"), self.measure)
        self.provider = QComboBox()
        self.provider.addItem(self.tr("— choose a provider —"), "")
        for provider in self.context.providers if self.context else ():
            agrement = (self.tr("agrément {number}").format(number=provider.agrement_number)
                        if provider.agrement_number else self.tr("no agrément"))
            self.provider.addItem(f"{provider.name} ({agrement})", provider.provider_id.hex)
        self.track("provider", self.provider, self.tr("Provider"))
        form.addRow(self.tr("Provider"), self.provider)
        self.quantity = QLineEdit()
        self.track("quantity", self.quantity, self.tr("Quantity"))
        self.unit = PlainLabel()
        quantity = QHBoxLayout()
        quantity.addWidget(self.quantity, 1)
        quantity.addWidget(self.unit, 2)
        form.addRow(self.tr("Quantity"), quantity)
        self.starts_on = self.date_field("starts_on", self.tr("From"))
        self.ends_on = self.date_field("ends_on", self.tr("To"))
        self.ends_on.setDate(self.starts_on.date().addMonths(6))
        form.addRow(self.tr("From"), self.starts_on)
        form.addRow(self.tr("To"), self.ends_on)
        self.objectives: dict[str, QCheckBox] = {}
        for objective in detail.objectives if detail else ():
            if objective.status != "active":
                continue
            box = QCheckBox(objective.wording)
            key = f"objective.{objective.objective_id.hex}"
            self.objectives[key] = box
            self.track(key, box, objective.wording)
            box.toggled.connect(self._check)
        form.addRow(PlainLabel(self.tr("Objectives it serves")))
        for box in self.objectives.values():
            form.addRow("", box)
        self.rules = rule_label("measureRules", self.measure, self.provider)
        form.addRow("", self.rules)
        for combo in (self.measure, self.provider):
            combo.currentIndexChanged.connect(self._check)
        self.quantity.textChanged.connect(self._check)
        for edit in (self.starts_on, self.ends_on):
            edit.dateChanged.connect(self._check)
        return page

    def _option(self) -> MeasureOption | None:
        code = self.measure.currentData()
        options = self.context.measures if self.context else ()
        return next((o for o in options if o.code == code), None)

    def _check(self, *_args: object) -> None:
        """The art. 11, 13 and 15 rules on what is typed, without the store."""
        option = self._option()
        if option is None or self.context is None:
            self.rules.clear()
            self.unit.clear()
            return
        unit = option.facts.forfait_unit
        self.unit.setText(self.tr("counted in {unit} (art. 15)").format(
            unit=unit_name(unit)) if unit else self.tr("no flat rate: leave the quantity empty"))
        if self.quantity.text().strip() and parse_quantity(self.quantity.text()) is None:
            self.rules.setText(self.tr("Type the quantity as a number, e.g. 60 or 2,5."))
            return
        values = self.values()
        starts, ends = as_date(values["starts_on"]), as_date(values["ends_on"])
        provider = next((p for p in self.context.providers
                         if p.provider_id.hex == self.provider.currentData()), None)
        unmet = planned_measure_unmet(  # art. 13 over the whole duration: a warning as typed
            option.facts, provider.facts(option, starts, ends) if provider else None,
            parse_quantity(self.quantity.text()), starts, ends,
            sum(box.isChecked() for box in self.objectives.values()))
        self.rules.setText("\n".join(u.text.render() for u in unmet))

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID | None) -> PlanningContext:
        assert case_id is not None
        return planning_context(ctx, case_id)

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        measure = None
        if values["measure"]:
            provider = values["provider"]
            measure = MeasureInput(
                uuid.UUID(hex=values["beneficiary"]), values["measure"],
                uuid.UUID(hex=provider) if provider else None,
                parse_quantity(values["quantity"]), as_date(values["starts_on"]),
                as_date(values["ends_on"]),
                tuple(uuid.UUID(hex=key.split(".", 1)[1]) for key in self.objectives
                      if values.get(key)))
        return partial(finish_planning, self._ctx, self.dossier_id,
                       PlanningStep(measure, chosen_step(values)))


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
