"""What becomes of an objective and of a measure through the dossier's life.

An objective is achieved, abandoned or reformulated (after an evaluation, too), each with its
date and reason; a measure is changed or withdrawn before it starts, interrupted and resumed,
or ended early. The dossier window opens these dialogs from its Objectives and Measures tabs
(Enter, a double click or the context menu on a row); each offers only what the record's state
allows and calls one service on the store lane. Refusals show under the fields with the typing
kept, and drafts are kept like every dialog's (``StoreDialog``), for the record they were
typed for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain import Horizon, ObjectiveStatus
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.rules.measures import agrement_unmet, unit_name
from app.rules.objectives import ObjectiveFate
from app.services.base.context import ServiceContext
from app.services.base.drafts import Draft
from app.services.caseload.listing import PersonView
from app.services.dossier.detail import MeasureView as MeasureView  # the window's rows
from app.services.dossier.detail import ObjectiveView as ObjectiveView
from app.services.steps.assessment import (
    ObjectiveInput,
    StatusChange,
    abandon_objective,
    achieve_objective,
    reformulate_objective,
)
from app.services.steps.contexts import MeasureOption, ProviderOption, measure_choices
from app.services.steps.implementation import end_measure, interrupt_measure, resume_measure
from app.services.steps.planning import (
    MeasureInput,
    update_planned_measure,
    withdraw_planned_measure,
)
from ui.family_map.dialogs import (
    StoreDialog,
    date_edit,
    day_of,
    enum_combo,
    person_combo,
    text_area,
)
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QLineEdit,
    Qt,
    QTableWidget,
    QWidget,
)
from ui.unlock_dialog import WARNING_STYLE
from ui.wizards.planning import parse_quantity


class MeasureFate(StrEnum):
    CHANGED = "changed"  # before it starts
    WITHDRAWN = "withdrawn"  # before it starts
    INTERRUPTED = "interrupted"  # running
    RESUMED = "resumed"  # interrupted now
    ENDED = "ended"  # running or interrupted


def objective_fates(objective: ObjectiveView) -> list[ObjectiveFate]:
    """What may become of the objective now: only an active one changes."""
    return list(ObjectiveFate) if objective.status is ObjectiveStatus.ACTIVE else []


def measure_fates(measure: MeasureView) -> list[MeasureFate]:
    if measure.actual_end_on is not None:
        return []
    if measure.actual_start_on is None:
        return [MeasureFate.CHANGED, MeasureFate.WITHDRAWN]
    if measure.paused is not None:
        return [MeasureFate.RESUMED, MeasureFate.ENDED]
    return [MeasureFate.INTERRUPTED, MeasureFate.ENDED]


def _day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def objective_closed_text(objective: ObjectiveView) -> str:
    """Why an objective offers nothing more (it stays in the history as it ended)."""
    return QCoreApplication.translate(
        "PlanItems", "This objective is {status} since {date}: it stays as it is. Set a new "
                     "objective at step 2 if needed.").format(
        status=label(objective.status), date=_day_text(objective.status_on))


def measure_reason(measure: MeasureView) -> str:
    """The reason shown beside a measure: why it ended (a revocation of the plan says so, with
    its note), why it is paused, or why it was changed."""
    if measure.revoked_version is not None:
        return QCoreApplication.translate(
            "PlanItems", "Plan version {number} revoked at the family's request (art. 4): "
                         "{reason}").format(number=measure.revoked_version,
                                            reason=measure.end_reason)
    return (measure.end_reason or (measure.paused.reason if measure.paused else "")
            or measure.change_reason)


def measure_closed_text(measure: MeasureView) -> str:
    return QCoreApplication.translate(
        "PlanItems", "This measure ended on {date}: it stays in the history as it ran. Plan a "
                     "new one at step 3 if needed.").format(date=_day_text(measure.actual_end_on))


def offer_rows(table: QTableWidget, text: str, open_row: Callable[[int], None]) -> None:
    """Enter or a double click on a row, or the row's context menu, opens its dialog."""
    table.activated.connect(lambda index: open_row(index.row()))
    action = QAction(text, table)
    action.setObjectName("openRow")
    action.triggered.connect(lambda: open_row(table.currentRow()) if table.currentRow() >= 0
                             else None)
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)








class _RecordDialog(StoreDialog):
    """A dialog about one record: its draft says which, and comes back only for it."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 title: str, record_id: uuid.UUID, parent: QWidget | None) -> None:
        super().__init__(operations, ctx, case_id, title, parent)
        self.record_id = record_id

    def values(self) -> dict[str, Any]:
        return {**super().values(), "record": str(self.record_id)}

    def _restore(self, draft: Draft | None) -> None:
        if draft is not None and draft.fields.get("record") != str(self.record_id):
            return  # typed for another objective or measure: not this one's
        super()._restore(draft)

    def _show_rows(self, shown: dict[QWidget, bool]) -> None:
        for widget, visible in shown.items():
            widget.setVisible(visible)
            caption = self.form.labelForField(widget)
            if caption is not None:
                caption.setVisible(visible)
        self.adjustSize()


class ObjectiveDialog(_RecordDialog):
    """An objective achieved, abandoned, or reformulated in SMART terms (step 2 to 7)."""

    DRAFT = "dialog.objective"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 objective: ObjectiveView, persons: Sequence[PersonView],
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("What becomes of an objective"),
                         objective.objective_id, parent)
        self.objective = objective
        heading = PlainLabel(self.tr("“{objective}” for {person}, due on {date}").format(
            objective=objective.wording, person=objective.person or self.tr("no one named"),
            date=_day_text(objective.due_on)))
        heading.setObjectName("objectiveHeading")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        fate = QComboBox()
        names = {ObjectiveFate.ACHIEVED: self.tr("achieved"),
                 ObjectiveFate.ABANDONED: self.tr("abandoned"),
                 ObjectiveFate.REFORMULATED: self.tr("reformulated (a new SMART wording)")}
        for value in objective_fates(objective):
            fate.addItem(names[value], value.value)
        self.fate = self.row(self.tr("What &happens"), fate, "fate")
        self.on = self.row(self.tr("&On"), date_edit(), "on")
        self.reason = self.row(self.tr("&Reason"), text_area(), "reason",
                               ("objective", "status_reason"))
        self.reason.setPlaceholderText(self.tr("e.g. what the evaluation of 3 March showed"))
        beneficiaries = [p for p in persons if p.role.is_beneficiary]
        self.person = self.row(self.tr("&For"), person_combo(beneficiaries), "person")
        if objective.person_id is not None:
            self.person.setCurrentIndex(max(self.person.findData(str(objective.person_id)), 0))
        self.wording = self.row(self.tr("New &wording"), QLineEdit(objective.wording),
                                "wording", ("objective", "wording"))
        self.indicator = self.row(self.tr("&Indicator"), QLineEdit(objective.indicator),
                                  "indicator", ("objective", "indicator"))
        self.accepted_by = self.row(self.tr("Accepted &by"), QLineEdit(objective.accepted_by),
                                    "acceptedBy", ("objective", "accepted_by"))
        self.realism = self.row(self.tr("Why it is rea&listic"), QLineEdit(objective.realism),
                                "realism", ("objective", "realism"))
        self.due_on = self.row(self.tr("&Due on"), date_edit(objective.due_on,
                                                              up_to_today=False), "dueOn")
        self.horizon = self.row(self.tr("Hori&zon"), enum_combo(list(Horizon)), "horizon")
        self.horizon.setCurrentIndex(self.horizon.findData(objective.horizon.value))
        self.fate.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self, *_args: object) -> None:
        reformulated = self.fate.currentData() == ObjectiveFate.REFORMULATED.value
        self._show_rows({widget: reformulated for widget in (
            self.person, self.wording, self.indicator, self.accepted_by, self.realism,
            self.due_on, self.horizon)})

    def work(self) -> Callable[[], object]:
        ctx, objective_id = self._ctx, self.objective.objective_id
        change = StatusChange(day_of(self.on.date()), self.reason.toPlainText())
        fate = ObjectiveFate(self.fate.currentData())
        if fate is ObjectiveFate.ACHIEVED:
            return lambda: achieve_objective(ctx, objective_id, change)
        if fate is ObjectiveFate.ABANDONED:
            return lambda: abandon_objective(ctx, objective_id, change)
        person = self.person.currentData()
        data = ObjectiveInput(self.wording.text(), self.indicator.text(),
                              self.accepted_by.text(), self.realism.text(),
                              day_of(self.due_on.date()), Horizon(self.horizon.currentData()),
                              uuid.UUID(person) if person else None)
        return lambda: reformulate_objective(ctx, objective_id, data, change)


class MeasureDialog(_RecordDialog):
    """A measure changed or withdrawn before it starts, interrupted and resumed, or ended."""

    DRAFT = "dialog.measure"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 measure: MeasureView, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("What becomes of a measure"),
                         measure.measure_id, parent)
        self.measure = measure
        heading = PlainLabel(self._heading())
        heading.setObjectName("measureHeading")
        heading.setWordWrap(True)
        self.form.addRow(heading)
        names = {MeasureFate.CHANGED: self.tr("changed before it starts"),
                 MeasureFate.WITHDRAWN: self.tr("withdrawn (it will not start)"),
                 MeasureFate.INTERRUPTED: self.tr("interrupted"),
                 MeasureFate.RESUMED: self.tr("resumed after the interruption"),
                 MeasureFate.ENDED: self.tr("ended")}
        fate = QComboBox()
        for value in measure_fates(measure):
            fate.addItem(names[value], value.value)
        self.fate = self.row(self.tr("What &happens"), fate, "fate")
        provider = QComboBox()
        provider.addItem(measure.provider, str(measure.provider_id))
        self.provider = self.row(self.tr("&Provider"), provider, "provider")
        quantity = QLineEdit(f"{measure.quantity.normalize():f}"
                             if measure.quantity is not None else "")
        unit = f" ({unit_name(measure.unit)})" if measure.unit else ""
        self.quantity = self.row(self.tr("&Quantity") + unit, quantity, "quantity")
        self.starts_on = self.row(self.tr("Planned &from"), date_edit(
            measure.starts_on, up_to_today=False), "startsOn")
        self.ends_on = self.row(self.tr("Planned &to"), date_edit(
            measure.ends_on, up_to_today=False), "endsOn")
        self.on = self.row(self.tr("&On (or from)"), date_edit(), "on")
        self.until_known = self.row(self.tr("&End of the pause known"), QCheckBox(
            self.tr("the interruption already has its end date")), "untilKnown")
        self.until = self.row(self.tr("&Until"), date_edit(up_to_today=False), "until")
        self.until.setEnabled(False)
        self.until_known.toggled.connect(self.until.setEnabled)
        self.reason = self.row(self.tr("&Reason"), text_area(), "reason",
                               ("planned_measure", "end_reason"))
        self.agrement_warning = PlainLabel()
        self.agrement_warning.setObjectName("agrementWarning")
        self.agrement_warning.setWordWrap(True)
        self.agrement_warning.setStyleSheet(WARNING_STYLE)
        self.agrement_warning.hide()
        self.form.addRow(self.agrement_warning)
        self._option: MeasureOption | None = None
        self._provider_options: tuple[ProviderOption, ...] = ()
        self.fate.currentIndexChanged.connect(self._show_fields)
        self.provider.currentIndexChanged.connect(self._warn)
        for edit in (self.starts_on, self.ends_on):
            edit.dateChanged.connect(self._warn)
        self._show_fields()

    def _heading(self) -> str:
        measure = self.measure
        text = self.tr("{measure} for {person}, by {provider}, planned {start} to {end}").format(
            measure=f"{measure.code}) {measure.label}", person=measure.beneficiary,
            provider=measure.provider, start=_day_text(measure.starts_on),
            end=_day_text(measure.ends_on))
        if measure.actual_start_on is not None:
            text += "\n" + self.tr("Started on {date}.").format(
                date=_day_text(measure.actual_start_on))
        if measure.paused is not None:
            text += "\n" + self.tr("Interrupted since {date}: {reason}").format(
                date=_day_text(measure.paused.from_on), reason=measure.paused.reason)
        return text

    def open(self) -> None:
        """The providers come from the store first, then the draft (the lane keeps order)."""
        if MeasureFate.CHANGED in measure_fates(self.measure):
            ctx = self._ctx
            code = self.measure.code
            self._operations.run(lambda: measure_choices(ctx, code), self._choices,
                                 shown_in=self)
        super().open()

    def _choices(self, found: tuple[MeasureOption | None, tuple[ProviderOption, ...]]) -> None:
        if self._closed:
            return
        self._option, self._provider_options = found
        self._providers(self._provider_options)
        self._warn()

    def _warn(self, *_args: object) -> None:
        """Art. 13 as typed: the chosen provider's agréments must cover the measure's letter
        from its first to its last planned day (saving is refused otherwise)."""
        provider = next((p for p in self._provider_options
                         if str(p.provider_id) == self.provider.currentData()), None)
        changed = self.fate.currentData() == MeasureFate.CHANGED.value
        unmet = []
        if changed and provider is not None and self._option is not None:
            starts, ends = day_of(self.starts_on.date()), day_of(self.ends_on.date())
            unmet = agrement_unmet(self._option.facts,
                                   provider.facts(self._option, starts, ends), starts, ends)
        self.agrement_warning.setText("\n".join(u.text.render() for u in unmet))
        self.agrement_warning.setVisible(bool(unmet))

    def _providers(self, providers: tuple[ProviderOption, ...]) -> None:
        current = self.provider.currentData()
        self._restoring = True
        try:
            self.provider.clear()
            for option in providers:
                agrement = (self.tr("agrément {number}").format(number=option.agrement_number)
                            if option.agrement_number else self.tr("no agrément"))
                self.provider.addItem(f"{option.name} ({agrement})", str(option.provider_id))
            self.provider.setCurrentIndex(max(self.provider.findData(current), 0))
        finally:
            self._restoring = False

    def _show_fields(self, *_args: object) -> None:
        fate = self.fate.currentData()
        changed = fate == MeasureFate.CHANGED.value
        interrupted = fate == MeasureFate.INTERRUPTED.value
        self._show_rows({
            self.provider: changed, self.quantity: changed, self.starts_on: changed,
            self.ends_on: changed, self.on: not changed and fate != MeasureFate.WITHDRAWN.value,
            self.until_known: interrupted, self.until: interrupted,
            self.reason: fate != MeasureFate.RESUMED.value})
        self._warn()

    def work(self) -> Callable[[], object]:
        ctx, measure = self._ctx, self.measure
        fate = MeasureFate(self.fate.currentData())
        reason, on = self.reason.toPlainText(), day_of(self.on.date())
        if fate is MeasureFate.WITHDRAWN:
            return lambda: withdraw_planned_measure(ctx, measure.measure_id, reason)
        if fate is MeasureFate.INTERRUPTED:
            until = day_of(self.until.date()) if self.until_known.isChecked() else None
            return lambda: interrupt_measure(ctx, measure.measure_id, on, reason, until)
        if fate is MeasureFate.RESUMED:
            assert measure.paused is not None
            pause = measure.paused.interruption_id
            return lambda: resume_measure(ctx, pause, on)
        if fate is MeasureFate.ENDED:
            return lambda: end_measure(ctx, measure.measure_id, on, reason)
        quantity = parse_quantity(self.quantity.text())
        if self.quantity.text().strip() and quantity is None:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "PlanItems", "Type the quantity as a number, e.g. 60 or 2,5."))
        assert measure.beneficiary_id is not None
        provider = self.provider.currentData()
        data = MeasureInput(measure.beneficiary_id, measure.code,
                            uuid.UUID(provider) if provider else None, quantity,
                            day_of(self.starts_on.date()), day_of(self.ends_on.date()),
                            measure.objective_ids, measure.volume_note)
        return lambda: update_planned_measure(ctx, measure.measure_id, data, reason)
