"""The main window: the agent's caseload, and the lock that hides it."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import CpiError
from app.services.caseload import CaseloadRow, list_caseload
from app.services.context import ServiceContext
from app.store.keyfile import SecretMode
from ui.caseload_model import CaseloadModel
from ui.operations import StoreOperations
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from ui.unlock_dialog import DEMO_STYLE, WARNING_STYLE


class MainWindow(QMainWindow):
    def __init__(self, operations: StoreOperations, on_lock: Callable[[], None], *,
                 demo: bool = False) -> None:
        super().__init__()
        self._operations = operations
        self._on_lock = on_lock
        self._ctx: ServiceContext | None = None
        self.setWindowTitle(self.tr("cpi-terrain — My caseload"))
        self.resize(1100, 640)

        toolbar = QToolBar(self.tr("Caseload"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

        central = QWidget()
        layout = QVBoxLayout(central)
        if demo:
            banner = QLabel(self.tr("Demo caseload: every family here is invented."))
            banner.setObjectName("demoBanner")
            banner.setStyleSheet(DEMO_STYLE)
            layout.addWidget(banner)
        self.keyring_warning = QLabel(self.tr(
            "This caseload is protected by the passphrase alone (no system keyring)."))
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setStyleSheet(WARNING_STYLE)
        self.keyring_warning.hide()
        layout.addWidget(self.keyring_warning)

        self.model = CaseloadModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

    def attach(self, ctx: ServiceContext) -> None:
        """Show the caseload of a freshly unlocked store."""
        self._ctx = ctx
        self.keyring_warning.setVisible(ctx.store.report.mode is SecretMode.PASSPHRASE_ONLY)
        failed = ctx.store.report.failed_attempts_before
        if failed:
            self.statusBar().showMessage(self.tr(
                "{count} failed unlock attempts since the last opening.").format(count=failed))
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        self._operations.run(lambda: list_caseload(ctx), self._show_rows, self._failed)

    def _show_rows(self, rows: list[CaseloadRow]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        self.count_label.setText(self.tr("{count} open dossiers").format(count=len(rows)))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CpiError):
            raise exc
        QMessageBox.warning(self, self.tr("cpi-terrain"), exc.message())

    def lock(self) -> None:
        """Clear every name from the screen, then close the store."""
        self.model.clear()
        self.count_label.clear()
        self._ctx = None
        self._on_lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.model.clear()
        super().closeEvent(event)
