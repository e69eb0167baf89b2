"""The documents over the whole caseload, for the office and the ONE: the semester placement
list (art. 6) on the latest and the next reference day, and the anonymised statistics (art. 7).
Each opens in the print preview; the list names children, so the lock closes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from app.documents.semester_list import render_semester_list
from app.documents.statistics_report import render_statistics_report
from app.rules.placements import reference_days_around
from app.services.base.context import ServiceContext
from ui.caseload_model import short_date
from ui.documents.preview import DocumentPreview
from ui.operations import StoreOperations
from ui.qt import QMenu, QWidget, is_alive

Context = Callable[[], ServiceContext | None]


class OfficeDocuments(QMenu):
    """``context()`` is the unlocked store's context, or None once locked."""

    def __init__(self, operations: StoreOperations, context: Context, parent: QWidget,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._operations, self._context, self._today = operations, context, today
        self._window = parent
        self.previews: list[DocumentPreview] = []
        self.setObjectName("officeDocuments")
        self.aboutToShow.connect(self.fill)  # the reference days move with the calendar

    def fill(self) -> None:
        self.clear()
        for day in reference_days_around(self._today()):
            action = self.addAction(self.tr(
                "Semester placement list of {date} (art. 6)…").format(date=short_date(day)))
            action.triggered.connect(partial(self.semester_list, day))
        self.addSeparator()
        statistics = self.addAction(self.tr("Anonymised statistics (art. 7)…"))
        statistics.triggered.connect(self.statistics)

    def semester_list(self, on: date) -> DocumentPreview | None:
        ctx = self._context()
        if ctx is None:
            return None
        return self.preview(partial(_semester_list, ctx, on), f"placements-{on.isoformat()}")

    def statistics(self) -> DocumentPreview | None:
        ctx = self._context()
        if ctx is None:
            return None
        today = self._today()
        return self.preview(partial(_statistics, ctx, today), f"statistiques-{today.isoformat()}")

    def preview(self, render: Callable[[str], bytes], stem: str) -> DocumentPreview:
        """A preview owned by the caseload window, closed by the lock."""
        dialog = DocumentPreview(self._operations, render, stem, f"{stem}.pdf", self._window)
        self.keep(dialog)
        dialog.show()
        return dialog

    def keep(self, dialog: DocumentPreview) -> None:
        """A preview closed by the lock (the national ones too: they name children)."""
        self.previews = [w for w in self.previews if is_alive(w) and w.isVisible()]
        self.previews.append(dialog)

    def close_all(self) -> None:
        for dialog in self.previews:
            if is_alive(dialog):
                dialog.close()
        self.previews.clear()


def _semester_list(ctx: ServiceContext, on: date, language: str) -> bytes:
    return render_semester_list(ctx, on, language)


def _statistics(ctx: ServiceContext, today: date, language: str) -> bytes:
    return render_statistics_report(ctx, today, language)
