"""The dossier's chronology page: its significant events in date order, filtered by kind and
by person, and printed (or saved as PDF) through the print preview, with the filter shown."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from app.documents.chronology import render_chronology
from app.domain import ReviewRequestKind, ReviewRequestOutcome
from app.i18n import current_language
from app.services.base.context import ServiceContext
from app.services.dossier.chronology import (
    Chronology,
    ChronologyEvent,
    ChronologyFilter,
    ChronologyKind,
    Discernment,
    load_chronology,
    persons_line,
    summary_line,
)
from ui.caseload_model import short_date
from ui.documents.preview import Render
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QShowEvent,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.unlock_dialog import ERROR_STYLE

K = ChronologyKind


#: The on-screen label of each kind of event, written once (the printed chronology has its own
#: French and German in ``app.documents.chronology``: it follows the family's language).
KIND_LABELS: dict[ChronologyKind, Callable[[], str]] = {
    K.DOSSIER_OPENED: lambda: QCoreApplication.translate("Chronology", "Dossier opened"),
    K.REQUEST_RECEIVED: lambda: QCoreApplication.translate("Chronology", "Request received"),
    K.CONTACT: lambda: QCoreApplication.translate("Chronology", "Contact"),
    K.CASE_CONFERENCE: lambda: QCoreApplication.translate("Chronology", "Case conference"),
    K.AUTHORITY_GIVEN: lambda: QCoreApplication.translate("Chronology", "Parental authority given"),
    K.AUTHORITY_ENDED: lambda: QCoreApplication.translate("Chronology", "Parental authority ended"),
    K.REPRESENTATION_GIVEN: lambda: QCoreApplication.translate(
        "Chronology", "Legal representation given"),
    K.REPRESENTATION_ENDED: lambda: QCoreApplication.translate(
        "Chronology", "Legal representation ended"),
    K.STAKEHOLDER_ENDED: lambda: QCoreApplication.translate(
        "Chronology", "Professional no longer involved"),
    K.DISCERNMENT_JUDGEMENT: lambda: QCoreApplication.translate(
        "Chronology", "Judgement of discernment"),
    K.OBJECTIVE_SET: lambda: QCoreApplication.translate("Chronology", "Objective set"),
    K.OBJECTIVE_ACHIEVED: lambda: QCoreApplication.translate("Chronology", "Objective achieved"),
    K.OBJECTIVE_ABANDONED: lambda: QCoreApplication.translate("Chronology", "Objective abandoned"),
    K.OBJECTIVE_REFORMULATED: lambda: QCoreApplication.translate(
        "Chronology", "Objective reformulated"),
    K.PLAN_PREPARED: lambda: QCoreApplication.translate("Chronology", "Plan version prepared"),
    K.PLAN_READY_TO_SIGN: lambda: QCoreApplication.translate(
        "Chronology", "Plan version ready to sign"),
    K.PLAN_DISCARDED: lambda: QCoreApplication.translate("Chronology", "Plan version discarded"),
    K.SIGNATURE_GIVEN: lambda: QCoreApplication.translate("Chronology", "Signature given"),
    K.PLAN_VALIDATED: lambda: QCoreApplication.translate("Chronology", "Validated by the ONE"),
    K.PLAN_RETURNED: lambda: QCoreApplication.translate("Chronology", "Returned by the ONE"),
    K.PLAN_IN_FORCE: lambda: QCoreApplication.translate("Chronology", "Plan in force"),
    K.PLAN_REVIEW: lambda: QCoreApplication.translate("Chronology", "Plan reviewed"),
    K.REVIEW_REQUEST_RECEIVED: lambda: QCoreApplication.translate(
        "Chronology", "Request for review or revocation received"),
    K.REVIEW_REQUEST_ANSWERED: lambda: QCoreApplication.translate(
        "Chronology", "Request for review or revocation answered"),
    K.MEASURE_CHANGED: lambda: QCoreApplication.translate("Chronology", "Measure changed"),
    K.MEASURE_WITHDRAWN: lambda: QCoreApplication.translate("Chronology", "Measure withdrawn"),
    K.MEASURE_STARTED: lambda: QCoreApplication.translate("Chronology", "Measure started"),
    K.MEASURE_INTERRUPTED: lambda: QCoreApplication.translate("Chronology", "Measure interrupted"),
    K.MEASURE_ENDED: lambda: QCoreApplication.translate("Chronology", "Measure ended"),
    K.EVALUATION: lambda: QCoreApplication.translate("Chronology", "Evaluation"),
    K.TRANSFER: lambda: QCoreApplication.translate("Chronology", "Dossier transferred"),
    K.DOSSIER_CLOSED: lambda: QCoreApplication.translate("Chronology", "Dossier closed"),
    K.DOSSIER_REOPENED: lambda: QCoreApplication.translate("Chronology", "Dossier reopened"),
    K.DOSSIER_CANCELLED: lambda: QCoreApplication.translate("Chronology", "Dossier cancelled"),
}

#: Typed values of events that ``ui.labels`` does not know.
_DETAIL_LABELS: dict[tuple[type[StrEnum], StrEnum], Callable[[], str]] = {
    (ReviewRequestKind, ReviewRequestKind.REVIEW): lambda: QCoreApplication.translate(
        "Chronology", "review"),
    (ReviewRequestKind, ReviewRequestKind.REVOCATION): lambda: QCoreApplication.translate(
        "Chronology", "revocation"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PENDING): lambda: QCoreApplication.translate(
        "Chronology", "pending"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PLAN_CONFIRMED): lambda: QCoreApplication.translate(
        "Chronology", "plan confirmed"),
    (ReviewRequestOutcome, ReviewRequestOutcome.NEW_VERSION): lambda: QCoreApplication.translate(
        "Chronology", "new plan version"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PLAN_REVOKED): lambda: QCoreApplication.translate(
        "Chronology", "plan revoked"),
    (ReviewRequestOutcome, ReviewRequestOutcome.WITHDRAWN): lambda: QCoreApplication.translate(
        "Chronology", "request withdrawn"),
    (Discernment, Discernment.CAPABLE): lambda: QCoreApplication.translate(
        "Chronology", "able to judge"),
    (Discernment, Discernment.NOT_CAPABLE): lambda: QCoreApplication.translate(
        "Chronology", "not able to judge"),
}


def kind_label(kind: ChronologyKind) -> str:
    return KIND_LABELS[kind]()


class _ScreenWords:
    """The typed values of the events in the screen's language."""

    def __init__(self, chronology: Chronology) -> None:
        self._chronology = chronology

    def detail(self, value: StrEnum) -> str:
        own = _DETAIL_LABELS.get((type(value), value))
        return own() if own is not None else label(value)

    def version(self, number: int) -> str:
        return QCoreApplication.translate("Chronology", "version {number}").format(
            number=number)

    def measure(self, code: str) -> str:
        labels = self._chronology.measure_labels.get(code)
        text = (labels[1] if current_language() == "de" else labels[0]) if labels else ""
        return f"{code}) {text}".strip()


class ChronologyModel(QAbstractTableModel):
    """The events shown, each row's four texts made once; the summary last, in the room
    left."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, str]] = []
        self.events: tuple[ChronologyEvent, ...] = ()

    def set_events(self, chronology: Chronology, events: tuple[ChronologyEvent, ...]) -> None:
        words = _ScreenWords(chronology)
        self.beginResetModel()
        self.events = events
        self.rows = [(_when(e), kind_label(e.kind), persons_line(e, chronology),
                      summary_line(e, chronology, words)) for e in events]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("Chronology", "Date"),
                QCoreApplication.translate("Chronology", "Event"),
                QCoreApplication.translate("Chronology", "Persons"),
                QCoreApplication.translate("Chronology", "Summary"))[section]


def _when(event: ChronologyEvent) -> str:
    if event.at is None:
        return short_date(event.on)
    return f"{short_date(event.on)} {event.at.hour:02d}:{event.at.minute:02d}"


class ChronologyPage(QWidget):
    """Read on the store lane when first shown; ``preview(render, stem)`` opens a document in
    the print preview (the dossier's Documents menu does it)."""

    def __init__(self, operations: StoreOperations | None, ctx: ServiceContext | None,
                 case_id: uuid.UUID,
                 preview: Callable[[Render, str], object] | None = None) -> None:
        super().__init__()
        self.setObjectName("chronologyPage")
        self._operations = operations
        self._ctx = ctx
        self._case_id = case_id
        self._preview = preview
        self._asked = False
        self.chronology: Chronology | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("chronologyKind")
        self.kind.addItem(self.tr("All events"), None)
        for kind in ChronologyKind:
            self.kind.addItem(kind_label(kind), kind)
        kind_caption = PlainLabel(self.tr("&Event:"))
        kind_caption.setBuddy(self.kind)
        self.person = QComboBox()
        self.person.setObjectName("chronologyPerson")
        self.person.addItem(self.tr("Everyone"), None)
        person_caption = PlainLabel(self.tr("&About:"))
        person_caption.setBuddy(self.person)
        self.print_button = QPushButton(self.tr("Print or save as PDF…"))
        self.print_button.setAccessibleName(self.tr("Print or save the chronology as PDF"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_chronology)
        for combo in (self.kind, self.person):  # long labels must not widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        for widget in (kind_caption, self.kind, person_caption, self.person):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.model = ChronologyModel()
        self.table = QTableView()
        self.table.setObjectName("chronologyTable")
        self.table.setAccessibleName(self.tr("Chronology of the dossier"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._refilter)
        self.person.currentIndexChanged.connect(self._refilter)

    @property
    def chosen(self) -> ChronologyFilter:
        kind = self.kind.currentData()  # Qt gives a StrEnum back as its plain value
        return ChronologyFilter(ChronologyKind(kind) if kind else None, self.person.currentData())

    def showEvent(self, event: QShowEvent) -> None:
        self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Read the chronology once (opening the dossier stays quick: only when looked at)."""
        operations, ctx, case_id = self._operations, self._ctx, self._case_id
        if self._asked or operations is None or ctx is None:
            return
        self._asked = True
        operations.run(lambda: load_chronology(ctx, case_id), self._loaded, shown_in=self)

    def _loaded(self, chronology: Chronology) -> None:
        self.chronology = chronology
        self.person.blockSignals(True)
        for person in chronology.persons:
            self.person.addItem(person.name, person.person_id)
        self.person.blockSignals(False)
        self.print_button.setEnabled(self._preview is not None)
        self._refilter()
        self.table.resizeColumnsToContents()
        for column in range(3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # toggled: sizing the columns undid the stretch
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()

    def show_failure(self, message: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(message)
        self.message.show()

    def _refilter(self, *_args: object) -> None:
        if self.chronology is not None:
            self.model.set_events(self.chronology, self.chronology.filtered(self.chosen))
            self.table.resizeRowsToContents()

    def print_chronology(self) -> None:
        """The chronology as filtered on screen, in the print preview."""
        ctx, case_id, chosen = self._ctx, self._case_id, self.chosen
        if self._preview is None or ctx is None or self.chronology is None:
            return

        def render(language: str) -> bytes:
            return render_chronology(ctx, case_id, language, chosen)

        self._preview(render, f"chronologie-{self.chronology.number}")
