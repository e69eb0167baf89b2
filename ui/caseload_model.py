"""The caseload as a Qt table model over ``app.services.caseload.list_caseload`` rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain import AidFrame
from app.domain.steps import step_title
from app.services.caseload import CaseAlert, CaseloadRow
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

#: The order alerts are listed in: the most urgent first.
ALERT_ORDER = (CaseAlert.REVIEW_OVERDUE, CaseAlert.AGE_LIMIT, CaseAlert.UNSIGNED_PLAN,
               CaseAlert.REVIEW_DUE_SOON, CaseAlert.UNSYNCED)


def alert_label(alert: CaseAlert) -> str:
    """The alert as the agent reads it in the table."""
    labels = {
        CaseAlert.REVIEW_OVERDUE: QCoreApplication.translate("Alerts", "review overdue"),
        CaseAlert.REVIEW_DUE_SOON: QCoreApplication.translate("Alerts", "review due soon"),
        CaseAlert.AGE_LIMIT: QCoreApplication.translate("Alerts", "turns 27 soon"),
        CaseAlert.UNSIGNED_PLAN: QCoreApplication.translate("Alerts", "plan awaiting signatures"),
        CaseAlert.UNSYNCED: QCoreApplication.translate("Alerts", "not synchronised"),
    }
    return labels[alert]


def short_date(day: date) -> str:
    """A date as Luxembourg writes it (dd/mm/yyyy, following the French or German locale)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")



class CaseloadModel(QAbstractTableModel):
    COLUMNS = ("number", "family", "beneficiaries", "step", "next_due", "alerts", "frame",
               "office", "opened")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseloadRow] = []

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
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
        """Headers and cells are translated when asked for: make the views ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Dossier"), self.tr("Family"), self.tr("Beneficiaries"),
                self.tr("Step"), self.tr("Next deadline"), self.tr("Alerts"), self.tr("Frame"),
                self.tr("Office"), self.tr("Opened on"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)  # the tooltip shows what a narrow column elides
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(row, column)
        return None

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
