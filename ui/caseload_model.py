"""The caseload as a Qt table model over ``app.services.caseload.list_caseload`` rows."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from app.domain import AidFrame
from app.domain.steps import step_title
from app.services.caseload.listing import HIT_END, HIT_START, CaseAlert, CaseloadRow
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

#: Roles as plain ints: comparing them costs nothing, unlike an enum member looked up per call.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TEXT_ROLES = (_DISPLAY, Qt.ItemDataRole.ToolTipRole.value)  # the tooltip shows elided text
_SORT_KEY = Qt.ItemDataRole.UserRole.value


#: The order alerts are listed in: the most urgent first.
ALERT_ORDER = (CaseAlert.REVIEW_OVERDUE, CaseAlert.AGE_LIMIT, CaseAlert.PLAN_RETURNED,
               CaseAlert.UNSIGNED_PLAN, CaseAlert.REVIEW_DUE_SOON, CaseAlert.UNSYNCED)


def alert_label(alert: CaseAlert) -> str:
    """The alert as the agent reads it in the table."""
    labels = {
        CaseAlert.REVIEW_OVERDUE: QCoreApplication.translate("Alerts", "review overdue"),
        CaseAlert.REVIEW_DUE_SOON: QCoreApplication.translate("Alerts", "review due soon"),
        CaseAlert.AGE_LIMIT: QCoreApplication.translate("Alerts", "turns 27 soon"),
        CaseAlert.UNSIGNED_PLAN: QCoreApplication.translate("Alerts", "plan awaiting signatures"),
        CaseAlert.UNSYNCED: QCoreApplication.translate("Alerts", "not synchronised"),
        CaseAlert.PLAN_RETURNED: QCoreApplication.translate(
            "Alerts", "plan returned by the ONE"),
    }
    return labels[alert]


def short_date(day: date) -> str:
    """A date as Luxembourg writes it (dd/mm/yyyy, following the French or German locale)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def shown_passage(passage: str) -> str:
    """A search's passage as the table shows it: each word found between brackets."""
    return passage.replace(HIT_START, "[").replace(HIT_END, "]")



class CaseloadModel(QAbstractTableModel):
    """The rows of one caseload load or search, each row's texts computed once.

    Painting asks every visible cell for seven roles through the proxy, each a call into
    Python that also waits for the GIL when the store lane is busy: ``data()`` answers from
    the row's cached texts with plain int comparisons. (``multiData``, one call per cell, is
    not usable: in PySide6 6.12 on Python 3.11 each ``QModelRoleData.setData`` or
    ``clearData`` drops a reference to ``None``, and the process aborts after a while.)
    """

    #: ``passage``: where a search found its words in what was written (shown only then).
    COLUMNS = ("number", "family", "beneficiaries", "step", "next_due", "alerts", "frame",
               "office", "opened", "passage")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseloadRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # id(row): its cells, filled when shown
        self._headers: tuple[str, ...] = ()

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self._headers = ()  # translated again: a language change shows at the next load
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row: the proxy's pairwise comparisons called
        ``data()`` tens of thousands of times and froze the window on big caseloads."""
        if not 0 <= column < len(self.COLUMNS):
            return
        name = self.COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda row: self._sort_key(row, name),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _sort_key(self, row: CaseloadRow, column: str) -> Any:
        if column == "opened":
            return row.opened_on.toordinal()
        if column == "next_due":
            return row.next_due.toordinal() if row.next_due else 10**7
        if column == "step":
            return row.current_step
        if column == "alerts":
            return -len(row.alerts)
        return self._display(row, column).casefold()

    def clear(self) -> None:
        """Drop every row: used when the store locks so no name stays on screen."""
        self.set_rows([])

    def retranslate(self) -> None:
        """Headers and cells are translated when asked for: forget the cached texts and make
        the views ask again."""
        self._headers = ()
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    @property
    def has_passages(self) -> bool:
        """Whether a row shows where the search's words were found in what was written."""
        return any(row.passage for row in self._rows)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def row_of(self, case_id: uuid.UUID) -> CaseloadRow | None:
        return next((row for row in self._rows if row.case_id == case_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not self._headers:
            self._headers = (
                self.tr("Dossier"), self.tr("Family"), self.tr("Beneficiaries"),
                self.tr("Step"), self.tr("Next deadline"), self.tr("Alerts"), self.tr("Frame"),
                self.tr("Office"), self.tr("Opened on"), self.tr("Found in the dossier"))
        return self._headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self._cells(index.row())[index.column()]
        if role == _SORT_KEY:
            return self._sort_key(self._rows[index.row()], self.COLUMNS[index.column()])
        return None

    def _cells(self, row_number: int) -> tuple[str, ...]:
        """The texts of one row, computed when it is first shown and kept until the reset."""
        row = self._rows[row_number]
        cells = self._texts.get(id(row))
        if cells is None:
            cells = tuple(self._display(row, column) for column in self.COLUMNS)
            self._texts[id(row)] = cells
        return cells

    def _display(self, row: CaseloadRow, column: str) -> str:
        if column == "number":
            return row.number
        if column == "family":
            return row.family_name
        if column == "beneficiaries":
            return ", ".join(row.beneficiaries)
        if column == "step":
            return f"{row.current_step} · {step_title(row.current_step).render()}"
        if column == "next_due":
            return short_date(row.next_due) if row.next_due else ""
        if column == "alerts":
            return ", ".join(alert_label(a) for a in ALERT_ORDER if a in row.alerts)
        if column == "frame":
            return (self.tr("court-ordered") if row.aid_frame is AidFrame.COURT_ORDERED
                    else self.tr("voluntary"))
        if column == "office":
            return row.office_locality
        if column == "passage":
            return shown_passage(row.passage)
        return short_date(row.opened_on)


class CaseloadFilter(QSortFilterProxyModel):
    """Sorts the caseload and keeps the rows matching the step, office and alert filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step: int | None = None
        self.office_code: str | None = None
        self.alerts_only = False
        self.setDynamicSortFilter(False)

    def set_filters(self, *, step: int | None, office_code: str | None,
                    alerts_only: bool) -> None:
        self.beginFilterChange()
        self.step, self.office_code, self.alerts_only = step, office_code, alerts_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model (one key per row), the proxy only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel):
            return True
        row = model.row_at(source_row)
        return ((self.step is None or row.current_step == self.step)
                and (self.office_code is None or row.office_code == self.office_code)
                and (not self.alerts_only or bool(row.alerts)))
