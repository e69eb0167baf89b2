"""The deadlines an office watches: reviews due within 30 days, overdue and escalated (art. 6),
young adults turning 27 while measures run (art. 3), one read-only table each, filtered by
office (the user's own by default). Enter or a double click opens the dossier.

Store work runs on the store lane. The window holds dossier numbers only; still, its owner
closes it at the lock, as the validator's desk.
"""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from app.documents.office_deadlines import DeadlineList, render_office_deadlines
from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import (
    AgeLimitDeadline,
    DeadlineOffices,
    OfficeDeadlines,
    ReviewDeadline,
    deadline_offices,
    office_deadlines,
)
from ui.accessibility import announce, fit_to_screen, keep_tab_moving
from ui.caseload_model import short_date
from ui.documents.preview import DocumentPreview
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QModelIndex,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

LISTS = (DeadlineList.DUE_SOON, DeadlineList.OVERDUE, DeadlineList.ESCALATED,
         DeadlineList.TURNING_27)


class OfficeDeadlinesWindow(QWidget):
    """Four lists, loaded together for the chosen office."""

    #: The case id of the row activated: the main window opens that dossier.
    dossier_requested = Signal(object)

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, *,
                 today: date | None = None) -> None:
        super().__init__()
        self._operations = operations
        self._ctx = ctx
        self._today = today
        self._closed = False
        self._serial = 0
        self.deadlines: OfficeDeadlines | None = None
        self.case_ids: dict[DeadlineList, list[uuid.UUID]] = {kind: [] for kind in LISTS}
        self.loads = 0
        self.preview: DocumentPreview | None = None
        self.setObjectName("officeDeadlinesWindow")
        fit_to_screen(self, 860, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.office = QComboBox()
        self.office.setObjectName("deadlinesOffice")
        self.office.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.office.setMinimumContentsLength(16)
        self.office_label = PlainLabel()
        self.office_label.setBuddy(self.office)  # names the combo for screen readers
        self.print_button = QPushButton()
        self.print_button.setObjectName("deadlinesPrint")
        self.print_button.clicked.connect(self.print_list)
        bar.addWidget(self.office_label)
        bar.addWidget(self.office, 1)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deadlinesTabs")
        self.tables: dict[DeadlineList, QTableWidget] = {}
        for kind in LISTS:
            table = QTableWidget(0, 5)
            table.setObjectName(f"deadlines_{kind}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.setWordWrap(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            keep_tab_moving(table)  # setTabKeyNavigation(False): Tab leaves the table
            table.activated.connect(partial(self._activated, kind))
            self.tables[kind] = table
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        self.message = PlainLabel()
        self.message.setObjectName("deadlinesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.retranslate()
        self.office.currentIndexChanged.connect(lambda _index: self.load())
        ctx_ = ctx
        operations.run(lambda: deadline_offices(ctx_), self._offices_known, self._failed)

    # --- texts ---------------------------------------------------------------------------

    def _title(self, kind: DeadlineList) -> str:
        return {
            DeadlineList.DUE_SOON: self.tr("Reviews due within 30 days"),
            DeadlineList.OVERDUE: self.tr("Reviews overdue"),
            DeadlineList.ESCALATED: self.tr("Escalations (overdue for more than 30 days)"),
            DeadlineList.TURNING_27: self.tr("Young adults turning 27"),
        }[kind]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office deadlines"))
        self.office_label.setText(self.tr("O&ffice:"))
        self.office.setAccessibleName(self.tr("Office"))
        if self.office.count():
            self.office.setItemText(0, self.tr("All offices"))
        self.print_button.setText(self.tr("Print…/Save as PDF…"))
        self.print_button.setAccessibleName(self.tr("Print or save the current list as PDF"))
        self.tabs.setAccessibleName(self.tr("Deadline lists"))
        for index, kind in enumerate(LISTS):
            table = self.tables[kind]
            table.setAccessibleName(self._title(kind))
            table.setHorizontalHeaderLabels([
                self.tr("Dossier"), self.tr("Office"), self.tr("Plan version"),
                self.tr("Turns 27 on") if kind is DeadlineList.TURNING_27 else self.tr("Due on"),
                self.tr("How late")])
            self.tabs.setTabText(index, self._tab_text(kind))
        if self.deadlines is not None:  # the "how late" column in the new language
            self._loaded(self._serial, self.deadlines)
            self.loads -= 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_text(self, kind: DeadlineList) -> str:
        return self.tr("{title} ({count})").format(title=self._title(kind),
                                                   count=len(self.case_ids[kind]))

    def lateness(self, due: date, today: date) -> str:
        days = (today - due).days
        if days > 0:
            return self.tr("{days} day(s) late").format(days=days)
        if days == 0:
            return self.tr("today")
        return self.tr("in {days} day(s)").format(days=-days)

    # --- loading -------------------------------------------------------------------------

    def _offices_known(self, offices: DeadlineOffices) -> None:
        if self._closed:
            return
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("All offices"), None)
        for code, locality in offices.offices:
            self.office.addItem(locality, code)
        own = self.office.findData(offices.own) if offices.own else -1
        self.office.setCurrentIndex(max(own, 0))
        self.office.blockSignals(False)
        self.load()

    def office_code(self) -> str | None:
        code = self.office.currentData()
        return code if isinstance(code, str) else None

    def load(self) -> None:
        ctx, office, today = self._ctx, self.office_code(), self._today or date.today()
        self._serial += 1
        serial = self._serial
        self._operations.run(lambda: office_deadlines(ctx, today, office),
                             partial(self._loaded, serial), self._failed)

    def _loaded(self, serial: int, deadlines: OfficeDeadlines) -> None:
        if self._closed or serial != self._serial:
            return  # closed at the lock, or another office was chosen meanwhile
        self.deadlines = deadlines
        today = deadlines.today
        reviews: dict[DeadlineList, list[ReviewDeadline]] = {
            DeadlineList.DUE_SOON: deadlines.due_soon, DeadlineList.OVERDUE: deadlines.overdue,
            DeadlineList.ESCALATED: deadlines.escalated}
        for kind, rows in reviews.items():
            self._fill(kind, [(r.case_id, (r.case_number, r.office_code, str(r.plan_version),
                                           short_date(r.due_on), self.lateness(r.due_on, today)))
                              for r in rows])
        self._fill(DeadlineList.TURNING_27, [self._age_row(a, today)
                                             for a in deadlines.turning_27])
        self.loads += 1

    def _age_row(self, alert: AgeLimitDeadline, today: date) -> tuple[
            uuid.UUID, tuple[str, ...]]:
        version = "–" if alert.plan_version is None else str(alert.plan_version)
        return alert.case_id, (alert.case_number, alert.office_code, version,
                               short_date(alert.turns_27_on),
                               self.lateness(alert.turns_27_on, today))

    def _fill(self, kind: DeadlineList,
              rows: list[tuple[uuid.UUID, tuple[str, ...]]]) -> None:
        table = self.tables[kind]
        table.setRowCount(len(rows))
        self.case_ids[kind] = [case_id for case_id, _cells in rows]
        for r, (_case_id, cells) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        if rows:
            table.setCurrentCell(0, 0)
        self.tabs.setTabText(LISTS.index(kind), self._tab_text(kind))

    def _activated(self, kind: DeadlineList, index: QModelIndex) -> None:
        ids = self.case_ids[kind]
        if index.isValid() and index.row() < len(ids):
            self.dossier_requested.emit(ids[index.row()])

    def current_list(self) -> DeadlineList:
        return LISTS[max(self.tabs.currentIndex(), 0)]

    # --- printing ------------------------------------------------------------------------

    def print_list(self) -> None:
        """The current list as printed, read again for the office shown (no names on it)."""
        ctx, office, kind = self._ctx, self.office_code(), self.current_list()
        today = self._today or date.today()
        stem = f"echeances-{kind.value.replace('_', '-')}-{office or 'tous'}"

        def render(language: str) -> bytes:
            return render_office_deadlines(office_deadlines(ctx, today, office), kind,
                                           language)

        if self.preview is not None and is_alive(self.preview):
            self.preview.close()
        self.preview = DocumentPreview(self._operations, render, stem, f"{stem}.pdf", self)
        self.preview.show()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, CpiError):
            raise exc
        self.message.setStyleSheet(ERROR_STYLE)
        announce(self.message, exc.message(), self.tabs)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock closes the window, its preview with it."""
        self._closed = True
        if self.preview is not None and is_alive(self.preview):  # it deletes itself on close
            self.preview.close()
        super().closeEvent(event)
