"""The main window: the agent's caseload, and the lock that hides it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from app.documents.closure_letter import render_closure_letter
from app.domain import new_id
from app.domain.steps import FIRST_STEP, LAST_STEP, step_title
from app.i18n import current_language
from app.services.base.context import ServiceContext
from app.services.base.drafts import Draft, list_drafts
from app.services.base.outcomes import NextScreen
from app.services.caseload.agenda import KIND_NAMES
from app.services.caseload.listing import CaseloadRow
from app.services.caseload.office import is_office_lead
from app.services.caseload.search import search_caseload
from app.services.caseload.week import TodayItem, TodayKind, this_week
from app.services.dossier.detail import DossierDetail, load_dossier_detail
from app.services.one.directory import can_edit_directory
from app.services.plan.validation import can_validate
from app.store.keyfile import SecretMode
from ui.accessibility import fit_to_screen, keep_tab_moving, name_overflow
from ui.agenda import AgendaWindow, save_calendar
from ui.caseload_model import CaseloadFilter, CaseloadModel, short_date
from ui.documents.find_version import FindVersionDialog
from ui.documents.office_menu import OfficeDocuments
from ui.dossier_window import DossierWindow
from ui.national_lists import NationalListsDialog
from ui.network import NetworkOperations
from ui.office_deadlines import OfficeDeadlinesWindow
from ui.office_lead import OfficeLeadWindow
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel
from ui.provider_directory import ProviderDirectoryWindow
from ui.qt import (
    QAbstractItemView,
    QAction,
    QByteArray,
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QCoreApplication,
    QDockWidget,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QModelIndex,
    Qt,
    QTableView,
    QTimer,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.sync_panel import SyncPanel
from ui.sync_work import Keyring
from ui.unlock_dialog import DEMO_STYLE, WARNING_STYLE
from ui.validation_window import ValidationWindow
from ui.warm_up import warm_dossier_widgets
from ui.wizards.analysis import AnalysisWizard
from ui.wizards.assessment import AssessmentWizard
from ui.wizards.closure import ClosureWizard
from ui.wizards.coordination import CoordinationWizard
from ui.wizards.draft_wizard import DraftWizard, outcome_notice
from ui.wizards.evaluation import EvaluationWizard
from ui.wizards.implementation import ImplementationWizard
from ui.wizards.intake_drafts import IntakeDraftsDialog
from ui.wizards.opening import OpeningWizard
from ui.wizards.plan import PlanWizard
from ui.wizards.planning import PlanningWizard

#: Wait this long after the last keystroke before searching (typing stays fluid).
SEARCH_DELAY_MS = 120
@dataclass(frozen=True)
class OpenWindows:
    """The dossier windows (dossier, geometry, tab) and wizards (kind, dossier, draft key,
    geometry) that were open when the window closed them."""

    dossiers: list[tuple[uuid.UUID, QByteArray, int]] = field(default_factory=list)
    wizards: list[tuple[type[DraftWizard], uuid.UUID | None, uuid.UUID | None, QByteArray]] = \
        field(default_factory=list)


#: The wizard of each step; closing (8) is offered from every step.
STEP_WIZARDS: dict[int, type[DraftWizard]] = {
    1: AnalysisWizard, 2: AssessmentWizard, 3: PlanningWizard, 4: PlanWizard,
    5: ImplementationWizard, 6: CoordinationWizard, 7: EvaluationWizard, 8: ClosureWizard}
#: After an unlock, the windows open at the lock come back this long after the caseload shows.
REOPEN_DELAY_MS = 100
#: The first dossier window's widgets are prepared this long after the caseload shows.
WARM_UP_DELAY_MS = 1500
#: The columns a search's passage takes the room of, while it is shown.
PASSAGE_ROOM = ("frame", "office", "opened")
#: A search's passage shows third (after the number and the family), this wide at least.
PASSAGE_PLACE, PASSAGE_WIDTH = 2, 380
#: The week's list shows the earliest items; a longer list is no longer a to-do list.
TODAY_SHOWN = 100


def today_label(item: TodayItem) -> str:
    """One line of the Today panel."""
    kinds = {
        TodayKind.REVIEW_OVERDUE: QCoreApplication.translate("Today", "Review overdue"),
        TodayKind.REVIEW_DUE: QCoreApplication.translate("Today", "Plan review due"),
        TodayKind.OBJECTIVE_DUE: QCoreApplication.translate("Today", "Objective due"),
        TodayKind.MEASURE_STARTS: QCoreApplication.translate("Today", "Measure to start"),
        TodayKind.AGE_LIMIT: QCoreApplication.translate("Today", "Turns 27"),
        TodayKind.AWAITING_SIGNATURES: QCoreApplication.translate(
            "Today", "Plan awaiting signatures"),
        TodayKind.REVIEW_REQUEST: QCoreApplication.translate(
            "Today", "Request for review to answer"),
        TodayKind.PLAN_RETURNED: QCoreApplication.translate(
            "Today", "Plan returned by the ONE"),
        TodayKind.TASK_DUE: QCoreApplication.translate("Today", "Task"),
        TodayKind.TASK_OVERDUE: QCoreApplication.translate("Today", "Task overdue"),
    }
    if item.kind is TodayKind.APPOINTMENT:
        at = f"{short_date(item.on)} {item.at:%H:%M}" if item.on and item.at else ""
        kind = KIND_NAMES[item.appointment_kind].render() if item.appointment_kind else ""
        number = item.case_number or QCoreApplication.translate("Today", "no dossier")
        return f"{at} — {number} — {kind}"
    when = f" ({short_date(item.on)})" if item.on else ""
    text = f" — {item.text}" if item.text else ""  # no colon: its spacing is the language's
    return f"{item.case_number} — {kinds[item.kind]}{when}{text}"



class MainWindow(QMainWindow):
    def __init__(self, operations: StoreOperations, on_lock: Callable[[], None], *,
                 demo: bool = False, network: NetworkOperations | None = None,
                 keyring: Keyring = None) -> None:
        super().__init__()
        self._operations = operations
        self._on_lock = on_lock
        self._ctx: ServiceContext | None = None
        fit_to_screen(self, 1100, 640)

        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        name_overflow(toolbar)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.step_action = QAction(self)
        self.step_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.step_action.triggered.connect(self._work_on_step)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_dossier)
        self.close_case_action = QAction(self)
        self.close_case_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.close_case_action.triggered.connect(self._close_dossier)
        self.find_version_action = QAction(self)
        self.find_version_action.setShortcut(QKeySequence("Ctrl+E"))
        self.find_version_action.triggered.connect(self.find_version)
        self.addAction(self.find_version_action)
        self.validation_action = QAction(self)
        self.validation_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.validation_action.triggered.connect(self.open_validation)
        self.validation_action.setVisible(False)  # a ONE validator's only
        self.validation_window: ValidationWindow | None = None
        self.directory_action = QAction(self)  # its text: _set_texts
        self.directory_action.setObjectName("providerDirectoryAction")
        self.directory_action.triggered.connect(self.open_directory)
        self.directory_action.setVisible(False)  # a ONE administrator's only
        self.directory_window: ProviderDirectoryWindow | None = None
        self.national_action = QAction(self)  # its text: _set_texts
        self.national_action.setObjectName("nationalListsAction")
        self.national_action.triggered.connect(self.open_national_lists)
        self.national_action.setVisible(False)  # a ONE administrator's only
        self.national_dialog: NationalListsDialog | None = None
        self.deadlines_window: OfficeDeadlinesWindow | None = None
        self.week_window: AgendaWindow | None = None
        self.lead_window: OfficeLeadWindow | None = None
        # The week's appointments and tasks: one click away on the toolbar, the same action
        # as the Dossier menu's (its texts: _set_texts).
        self.week_action = QAction(self)
        self.week_action.setObjectName("weekAction")
        self.week_action.setShortcut(QKeySequence("Ctrl+3"))
        self.week_action.triggered.connect(self.open_week)
        toolbar.addAction(self.validation_action)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.step_action)
        toolbar.addAction(self.close_case_action)
        toolbar.addAction(self.week_action)
        self.office_documents = OfficeDocuments(operations, lambda: self._ctx, self)
        self.documents_button = QToolButton()
        self.documents_button.setObjectName("officeDocumentsButton")
        self.documents_button.setMenu(self.office_documents)
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.documents_button)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

        central = QWidget()
        layout = QVBoxLayout(central)
        if demo:
            banner = PlainLabel()
            banner.setObjectName("demoBanner")
            banner.setStyleSheet(DEMO_STYLE)
            layout.addWidget(banner)
        self.keyring_warning = PlainLabel()
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setStyleSheet(WARNING_STYLE)
        self.keyring_warning.hide()
        layout.addWidget(self.keyring_warning)

        layout.addLayout(self._filter_bar())
        self.model = CaseloadModel()
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(CaseloadModel.COLUMNS.index("opened"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.activated.connect(self._open_dossier)
        keep_tab_moving(self.table)
        self.dossier_windows: list[DossierWindow] = []
        self.wizards: list[DraftWizard] = []
        self.notice: QMessageBox | None = None
        self.find_dialog: FindVersionDialog | None = None
        self.intake_dialog: IntakeDraftsDialog | None = None
        self._reopen = OpenWindows()
        self._locked_actor: uuid.UUID | None = None
        self._reopen_pending = False
        self._warmed = False
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.count_label = PlainLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.sync_panel = SyncPanel(self, operations, network or NetworkOperations(self),
                                    keyring)
        self.sync_panel.synced.connect(self.refresh)
        # A write through the lane, from any window: the caseload shows it (open dossier
        # windows reload themselves from the same signal).
        self._operations.changed.connect(self._store_changed)
        self.sync_panel.context_changed.connect(self._switch_context)
        toolbar.insertAction(self.refresh_action, self.sync_panel.action)
        self._add_today_panel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self._query_serial = 0
        self._add_preferences_and_shortcuts()
        self._add_menus()
        self._set_texts()

    def _size_columns(self) -> None:
        """Fixed widths from the font, names get the room left: the table fits a 1366x768
        screen beside the week's list, and no column measures 2,000 rows on each load
        (ResizeToContents did, and froze the window for 60 ms)."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        metrics = self.table.fontMetrics()
        samples = {"number": "CENTRE-2026-D8D8D8", "next_due": "00/00/0000",
                   "opened": "00/00/0000"}
        columns = CaseloadModel.COLUMNS
        for name in columns:
            header.setSectionResizeMode(columns.index(name), QHeaderView.ResizeMode.Interactive)
        for name, sample in samples.items():
            title = str(self.model.headerData(columns.index(name), Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(columns.index(name), width + 24)
        for name, width in (("family", 150), ("step", 150), ("alerts", 130), ("frame", 100),
                            ("office", 110)):
            header.resizeSection(columns.index(name), width)
        header.setSectionResizeMode(columns.index("beneficiaries"),
                                    QHeaderView.ResizeMode.Stretch)
        # Where a search found its words in what was written: shown with such results only.
        self.table.setColumnHidden(columns.index("passage"), True)

    def _filter_bar(self) -> QVBoxLayout:
        """The search on its row, the filters on the next: both fit 1366x768 at 150 %."""
        bar = QHBoxLayout()
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        focus_search = QAction(self)
        focus_search.setObjectName("focusSearch")
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(lambda: self.search.setFocus())
        self.addAction(focus_search)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("stepFilter")
        self.step_filter.addItem("", None)  # "All steps": the texts in ``_set_texts``
        for step in range(FIRST_STEP, LAST_STEP + 1):
            self.step_filter.addItem("", step)
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("officeFilter")
        self.office_filter.addItem("", None)
        self.alerts_filter = QCheckBox()
        self.alerts_filter.setObjectName("alertsFilter")
        for combo in (self.step_filter, self.office_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            # Narrower than their longest item at 150 %: the search keeps its room.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.alerts_filter.toggled.connect(self._apply_filters)
        # Visible labels: on Linux, screen readers name a combo box by its current text and
        # ignore its accessible name; a label whose buddy it is names it.
        self.search_label = PlainLabel()
        self.search_label.setBuddy(self.search)
        self.step_label = PlainLabel()
        self.step_label.setBuddy(self.step_filter)
        self.office_label = PlainLabel()
        self.office_label.setBuddy(self.office_filter)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        filters.addWidget(self.step_label)
        filters.addWidget(self.step_filter, 2)
        filters.addWidget(self.office_label)
        filters.addWidget(self.office_filter, 1)
        filters.addWidget(self.alerts_filter)
        self.closed_filter = QCheckBox()  # to reopen one
        self.closed_filter.setObjectName("closedFilter")
        self.closed_filter.toggled.connect(lambda _checked: self._search())
        filters.addWidget(self.closed_filter)
        rows = QVBoxLayout()
        rows.addLayout(bar)
        rows.addLayout(filters)
        return rows

    def _add_today_panel(self) -> None:
        self.today_list = QListWidget()
        self.today_list.setObjectName("todayList")
        self.today_list.itemActivated.connect(self._select_from_today)
        self.today_list.setMaximumWidth(230)
        self.today_list.setWordWrap(True)
        dock = QDockWidget(self)
        dock.setObjectName("todayDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(self.today_list)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def attach(self, ctx: ServiceContext, *, first_run: bool = False) -> None:
        """Show the caseload of a freshly unlocked store (``first_run``: just created here,
        the enrolment and first download follow)."""
        self._ctx = ctx
        self.keyring_warning.setVisible(ctx.store.report.mode is SecretMode.PASSPHRASE_ONLY)
        failed = ctx.store.report.failed_attempts_before
        if failed == 1:
            self.statusBar().showMessage(self.tr(
                "One failed unlock attempt since the last opening."))
        elif failed:
            self.statusBar().showMessage(self.tr(
                "{count} failed unlock attempts since the last opening.").format(count=failed))
        self.refresh()
        self._reopen_pending = True  # once the caseload is painted (one stall at a time)
        self.validation_action.setVisible(False)
        self.lead_action.setVisible(False)
        self.directory_action.setVisible(False)
        self.national_action.setVisible(False)
        self._ask_role(ctx)
        self.sync_panel.attach(ctx, first_run=first_run)

    def _ask_role(self, ctx: ServiceContext) -> None:
        """What the signed-in user's role offers: the validator's queue, the office lead's
        desk, the ONE administrator's provider directory."""
        self._operations.run(partial(can_validate, ctx), self._role_known, shown_in=self)
        self._operations.run(partial(is_office_lead, ctx), self._lead_known, shown_in=self)
        self._operations.run(partial(can_edit_directory, ctx), self._directory_known,
                             shown_in=self)

    def _role_known(self, validator: bool) -> None:
        self.validation_action.setVisible(validator and self._ctx is not None)

    def _lead_known(self, lead: bool) -> None:
        self.lead_action.setVisible(lead and self._ctx is not None)

    def open_office_lead(self) -> None:
        """The office lead's desk: dossiers per agent, escalations, plans waiting, covers,
        and the commands to give a dossier or a cover."""
        ctx = self._ctx
        if ctx is None:
            return
        if self.lead_window is None or not is_alive(self.lead_window):
            self.lead_window = OfficeLeadWindow(self._operations, ctx)
            self.lead_window.dossier_requested.connect(partial(self._load_dossier, ctx))
            self.lead_window.deadlines_requested.connect(self.open_deadlines)
        else:
            self.lead_window.load()
        self.lead_window.show()

    def _directory_known(self, one_admin: bool) -> None:
        self.directory_action.setVisible(one_admin and self._ctx is not None)
        self.national_action.setVisible(one_admin and self._ctx is not None)

    def open_national_lists(self) -> None:
        """The ONE administrator's national documents, made by the server (art. 6 and 7)."""
        if self._ctx is None:
            return
        if self.national_dialog is not None and is_alive(self.national_dialog):
            self.national_dialog.raise_()
            return
        dialog = NationalListsDialog(self.sync_panel.network, self._operations, self._ctx,
                                     self.sync_panel.keyring, self)
        dialog.opened.connect(self.office_documents.keep)
        dialog.finished.connect(self._national_closed)
        self.national_dialog = dialog
        dialog.open()

    def _national_closed(self) -> None:
        if self.national_dialog is not None:
            self.national_dialog.deleteLater()
            self.national_dialog = None

    def open_directory(self) -> None:
        """The ONE administrator's provider directory (art. 13)."""
        if self._ctx is None:
            return
        if self.directory_window is None or not is_alive(self.directory_window):
            self.directory_window = ProviderDirectoryWindow(self._operations, self._ctx)
        else:
            self.directory_window.load()
        self.directory_window.show()

    def open_validation(self) -> None:
        """A ONE validator's queue of plans to validate or return."""
        if self._ctx is None:
            return
        if self.validation_window is None or not is_alive(self.validation_window):
            self.validation_window = ValidationWindow(self._operations, self._ctx)
        else:
            self.validation_window.load()
        self.validation_window.show()

    def open_deadlines(self) -> None:
        """Reviews due, overdue and escalated, young adults turning 27: the office's lists."""
        ctx = self._ctx
        if ctx is None:
            return
        if self.deadlines_window is None or not is_alive(self.deadlines_window):
            self.deadlines_window = OfficeDeadlinesWindow(self._operations, ctx)
            self.deadlines_window.dossier_requested.connect(partial(self._load_dossier, ctx))
        else:
            self.deadlines_window.load()
        self.deadlines_window.show()

    def open_week(self) -> None:
        """The week's appointments (today's first) and tasks, and the calendar's export."""
        ctx = self._ctx
        if ctx is None:
            return
        if self.week_window is None or not is_alive(self.week_window):
            self.week_window = AgendaWindow(self._operations, ctx, None, self)
        else:
            self.week_window.load()
        self.week_window.show()

    def export_calendar(self, path: str | None = None) -> None:
        """The office calendar's .ics file, where the agent chooses: dossier numbers, kinds
        of appointment and kinds of place only."""
        if self._ctx is not None:
            save_calendar(self._operations, self._ctx, self, path,
                          lambda: self.statusBar().showMessage(self.tr("Calendar saved."), 8000))

    def _switch_context(self, ctx: ServiceContext) -> None:
        """Enrolment made the server's record of the agent this computer's user."""
        if self._ctx is not None and ctx.store is self._ctx.store:
            self._ctx = ctx
            self.refresh()
            self._operations.run(partial(can_validate, ctx), self._role_known, shown_in=self)
            self._operations.run(partial(is_office_lead, ctx), self._lead_known, shown_in=self)

            self._ask_role(ctx)

    def _reopen_if_unlocked(self, ctx: ServiceContext | None) -> None:
        if ctx is not None and self._ctx is ctx:
            self._reopen_after_unlock(ctx)

    def _reopen_after_unlock(self, ctx: ServiceContext) -> None:
        """Unlocking returns the agent to where they were: the wizards open at the lock come
        back on the page they were on, with their drafts (never for another user)."""
        self._reopen_pending = False
        windows, self._reopen = self._reopen, OpenWindows()
        if ctx.actor_id == self._locked_actor:
            self._open_again(ctx, windows)

    def _store_changed(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Load the caseload (or the search results) and the week's list, off the GUI thread."""
        ctx = self._ctx
        if ctx is None:
            return
        # The week's list first: the rows then paint with the lane idle, not waiting for the
        # GIL behind this_week (the load stall halved).
        today = date.today()
        self._operations.run(lambda: this_week(ctx, today), self._show_today, shown_in=self)
        self._search()

    def _search(self) -> None:
        """The caseload rows matching the search text (all of them when it is empty)."""
        ctx = self._ctx
        if ctx is None:
            return
        self._query_serial += 1
        serial, typed, today = self._query_serial, self.search.text(), date.today()
        closed = self.closed_filter.isChecked()
        self._operations.run(lambda: search_caseload(ctx, typed, include_closed=closed,
                                                     today=today),
                             lambda rows: self._show_rows(serial, rows), shown_in=self)

    def _show_rows(self, serial: int, rows: list[CaseloadRow]) -> None:
        if serial != self._query_serial or self._ctx is None:
            return  # a newer search is on its way, or the store was locked meanwhile
        self.model.set_rows(rows)  # newest first, as the service orders them
        passages = self.model.has_passages
        self.table.setColumnHidden(CaseloadModel.COLUMNS.index("passage"), not passages)
        if passages:  # the answer of such a search, beside the family's name, in view
            header = self.table.horizontalHeader()
            passage = CaseloadModel.COLUMNS.index("passage")
            header.moveSection(header.visualIndex(passage), PASSAGE_PLACE)
            header.setSectionResizeMode(passage, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(passage, max(header.sectionSize(passage), PASSAGE_WIDTH))
        # The passage is the answer to such a search: it takes the room of the aid frame,
        # the office and the opening date (back with the next plain list).
        for name in PASSAGE_ROOM:
            self.table.setColumnHidden(CaseloadModel.COLUMNS.index(name), passages)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_UP_DELAY_MS, warm_dossier_widgets)
        if self._reopen_pending:
            self._reopen_pending = False
            QTimer.singleShot(REOPEN_DELAY_MS, partial(self._reopen_if_unlocked, self._ctx))
        header = self.table.horizontalHeader()
        opened = CaseloadModel.COLUMNS.index("opened")
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
                opened, Qt.SortOrder.DescendingOrder):
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fill_offices(rows)
        self.count_label.setText(self.count_text(len(rows)))
        self.table.doItemsLayout()  # now, not on a timer after a first paint: one paint, not two

    def count_text(self, count: int) -> str:
        """The status bar's count of dossiers, one in the singular ("1 dossier ouvert")."""
        if count == 1:
            return self.tr("1 open dossier")
        return self.tr("{count} open dossiers").format(count=count)

    def _fill_offices(self, rows: list[CaseloadRow]) -> None:
        offices = sorted({(row.office_locality, row.office_code) for row in rows})
        known = {self.office_filter.itemData(i) for i in range(self.office_filter.count())}
        for locality, code in offices:
            if code not in known:
                self.office_filter.addItem(locality, code)

    def _open_dossier(self, index: QModelIndex) -> None:
        """Open the dossier of the activated row (double click or Enter)."""
        ctx = self._ctx
        if ctx is None or not index.isValid():
            return
        self._load_dossier(ctx, self.model.row_at(self.proxy.mapToSource(index).row()).case_id)

    def _load_dossier(self, ctx: ServiceContext, case_id: uuid.UUID) -> None:
        self._operations.run(lambda: load_dossier_detail(ctx, case_id),
                             self._show_dossier, shown_in=self)

    def find_version(self) -> None:
        """Back from a home visit: the fingerprint on the signed pages leads to the version."""
        if self._ctx is None:
            return
        self.find_dialog = FindVersionDialog(self._operations, self._ctx,
                                             self._open_on_plan, self)
        self.find_dialog.show()

    def _open_on_plan(self, case_id: uuid.UUID) -> None:
        ctx = self._ctx
        if ctx is None:
            return

        def shown(detail: DossierDetail) -> None:
            self._show_dossier(detail)
            if self._ctx is not None and self.dossier_windows:
                self.dossier_windows[-1].show_plan_tab()

        self._operations.run(lambda: load_dossier_detail(ctx, case_id), shown, shown_in=self)

    def _show_dossier(self, detail: DossierDetail) -> None:
        if self._ctx is None:
            return  # locked while loading: show nothing
        window = DossierWindow(detail, self._operations, self._ctx)
        window.step_requested.connect(self.work_on_step)
        self.dossier_windows.append(window)
        # Shown in the next turn of the event loop: building the window and its first paint
        # were one 45 ms pause; now two of about 20 (the other tabs follow, ui.dossier_window).
        window.show_soon()

    def _selected_row(self) -> CaseloadRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected and self.table.currentIndex().isValid():
            selected = [self.table.currentIndex()]  # the row the keyboard is on
        if self._ctx is None or not selected:
            self.statusBar().showMessage(self.tr("Select a dossier first."), 5000)
            return None
        return self.model.row_at(self.proxy.mapToSource(selected[0]).row())

    def _work_on_step(self) -> None:
        """Open the wizard of the selected dossier's current step (drafts resume)."""
        row = self._selected_row()
        if row is not None:
            self.open_wizard(STEP_WIZARDS[row.current_step], row)

    def work_on_step(self, case_id: uuid.UUID, step: int) -> None:
        """The dossier's overview asked for the wizard of ``step`` (drafts resume)."""
        if self._ctx is not None:
            STEP_WIZARDS[step].launch(self._operations, self._ctx, case_id, self._wizard_shown)

    def _close_dossier(self) -> None:
        """Closing is possible from every step: aid is voluntary."""
        row = self._selected_row()
        if row is not None:
            self.open_wizard(ClosureWizard, row)

    def new_dossier(self) -> None:
        """Open a dossier from a request; unfinished intakes are offered first."""
        ctx = self._ctx
        if ctx is not None:
            self._operations.run(partial(list_drafts, ctx, OpeningWizard.WIZARD),
                                 self._choose_intake, shown_in=self)

    def _choose_intake(self, drafts: list[Draft]) -> None:
        if self._ctx is None:
            return
        if not drafts:
            self._start_intake(new_id())
            return
        self.intake_dialog = IntakeDraftsDialog(self._operations, self._ctx, drafts,
                                                self._start_intake,
                                                lambda: self._start_intake(new_id()), self)
        self.intake_dialog.open()

    def _start_intake(self, key: uuid.UUID | None) -> None:
        """An intake's draft is kept under its own id (None: the one older versions kept)."""
        if self._ctx is not None:
            OpeningWizard.launch(self._operations, self._ctx, None, self._wizard_shown,
                                 draft_key=key)

    def open_wizard(self, wizard: type[DraftWizard], row: CaseloadRow) -> None:
        if self._ctx is not None:
            wizard.launch(self._operations, self._ctx, row.case_id, self._wizard_shown)

    def _wizard_shown(self, wizard: DraftWizard) -> None:
        if self._ctx is None:
            wizard.close()
            return
        self.wizards.append(wizard)
        wizard.accepted.connect(lambda: self._wizard_finished(wizard))

    def _wizard_finished(self, wizard: DraftWizard) -> None:
        """Say what the rules still wait for, and open the closure an evaluation asked."""
        if wizard in self.wizards:
            self.wizards.remove(wizard)
        wizard.deleteLater()
        self.refresh()
        for window in self.dossier_windows:
            if is_alive(window) and window.case_id == wizard.case_id:
                window.reload()  # its overview says what comes next
        outcome = wizard.step_outcome
        notice = outcome_notice(outcome)
        if notice:
            self.notice = QMessageBox(QMessageBox.Icon.Information, self.tr("cpi-terrain"),
                                      notice, QMessageBox.StandardButton.Ok, self)
            self.notice.setObjectName("wizardNotice")
            self.notice.setModal(False)
            self.notice.show()
        if outcome is None or self._ctx is None or wizard.case_id is None:
            return
        if outcome.next_screen is NextScreen.CLOSURE_LETTER:
            self._preview_closure_letter(self._ctx, wizard.case_id)
        elif outcome.next_screen is NextScreen.CLOSURE:
            ClosureWizard.launch(self._operations, self._ctx, wizard.case_id,
                                 self._wizard_shown)

    def _preview_closure_letter(self, ctx: ServiceContext, case_id: uuid.UUID) -> None:
        """The dossier leaves the caseload once closed: its letter to the family comes now
        (it stays in the dossier's Documents menu, found by a plan's fingerprint)."""
        row = self.model.row_of(case_id)
        self.office_documents.preview(partial(render_closure_letter, ctx, case_id),
                                      f"cloture-{row.number}" if row else "cloture")

    def _apply_filters(self) -> None:
        self.proxy.set_filters(step=self.step_filter.currentData(),
                               office_code=self.office_filter.currentData(),
                               alerts_only=self.alerts_filter.isChecked())

    def _show_today(self, items: list[TodayItem]) -> None:
        if self._ctx is None:
            return
        self.today_list.clear()
        for item in items[:TODAY_SHOWN]:
            entry = QListWidgetItem(today_label(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.case_id)
            entry.setData(Qt.ItemDataRole.UserRole + 1, item.record_id)
            self.today_list.addItem(entry)
        if len(items) > TODAY_SHOWN:
            self.today_list.addItem(self.tr("… and {count} more: filter the caseload by "
                                            "alerts.").format(count=len(items) - TODAY_SHOWN))
        if not items:
            self.today_list.addItem(self.tr("Nothing falls due this week."))

    def _select_from_today(self, entry: QListWidgetItem) -> None:
        case_id = entry.data(Qt.ItemDataRole.UserRole)
        if case_id is None and entry.data(Qt.ItemDataRole.UserRole + 1):
            self.open_week()  # an appointment on no dossier: the week's window has it
            return
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).case_id == case_id:
                self.table.selectRow(row)
                return

    def lock(self) -> None:
        """Clear every name from the screen (search text included), then close the store."""
        self._locked_actor = self._ctx.actor_id if self._ctx else None
        self._ctx = None
        self._search_timer.stop()
        self.sync_panel.detach()
        # A wizard saves its draft on close, on the lane, before the store locks.
        self._reopen = self._close_windows()
        if self.notice is not None:
            self.notice.close()
        if self.find_dialog is not None:
            self.find_dialog.close()
        if self.intake_dialog is not None and is_alive(self.intake_dialog):
            self.intake_dialog.close()
        self.office_documents.close_all()
        if self.validation_window is not None:
            self.validation_window.close()
            self.validation_window.deleteLater()
            self.validation_window = None
        self.validation_action.setVisible(False)
        if self.directory_window is not None:  # a dialog open keeps its draft
            if is_alive(self.directory_window):
                self.directory_window.close_keeping_drafts()
                self.directory_window.deleteLater()
            self.directory_window = None
        self.directory_action.setVisible(False)
        if self.national_dialog is not None:  # its closing lets it go (_national_closed)
            self.national_dialog.close()
            self.national_dialog = None
        self.national_action.setVisible(False)
        if self.deadlines_window is not None:  # dossier numbers only, closed all the same
            self.deadlines_window.close()
            self.deadlines_window.deleteLater()
            self.deadlines_window = None
        if self.week_window is not None:  # names of the families: closed at the lock
            if is_alive(self.week_window):
                self.week_window.close()
                self.week_window.deleteLater()
            self.week_window = None
        if self.lead_window is not None:  # numbers and colleagues' names: closed too
            self.lead_window.close()
            self.lead_window.deleteLater()
            self.lead_window = None
        self.lead_action.setVisible(False)
        self.model.clear()
        self.today_list.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.count_label.clear()
        self._on_lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in self.dossier_windows:
            window.close()
        self.model.clear()
        self.today_list.clear()
        super().closeEvent(event)

    # --- Preferences and the live language switch (see ``retranslate``) ---------------------

    def _add_preferences_and_shortcuts(self) -> None:
        """Preferences… (Ctrl+,) before Lock (the Application opens the dialog), and keys to
        reach the caseload and the week's list without the mouse."""
        self.preferences_action = QAction(self)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.insertAction(self.lock_action, self.preferences_action)
        self.go_caseload_action = QAction(self)
        self.go_caseload_action.setShortcut(QKeySequence("Ctrl+1"))
        self.go_caseload_action.triggered.connect(lambda: self.table.setFocus())
        self.go_week_action = QAction(self)
        self.go_week_action.setShortcut(QKeySequence("Ctrl+2"))
        self.go_week_action.triggered.connect(lambda: self.today_list.setFocus())
        self.addActions([self.go_caseload_action, self.go_week_action])
        self._language = current_language()

    def _add_menus(self) -> None:
        """A menu bar holding every command of the toolbar and every shortcut, with
        mnemonics (Alt+D, Alt+A, Alt+O in French): the same actions, not copies."""
        bar = self.menuBar()
        bar.setObjectName("mainMenuBar")
        self.dossier_menu = QMenu(bar)
        self.dossier_menu.setObjectName("dossierMenu")
        self.dossier_menu.addActions([self.new_action, self.step_action,
                                      self.close_case_action])
        self.dossier_menu.addSeparator()
        self.dossier_menu.addMenu(self.office_documents)
        self.dossier_menu.addActions([self.find_version_action, self.validation_action])
        self.deadlines_action = QAction(self)  # its text: _set_texts
        self.deadlines_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.deadlines_action.triggered.connect(self.open_deadlines)
        self.dossier_menu.addAction(self.deadlines_action)
        self.dossier_menu.addAction(self.week_action)  # the toolbar's too
        self.calendar_action = QAction(self)  # its text: _set_texts
        self.calendar_action.setObjectName("calendarExportAction")
        self.calendar_action.triggered.connect(lambda: self.export_calendar())
        self.dossier_menu.addAction(self.calendar_action)
        self.lead_action = QAction(self)  # its text: _set_texts
        self.lead_action.setObjectName("officeLeadAction")
        self.lead_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lead_action.triggered.connect(self.open_office_lead)
        self.lead_action.setVisible(False)  # an office lead's only
        self.dossier_menu.addAction(self.lead_action)
        self.view_menu = QMenu(bar)
        self.view_menu.setObjectName("viewMenu")
        focus_search = self.findChild(QAction, "focusSearch")
        if focus_search is not None:
            self.view_menu.addAction(focus_search)
        self.view_menu.addActions([self.go_caseload_action, self.go_week_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.tools_menu = QMenu(bar)
        self.tools_menu.setObjectName("toolsMenu")
        self.tools_menu.addActions([self.sync_panel.action, self.sync_panel.password_action,
                                    self.directory_action, self.national_action,
                                    self.preferences_action])
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.lock_action)
        for menu in (self.dossier_menu, self.view_menu, self.tools_menu):
            bar.addMenu(menu)

    def _show_shortcuts(self) -> None:
        """Toolbar tooltips name the keyboard shortcut, so that mouse users learn them."""
        for action in (self.new_action, self.step_action, self.close_case_action,
                       self.week_action, self.sync_panel.action, self.refresh_action,
                       self.preferences_action, self.lock_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "")  # a menu's mnemonic, not for a tooltip
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show every text of this window, and of the windows it opened, in the new language.

        Installing translators (``ui.i18n``) makes Qt send each window a LanguageChange event,
        which lands here. The window's own texts are set in one place, ``_set_texts``, also
        called when it is built; the caseload model translates on demand, so the views only
        need to ask it again; the week's list is reloaded. Dossier windows and step wizards
        are built from dozens of texts at once: rather than a second copy of each, they are
        closed and reopened in the new language, where they were (a wizard saves its draft
        when closed and resumes on the same page).
        """
        self.sync_panel.retranslate()  # before: the tooltips name its action
        self._set_texts()
        self.model.retranslate()
        self.statusBar().clearMessage()
        ctx = self._ctx
        if ctx is not None and self.isVisible():  # hidden: locked, or closed (its store too)
            self.count_label.setText(self.count_text(self.model.rowCount()))
            today = date.today()
            self._operations.run(lambda: this_week(ctx, today), self._show_today, shown_in=self)
        if self._language != current_language():
            self._language = current_language()
            self._reopen_windows()

    def _set_texts(self) -> None:
        """Every text of the window, written once: when it is built and at each language
        change."""
        self.setWindowTitle(self.tr("cpi-terrain — My caseload"))
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.setWindowTitle(self.tr("Caseload"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.lock_action.setText(self.tr("Lock"))
        self.step_action.setText(self.tr("Work on the step…"))
        self.new_action.setText(self.tr("New dossier…"))
        self.close_case_action.setText(self.tr("Close the dossier…"))
        self.find_version_action.setText(self.tr("Find a version by its fingerprint…"))
        self.validation_action.setText(self.tr("Plans awaiting validation…"))
        self.documents_button.setText(self.tr("Documents"))
        self.documents_button.setAccessibleName(self.tr("Documents of the caseload"))
        self.preferences_action.setText(self.tr("Preferences…"))
        self.go_caseload_action.setText(self.tr("Go to the caseload"))
        self.go_week_action.setText(self.tr("Go to this week's list"))
        self.dossier_menu.setTitle(self.tr("&Dossier"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.office_documents.setTitle(self.tr("Documents of the caseload"))
        self.deadlines_action.setText(self.tr("Office deadlines…"))
        self.week_action.setText(self.tr("This &week: appointments and tasks…"))
        self.week_action.setIconText(self.tr("This week"))  # the toolbar's button: short
        self.calendar_action.setText(self.tr("E&xport to the office calendar (.ics)…"))
        self.lead_action.setText(self.tr("Office lead: dossiers, escalations, cover…"))

        self.directory_action.setText(self.tr("Provider directory…"))
        self.national_action.setText(self.tr("National lists…"))
        focus_search = self.findChild(QAction, "focusSearch")
        if focus_search is not None:
            focus_search.setText(self.tr("Search"))
        banner = self.findChild(QLabel, "demoBanner")
        if banner is not None:
            banner.setText(self.tr("Demo caseload: every family here is invented."))
        self.keyring_warning.setText(self.tr(
            "This caseload is protected by the passphrase alone (no system keyring)."))
        self.search.setPlaceholderText(self.tr(
            "Search a name, a dossier number or a word written in a dossier…"))
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.step_filter.setAccessibleName(self.tr("Filter by step"))
        self.step_filter.setItemText(0, self.tr("All steps"))
        for index in range(1, self.step_filter.count()):
            step = int(self.step_filter.itemData(index))
            self.step_filter.setItemText(index, f"{step} · {step_title(step).render()}")
        self.office_filter.setAccessibleName(self.tr("Filter by office"))
        self.office_filter.setItemText(0, self.tr("All offices"))
        self.alerts_filter.setText(self.tr("With alerts only"))
        self.closed_filter.setText(self.tr("Show c&losed dossiers"))
        self.search_label.setText(self.tr("&Search:"))
        self.step_label.setText(self.tr("St&ep:"))
        self.office_label.setText(self.tr("O&ffice:"))
        self.table.setAccessibleName(self.tr("Caseload"))
        self.today_list.setAccessibleName(self.tr("Due this week"))
        dock = self.findChild(QDockWidget, "todayDock")
        if dock is not None:
            dock.setWindowTitle(self.tr("This week"))
        self._show_shortcuts()  # the tooltips repeat the actions' texts

    def _reopen_windows(self) -> None:
        """Close the open dossiers and wizards, then load them again in the new language,
        where they were (the store lane runs the wizards' draft saves first)."""
        ctx, windows = self._ctx, self._close_windows()
        if ctx is not None:
            self._open_again(ctx, windows)

    def _close_windows(self) -> OpenWindows:
        """Close every dossier window and wizard (wizards save their drafts), remembering
        what was open and where, to open it again after a lock or a language switch."""
        windows = OpenWindows(
            [(w.case_id, w.saveGeometry(), w.tabs.currentIndex())
             for w in self.dossier_windows if is_alive(w) and not w.closed],
            [(type(w), w.case_id, w.draft_key, w.saveGeometry())
             for w in self.wizards if is_alive(w) and w.isVisible()])
        for window in [*self.dossier_windows, *self.wizards]:
            window.close()
            window.deleteLater()
        self.dossier_windows.clear()
        self.wizards.clear()
        return windows

    def _open_again(self, ctx: ServiceContext, windows: OpenWindows) -> None:
        for case_id, geometry, tab in windows.dossiers:
            self._operations.run(partial(load_dossier_detail, ctx, case_id),
                                 partial(self._reshow_dossier, geometry=geometry, tab=tab),
                                 shown_in=self)
        for wizard, wizard_case, key, geometry in windows.wizards:
            wizard.launch(self._operations, ctx, wizard_case,
                          partial(self._reshow_wizard, geometry=geometry), draft_key=key)

    def _reshow_dossier(self, detail: DossierDetail, geometry: QByteArray, tab: int) -> None:
        self._show_dossier(detail)
        if self._ctx is not None and self.dossier_windows:
            self.dossier_windows[-1].restoreGeometry(geometry)
            self.dossier_windows[-1].show_tab_later(tab)

    def _reshow_wizard(self, wizard: DraftWizard, geometry: QByteArray) -> None:
        self._wizard_shown(wizard)
        if self._ctx is not None:
            wizard.restoreGeometry(geometry)
