"""The caseload as a Qt table model over ``app.services.caseload.list_caseload`` rows."""

from __future__ import annotations

from typing import Any

from app.domain import AidFrame
from app.domain.steps import step_title
from app.services.caseload import CaseloadRow
from ui.qt import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex



class CaseloadModel(QAbstractTableModel):
    COLUMNS = ("number", "family", "beneficiaries", "step", "frame", "office", "opened")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseloadRow] = []

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row: used when the store locks so no name stays on screen."""
        self.set_rows([])

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
        return (self.tr("Dossier"), self.tr("Family"), self.tr("Children / young adults"),
                self.tr("Step"), self.tr("Frame"), self.tr("Office"),
                self.tr("Opened on"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if column == "opened":
                return row.opened_on.toordinal()
            if column == "step":
                return row.current_step
            return self._display(row, column)
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
        if column == "frame":
            return (self.tr("court-ordered") if row.aid_frame is AidFrame.COURT_ORDERED
                    else self.tr("voluntary"))
        if column == "office":
            return row.office_locality
        opened = QDate(row.opened_on.year, row.opened_on.month, row.opened_on.day)
        return QLocale().toString(opened, QLocale.FormatType.ShortFormat)
