"""Windows locks the session (Win+L, the lid closed) or suspends: the caseload locks like when
idle. Windows sends WM_WTSSESSION_CHANGE to the window registered with
WTSRegisterSessionNotification and WM_POWERBROADCAST to every top-level window; Wine never
sends them, so the test posts them to the app's real main window, as Windows would."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from ctypes import wintypes
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from tests.conftest import PASSPHRASE
from ui.main import Application, parse_args
from ui.qt import QApplication

# Windows SDK values (WinUser.h, WtsApi32.h), written here rather than imported from the code
# under test: a wrong constant there must fail these tests.
WM_WTSSESSION_CHANGE, WM_POWERBROADCAST = 0x02B1, 0x0218
WTS_SESSION_LOCK, WTS_SESSION_UNLOCK = 0x7, 0x8
PBT_APMSUSPEND, PBT_APMRESUMEAUTOMATIC = 0x4, 0x12

user32 = ctypes.windll.user32
user32.PostMessageW.argtypes = (wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM)
user32.PostMessageW.restype = wintypes.BOOL


@pytest.fixture
def unlocked(qtbot: QtBot, tmp_path: Path, profile: Path,
             qapp: QApplication) -> Iterator[Application]:
    """The app on a new caseload, unlocked, its main window on screen."""
    app = Application(parse_args(["--store", str(tmp_path / "poste")]))
    app.keyring = None
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None and app.dialog.creating
    app.dialog._kdf = LIGHT_KDF_FOR_TESTS
    _unlock(qtbot, app, PASSPHRASE, confirm=True)
    qtbot.waitUntil(lambda: app.session_watch is not None, timeout=30_000)
    yield app
    app.window.sync_panel.probe_timer.stop()
    app.idle_lock.disarm()
    if app.dialog is not None:
        app.dialog.close()
    app.shutdown()


def _unlock(qtbot: QtBot, app: Application, passphrase: str, confirm: bool = False) -> None:
    assert app.dialog is not None
    app.dialog.passphrase.setText(passphrase)
    if confirm:
        app.dialog.confirmation.setText(passphrase)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.store is not None, timeout=60_000)
    if app.window.sync_panel.enrol_dialog is not None:  # the first run's welcome: later
        app.window.sync_panel.enrol_dialog.reject()


def _post(app: Application, message: int, wparam: int) -> None:
    hwnd = int(app.window.winId())
    assert user32.PostMessageW(hwnd, message, wparam, 1), ctypes.WinError()


def test_a_windows_session_lock_locks_the_caseload_and_unlock_does_not_open_it(
        qtbot: QtBot, unlocked: Application) -> None:
    app = unlocked
    store = app.store
    assert store is not None and not store.is_locked
    _post(app, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    qtbot.waitUntil(lambda: app.store is None, timeout=10_000)
    assert app.operations.wait()
    assert store.is_locked
    assert not app.window.isVisible()
    dialog = app.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.creating
    # Windows' unlock is the agent's return: the passphrase is still asked, nothing reopens.
    _post_to(dialog, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    qtbot.wait(500)
    assert app.store is None and app.dialog is dialog and dialog.isVisible()
    _unlock(qtbot, app, PASSPHRASE)


def test_going_to_sleep_locks_the_caseload_and_waking_does_not_open_it(
        qtbot: QtBot, unlocked: Application) -> None:
    app = unlocked
    store = app.store
    assert store is not None
    _post(app, WM_POWERBROADCAST, PBT_APMSUSPEND)
    qtbot.waitUntil(lambda: app.store is None, timeout=10_000)
    assert app.operations.wait()
    assert store.is_locked
    dialog = app.dialog
    assert dialog is not None and dialog.isVisible()
    _post_to(dialog, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)
    qtbot.wait(500)
    assert app.store is None and app.dialog is dialog


def test_other_session_changes_do_not_lock(qtbot: QtBot, unlocked: Application) -> None:
    app = unlocked
    for change in (0x1, 0x2, WTS_SESSION_UNLOCK):  # console connect, disconnect, unlock
        _post(app, WM_WTSSESSION_CHANGE, change)
    qtbot.wait(500)
    assert app.store is not None and app.window.isVisible()


def _post_to(widget: object, message: int, wparam: int) -> None:
    hwnd = int(widget.winId())  # type: ignore[attr-defined]
    assert user32.PostMessageW(hwnd, message, wparam, 1), ctypes.WinError()
