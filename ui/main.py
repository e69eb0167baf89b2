"""Entry point of the desktop application (``cpi-terrain``)."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from app.errors import CpiError
from app.i18n import current_language
from app.logs import configure_logging
from app.process import forbid_core_dumps
from ui.accessibility import install_accessibility
from ui.gui_gc import collect_everything
from ui.i18n import install_translations
from ui.idle_lock import IdleLock
from ui.operations import StoreOperations, freeze_heap
from ui.plain import plain_message
from ui.qt import QApplication, QMessageBox, QSettings, QTimer, QWidget, in_turns, type_steps
from ui.settings import Preferences, app_settings, load_preferences, save_preferences
from ui.unlock_dialog import SYSTEM_KEYRING, UnlockDialog

if TYPE_CHECKING:  # loaded after the unlock dialog is on screen (start-up time)
    from app.services.base.context import ServiceContext
    from app.store.store import Store
    from sync.demo import DemoServer
    from ui.main_window import MainWindow
    from ui.preferences import PreferencesDialog
    from ui.session_watch import SessionWatch

APP_NAME = "cpi-terrain"
_log = logging.getLogger(__name__)
#: While the passphrase is typed, the main window is prepared in steps this far apart.
PREPARE_STEP_MS = 40
#: PySide6's types are made a few at a time, one step per turn of the event loop (ui.qt),
#: once the dialog is painted.
TYPES_AFTER_MS = 50
TYPE_STEP_MS = 0
_types_made = False


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="CPI caseload (ONE)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway demo store of invented families")
    parser.add_argument("--store", type=Path, help="directory of the encrypted store")
    parser.add_argument("--lang", choices=("fr", "de", "en"),
                        help="language of this run (default: the preferences', else French)")
    parser.add_argument("--measure-startup", action="store_true",
                        help="print the time when the unlock dialog is on screen, then quit "
                             "(for the IT team and bench/startup.py)")
    parser.add_argument("--screenshot", type=Path, metavar="DIR",
                        help="with --demo: save unlock, caseload and dossier PNGs in DIR, quit")
    parser.add_argument("--self-test", metavar="URL",
                        help="check this installation against the cpi-server at URL on a "
                             "throwaway caseload (login, password and enrolment code on "
                             "stdin), then quit")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="with --self-test: write its lines to FILE too (the windowed "
                             "program on Windows has no console; login, password and code "
                             "then in CPI_SELF_TEST_LOGIN, CPI_SELF_TEST_PASSWORD and "
                             "CPI_SELF_TEST_CODE)")
    return parser.parse_args(argv)


class Application:
    """Wires the unlock dialog, the main window and the store lane together."""

    def __init__(self, args: argparse.Namespace, *, idle_ms: int | None = None,
                 settings: QSettings | None = None) -> None:
        self.args = args
        self.settings = settings if settings is not None else app_settings()
        self.preferences = load_preferences(self.settings)
        self.operations = StoreOperations()
        self.store: Store | None = None
        self.demo_passphrase: str | None = None
        data_dir = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        # The log file once the dialog is painted (logging.handlers: 8 ms at start-up).
        QTimer.singleShot(TYPES_AFTER_MS, self._configure_logging)
        self.keyring: str | None = SYSTEM_KEYRING
        self.demo_server: DemoServer | None = None
        if args.demo:
            from sync.demo import prepare_demo_with_server
            demo_dir = data_dir / "demo"
            self.store_dir = demo_dir / "store"
            self.keyring = None  # the demo never writes into the agent's keyring
            shutil.rmtree(demo_dir, ignore_errors=True)
            # Its own ONE server on this computer, so that sync works on the demo too.
            self.demo_passphrase, self.demo_server = prepare_demo_with_server(demo_dir)
        else:
            self.store_dir = args.store or data_dir / "store"
        self._window: MainWindow | None = None
        self._agent: ServiceContext | None = None
        self.idle_lock = IdleLock(self._idle, self.preferences.idle_ms if idle_ms is None
                                  else idle_ms)
        self.session_watch: SessionWatch | None = None  # once the dialog shows (start-up)
        self.dialog: UnlockDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.notice: QMessageBox | None = None
        self._wipe_notice = ""  # set when the server revoked this computer

    @staticmethod
    def _configure_logging() -> None:
        configure_logging(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))

    @property
    def window(self) -> MainWindow:
        """The main window, built while the passphrase is typed (``_warmed_up``), or here on
        first use if the unlock came first (its modules load after the dialog shows)."""
        if self._window is None:
            self._window = self._new_window()
        return self._window

    def _new_window(self) -> MainWindow:
        from ui.main_window import MainWindow
        window = MainWindow(self.operations, self.lock, demo=self.args.demo,
                            keyring=self.keyring)
        window.preferences_action.triggered.connect(self.show_preferences)
        window.sync_panel.revoked.connect(self._revoked)
        return window

    def _idle(self) -> None:
        self.window.lock()

    def _os_locked(self) -> None:
        """The session locked or the machine is going to sleep: lock as the idle timer does
        (once: the screensaver and logind often both report the same lock)."""
        if self.store is not None and self._window is not None:
            self._window.lock()

    def show_preferences(self) -> None:
        """Open the dialog modal to the main window only: a lock meanwhile must still be able
        to show the unlock dialog (``exec()`` would block it), and closes this one."""
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return
        from ui.preferences import PreferencesDialog
        dialog = PreferencesDialog(self.preferences, self._window)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.chosen()))
        dialog.enrol_requested.connect(self._enrol_from_preferences)
        dialog.finished.connect(self._preferences_closed)
        self.preferences_dialog = dialog
        dialog.open()

    def _enrol_from_preferences(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.reject()
        if self._window is not None:
            self._window.sync_panel.enrol()

    def _preferences_closed(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.deleteLater()
            self.preferences_dialog = None

    def apply_preferences(self, preferences: Preferences) -> None:
        """Save, then apply at once: the idle delay, and the language in every open window
        (installing translators sends each window a LanguageChange event)."""
        save_preferences(self.settings, preferences)
        self.preferences = preferences
        self.idle_lock.set_idle_ms(preferences.idle_ms)
        app = QApplication.instance()
        if preferences.language != current_language() and app is not None:
            install_translations(app, preferences.language)

    def start(self) -> None:
        self.ask_unlock()

    def _warmed_up(self, _result: object = None) -> None:
        """The main window's modules are loaded (on the lane). While the agent types, in
        turns of the event loop of 10-15 ms at most: watch the OS session (the warm-up loaded
        its D-Bus modules), prepare the first toolbar and table of the session, build the main
        window (hidden), then hide what is loaded from the collector. Unlocking then only
        fills and shows the window: built there, it was most of the unlock's stall."""
        from ui.warm_up import main_window_parts, main_window_toolbar  # loaded by the lane
        self._watch_session()
        if self._window is not None:
            freeze_heap()  # after a lock: a no-op, the heap was frozen once already
            return
        in_turns((main_window_toolbar, main_window_parts, self._build_window, freeze_heap),
                 PREPARE_STEP_MS)

    def _build_window(self) -> None:
        if self._window is None:
            self._window = self._new_window()

    def _watch_session(self) -> None:
        """The OS lock and sleep signals matter once a store is open: the buses are
        connected once the dialog is on screen and the warm-up has loaded their modules."""
        from ui.session_watch import SessionWatch
        if self.session_watch is None:
            self.session_watch = SessionWatch(self._os_locked)
            if self._window is not None and self._window.isVisible():
                self.session_watch.watch_window(self._window)

    def ask_unlock(self) -> None:
        self.dialog = UnlockDialog(
            self.store_dir, self.operations, keyring_backend=self.keyring,
            demo_passphrase=self.demo_passphrase,
            after_open=self._prepare,
        )
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit_if_hidden)
        self.dialog.show()
        # While the agent types: PySide6's types made on this thread, a few at a time, then
        # the core and the main window's modules loaded on the lane.
        global _types_made
        if _types_made:
            self._start_warm_up()
        else:
            _types_made = True
            steps = (*type_steps(), self._start_warm_up)
            QTimer.singleShot(TYPES_AFTER_MS, lambda: in_turns(steps, TYPE_STEP_MS))

    def _start_warm_up(self) -> None:
        self.operations.run(_warm_up, self._warmed_up, lambda _exc: self._watch_session())

    def _prepare(self, store: Store) -> None:
        """On the store lane, after opening: bring the reference data up to date and find
        who is signed in (no store read on the GUI thread)."""
        _warm_up()  # a no-op unless the passphrase came before the warm-up was queued
        from app.services.base.context import ServiceContext
        from app.services.setup.store import agent_context, prepare_store
        prepare_store(ServiceContext(store))
        self._agent = agent_context(store)

    def _unlocked(self) -> None:
        assert self.dialog is not None and self.dialog.store is not None
        assert self._agent is not None and self._agent.store is self.dialog.store
        self.store = self.dialog.store
        # A caseload just created (not the demo's, made enrolled already): the enrolment
        # and the first download follow at once.
        self.window.attach(self._agent, first_run=self.dialog.creating and not self.args.demo)
        self.window.show()
        if self.session_watch is not None:
            self.session_watch.watch_window(self.window)
        self.idle_lock.arm()

    def _quit_if_hidden(self) -> None:
        if self._window is None or not self._window.isVisible():
            QApplication.quit()

    def lock(self) -> None:
        self.idle_lock.disarm()
        if self.preferences_dialog is not None:
            self.preferences_dialog.reject()
        if self._window is not None:
            self._window.hide()
        if self.store is not None and self._wipe_notice:
            self._wipe(self.store)
            return
        if self.store is not None:
            store, self.store = self.store, None
            # Ignored on purpose: the store is being replaced; a failed lock leaves nothing
            # readable (its key is dropped with the object).
            self.operations.run(store.lock, lambda _: None, lambda _exc: None)
        collect_everything()  # the closed windows' garbage, names included, goes now
        self.ask_unlock()

    def _revoked(self, message: str) -> None:
        """The ONE revoked this computer: close everything as a lock does, then erase."""
        self._wipe_notice = message
        self.window.lock()

    def _wipe(self, store: Store) -> None:
        """Erase the caseload on the store lane (after the windows' draft saves), then say
        so plainly over the unlock dialog, which now offers a new, empty caseload."""
        from app.services.base.context import ServiceContext
        from ui.sync_work import wipe
        self.store = None
        ctx, keyring = ServiceContext(store), self.keyring
        self.operations.run(lambda: wipe(ctx, keyring), lambda _: self._wiped(None),
                            self._wiped)

    def _wiped(self, error: BaseException | None) -> None:
        message, self._wipe_notice = self._wipe_notice, ""
        if error is not None:  # said, never raised: the agent must get the unlock dialog
            _log.error("erasing the revoked caseload failed: %r", error)
            detail = error.message() if isinstance(error, CpiError) else str(error)
            message = f"{message}\n\n{detail}"
        collect_everything()
        self.ask_unlock()
        self.notice = plain_message(QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                                                QMessageBox.StandardButton.Ok, self.dialog))
        self.notice.setObjectName("revokedNotice")
        self.notice.open()

    def shutdown(self) -> None:
        if self.session_watch is not None:
            self.session_watch.stop()
        if self._window is not None:
            self._window.sync_panel.network.wait()
        if self.store is not None:
            # Ignored on purpose: the application is quitting, nobody is left to tell.
            self.operations.run(self.store.lock, lambda _: None, lambda _exc: None)
        self.operations.wait()
        if self.demo_server is not None:
            self.demo_server.stop()


def _warm_up() -> None:
    """On the store lane while the agent types: what the unlock will need, loaded once."""
    import app.services.setup.store  # noqa: F401
    import ui.main_window
    import ui.session_watch  # noqa: F401


def _grab(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))


def run_screenshots(application: Application, target: Path) -> None:
    """Drive the demo like a user would and save what each screen shows."""
    assert application.demo_passphrase is not None

    def step(delay: int, action: Callable[[], None]) -> None:
        QTimer.singleShot(delay, action)

    def unlock_shot() -> None:
        assert application.dialog is not None
        _grab(application.dialog, target / "unlock.png")
        application.dialog.passphrase.setText(application.demo_passphrase or "")
        application.dialog.submit.click()
        wait_for_window()

    def wait_for_window() -> None:
        if application.window.isVisible() and application.window.model.rowCount() > 0:
            application.window.resize(1366, 768)  # the smallest screen agents have
            step(300, caseload_shot)
        else:
            step(100, wait_for_window)

    def caseload_shot() -> None:
        _grab(application.window, target / "caseload.png")
        window = application.window
        furthest = max(range(window.proxy.rowCount()),
                       key=lambda r: window.model.row_at(
                           window.proxy.mapToSource(window.proxy.index(r, 0)).row()).current_step)
        window.table.activated.emit(window.proxy.index(furthest, 0))
        wait_for_dossier()

    def wait_for_dossier() -> None:
        if not application.window.dossier_windows:
            step(100, wait_for_dossier)
            return
        dossier = application.window.dossier_windows[0]
        dossier.resize(1366, 768)
        dossier.tabs.setCurrentIndex(next(  # the plan versions and their signatures
            i for i in range(dossier.tabs.count())
            if dossier.tabs.tabText(i).startswith(QApplication.translate("DossierWindow",
                                                                         "Plan"))))
        step(300, lambda: dossier_shot(dossier))

    def dossier_shot(dossier: QWidget) -> None:
        _grab(dossier, target / "dossier.png")
        QApplication.quit()

    step(500, unlock_shot)


def main(argv: list[str] | None = None) -> int:
    forbid_core_dumps()  # memory holds the database key: never a core file (app.process)
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot and not args.demo:
        print("--screenshot needs --demo", file=sys.stderr)
        return 2
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName(APP_NAME)
    if isinstance(qt_app, QApplication):
        install_accessibility(qt_app)
    settings = app_settings()
    install_translations(qt_app, args.lang or load_preferences(settings).language)
    if args.self_test:
        from ui.self_test import run_self_test
        return run_self_test(args.self_test, report=args.report)
    application = Application(args, settings=settings)
    application.start()
    if args.measure_startup:
        QTimer.singleShot(0, lambda: (print(f"unlock-dialog-shown {time.time():.6f}",
                                            flush=True), QApplication.quit()))
    if args.screenshot:
        run_screenshots(application, args.screenshot)
    code = qt_app.exec()
    application.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
