"""Sync in the main window: the Synchronise action, a progress bar while it runs, an honest
status (last success, pending changes, open conflicts, refused changes) and the automatic sync.

Everything that waits on the server runs on the network lane; store reads for the status run
on the store lane. A lock detaches the panel: a sync still running then ends quietly (its
next store call finds the store locked). The server's revocation of this computer is passed
on (``revoked``): the application erases the caseload.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.sync.local import SyncStatus, sync_settings, sync_status
from sync.client.engine import Progress, SyncReport
from sync.client.errors import DeviceRevoked, ServerUnreachable
from ui.enrol_dialog import EnrolDialog
from ui.first_run import FirstDownloadDialog
from ui.network import NetworkOperations, Report
from ui.operations import StoreOperations
from ui.password_dialog import PasswordDialog
from ui.plain import plain_tooltip
from ui.qt import (
    QAction,
    QDialog,
    QKeySequence,
    QMainWindow,
    QObject,
    QProgressBar,
    QTimer,
    QToolButton,
    Signal,
)
from ui.settings import app_settings, configured_server_url
from ui.sync_details import SyncDetailsDialog
from ui.sync_work import Keyring, Probe, probe, run_sync

#: The server is asked whether it answers this often (a 3 s health check).
PROBE_MS = 60_000
#: With changes waiting, a reachable server gets them after this long without a sync.
STALE_AFTER = timedelta(minutes=15)


class SyncPanel(QObject):
    synced = Signal()
    context_changed = Signal(object)  # the enrolled agent's ServiceContext
    revoked = Signal(str)  # what to tell the agent

    def __init__(self, window: QMainWindow, operations: StoreOperations,
                 network: NetworkOperations, keyring: Keyring) -> None:
        super().__init__(window)
        self._window, self._operations, self.network = window, operations, network
        self._keyring = keyring
        self._ctx: ServiceContext | None = None
        self.status: SyncStatus | None = None
        self.server_url = ""
        self.syncing = False
        self._probing = False
        self._reachable: bool | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.details: SyncDetailsDialog | None = None
        self.first_download: FirstDownloadDialog | None = None
        self._first_run = False
        self.action = QAction(window)
        self.action.setObjectName("syncAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.action.triggered.connect(self.sync_now)
        self.password_action = QAction(window)
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setEnabled(False)  # once enrolled
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status_button = QToolButton()
        self.status_button.setObjectName("syncStatus")
        self.status_button.setAutoRaise(True)
        self.status_button.clicked.connect(self.show_details)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.status_button)
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_MS)
        self.probe_timer.timeout.connect(self.probe_now)
        self.retranslate()

    @property
    def keyring(self) -> Keyring:
        """Where this computer's device token is kept."""
        return self._keyring

    def retranslate(self) -> None:
        self.action.setText(self.tr("Synchronise"))
        self.password_action.setText(self.tr("Change my ONE password…"))
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.status_button.setAccessibleName(self.tr("Sync status: click for the details"))
        self._show_status()

    # --- The unlocked store --------------------------------------------------------------

    def attach(self, ctx: ServiceContext, *, first_run: bool = False) -> None:
        """``first_run``: a caseload just created on this computer; unless enrolled already,
        the enrolment opens at once, welcoming the agent, and the first download shows."""
        self._ctx = ctx
        self._reachable = None
        self._first_run = first_run
        self.reload_status()
        self.probe_timer.start()

    def detach(self) -> None:
        """At the lock: stop probing, forget the store, close the sync's dialogs."""
        self._ctx = None
        self.probe_timer.stop()
        self._stop_progress()
        self._window.statusBar().clearMessage()
        self._probing = False
        self.status, self.server_url = None, ""
        self.status_button.setText("")
        self._first_run = False
        self.password_action.setEnabled(False)
        dialogs: tuple[QDialog | None, ...] = (self.enrol_dialog, self.details,
                                                self.first_download, self.password_dialog)
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.enrol_dialog = self.details = self.first_download = None
        self.password_dialog = None

    def reload_status(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return

        def read() -> tuple[SyncStatus, str]:
            return sync_status(ctx), sync_settings(ctx).server_url

        self._operations.run(read, partial(self._status_read, ctx),
                             partial(self._quiet_failure, ctx))

    def _status_read(self, ctx: ServiceContext, read: tuple[SyncStatus, str]) -> None:
        if ctx is self._ctx:
            self.status, self.server_url = read
            self.password_action.setEnabled(bool(self.server_url))
            self._show_status()
            if self._first_run:
                self._first_run = False
                if not self.server_url:
                    self.enrol(welcome=True)

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            return
        if not self.server_url:
            self.status_button.setText(self.tr("Not enrolled for sync"))
            return
        when = (status.last_success_at.astimezone().strftime("%d/%m/%Y %H:%M")
                if status.last_success_at else self.tr("never"))
        parts = [self.tr("Last sync: {when}").format(when=when),
                 self.tr("pending: {count}").format(count=status.pending)]
        if status.open_conflicts:
            parts.append(self.tr("conflicts: {count}").format(count=status.open_conflicts))
        if status.rejected:
            parts.append(self.tr("refused: {count}").format(count=len(status.rejected)))
        self.status_button.setText(" · ".join(parts))
        self.status_button.setToolTip(plain_tooltip(status.last_error))

    def show_details(self) -> None:
        if self.status is None:
            return
        if self.details is not None:
            self.details.close()
            self.details.deleteLater()
        self.details = SyncDetailsDialog(self.status, self._window)
        self.details.open()

    # --- Sync ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        """The Synchronise action: a sync, or the enrolment first on a new computer."""
        ctx = self._ctx
        if ctx is None or self.syncing or self.status is None:
            return
        if not self.server_url:
            self.enrol()
            return
        self._start_sync(ctx)

    def _start_sync(self, ctx: ServiceContext, *, first: bool = False) -> None:
        """``first``: the first download after the enrolment, shown in its own dialog."""
        if first and self.first_download is None:
            self.first_download = FirstDownloadDialog(self._window)
            self.first_download.retry.connect(partial(self._retry_first, ctx))
            self.first_download.finished.connect(self._first_download_closed)
            self.first_download.open()
        self.syncing = True
        self.action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._window.statusBar().showMessage(self.tr("Synchronising…"))
        keyring = self._keyring

        def work(report: Report) -> SyncReport:
            return run_sync(ctx, keyring, report)

        self.network.run(work, partial(self._synced, ctx), partial(self._sync_failed, ctx),
                         partial(self._progressed, ctx))

    def _progressed(self, ctx: ServiceContext, progress: Progress) -> None:
        if ctx is not self._ctx:
            return
        if self.first_download is not None:
            self.first_download.progressed(progress)
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
        else:
            self.progress.setRange(0, 0)

    def _stop_progress(self) -> None:
        self.syncing = False
        self.action.setEnabled(True)
        self.progress.hide()

    def _synced(self, ctx: ServiceContext, report: SyncReport) -> None:
        if ctx is not self._ctx:
            return
        self._stop_progress()
        self._reachable = True
        if self.first_download is not None:
            self.first_download.succeeded(report)
        self._window.statusBar().showMessage(self.tr(
            "Sync done: {sent} changes sent, {received} received.").format(
            sent=report.uploaded, received=report.downloaded), 10_000)
        self.reload_status()
        self.synced.emit()

    def _sync_failed(self, ctx: ServiceContext, exc: BaseException) -> None:
        if ctx is not self._ctx or ctx.store.is_locked:
            return  # locked (or wiped) meanwhile: the sync simply ends
        self._stop_progress()
        if isinstance(exc, DeviceRevoked):
            self.revoked.emit(exc.message())
            return
        if not isinstance(exc, CpiError):
            raise exc
        if isinstance(exc, ServerUnreachable):
            self._reachable = False  # the probe syncs as soon as it answers again
        if self.first_download is not None:
            self.first_download.failed(exc.message())
        self._window.statusBar().showMessage(exc.message())
        self.reload_status()

    def _quiet_failure(self, ctx: ServiceContext, exc: BaseException) -> None:
        """A status read or a probe failed: nothing to tell unless it is a bug."""
        if ctx is not self._ctx or ctx.store.is_locked or isinstance(exc, CpiError):
            return
        raise exc

    # --- Automatic sync -------------------------------------------------------------------

    def probe_now(self) -> None:
        ctx = self._ctx
        if ctx is None or not self.server_url or self.syncing or self._probing:
            return
        self._probing = True

        def work(_report: Report) -> Probe:
            return probe(ctx)

        self.network.run(work, partial(self._probed, ctx), partial(self._probe_failed, ctx))

    def _probed(self, ctx: ServiceContext, result: Probe) -> None:
        if ctx is not self._ctx:
            return
        self._probing = False
        was, self._reachable = self._reachable, result.reachable
        if not result.reachable or self.syncing:
            return
        stale = result.last_success_at is None or (
            datetime.now(UTC) - result.last_success_at >= STALE_AFTER)
        if was is False or (result.pending and stale):
            self._start_sync(ctx)

    def _probe_failed(self, ctx: ServiceContext, exc: BaseException) -> None:
        if ctx is self._ctx:
            self._probing = False
        self._quiet_failure(ctx, exc)

    # --- Enrolment -----------------------------------------------------------------------

    def enrol(self, *, welcome: bool = False) -> None:
        """Open the enrolment dialog (from the action on a new computer, or Preferences;
        ``welcome``: on its own at the first run). The address IT configured comes first."""
        ctx = self._ctx
        if ctx is None:
            return
        if self.enrol_dialog is not None:
            self.enrol_dialog.raise_()
            return
        dialog = EnrolDialog(self.network, ctx, self._keyring,
                             self.server_url or configured_server_url(app_settings()),
                             self._window, welcome=welcome)
        dialog.enrolled.connect(partial(self._enrolled, ctx))
        dialog.finished.connect(self._enrol_closed)
        self.enrol_dialog = dialog
        dialog.open()

    def _enrol_closed(self) -> None:
        if self.enrol_dialog is not None:
            self.enrol_dialog.deleteLater()
            self.enrol_dialog = None

    def _enrolled(self, ctx: ServiceContext, agent: ServiceContext) -> None:
        if ctx is not self._ctx:
            return
        self._ctx = agent
        self.context_changed.emit(agent)
        self.reload_status()
        self._start_sync(agent, first=True)  # the agent's caseload comes down at once

    # --- The ONE password ------------------------------------------------------------------

    def change_password(self) -> None:
        """Open the dialog that changes the agent's ONE password (enrolled computers only)."""
        ctx = self._ctx
        if ctx is None or not self.server_url:
            return
        if self.password_dialog is not None:
            self.password_dialog.raise_()
            return
        dialog = PasswordDialog(self.network, ctx, self._keyring, self._window)
        dialog.changed.connect(lambda: self._window.statusBar().showMessage(
            self.tr("Your ONE password is changed: use it to enrol your next computer."),
            10_000))
        dialog.finished.connect(self._password_closed)
        self.password_dialog = dialog
        dialog.open()

    def _password_closed(self) -> None:
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
            self.password_dialog = None

    def _retry_first(self, ctx: ServiceContext) -> None:
        if ctx is self._ctx and not self.syncing:
            self._start_sync(ctx, first=True)

    def _first_download_closed(self) -> None:
        if self.first_download is not None:
            self.first_download.deleteLater()
            self.first_download = None
