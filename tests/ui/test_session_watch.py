"""The operating system locks the session or suspends: the caseload locks like when idle."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.private_bus import private_bus
from tests.ui.demo_app import close_demo, screen_texts, unlocked_demo
from ui.main_window import STEP_WIZARDS
from ui.qt import QApplication, QDBusConnection, Qt
from ui.session_watch import (
    LOGIN_MANAGER,
    LOGIN_SESSION,
    SessionWatch,
    bus_address,
    logind_session_path,
)

needs_dbus = pytest.mark.skipif(not (shutil.which("dbus-daemon") and shutil.which("dbus-send")),
                                reason="dbus-daemon/dbus-send missing (bootstrap.py installs them)")


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private session bus, as DBUS_SESSION_BUS_ADDRESS (the desktop's is never touched)."""
    with private_bus(tmp_path / "bus", os.environ) as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


def _send(address: str, path: str, signal: str, *arguments: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, signal, *arguments],
                   check=True, timeout=10)


@needs_dbus
def test_screensaver_lock_locks_the_store_and_unlocking_resumes_the_draft(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    session_bus: str, french: None,
) -> None:
    app = unlocked_demo(qtbot, tmp_path, monkeypatch)
    window = app.window
    store = app.store
    assert store is not None
    row = next(r for r in range(window.proxy.rowCount())
               if window.model.row_at(window.proxy.mapToSource(
                   window.proxy.index(r, 0)).row()).current_step in STEP_WIZARDS)
    window.table.selectRow(row)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: bool(window.wizards) and window.wizards[0].isVisible())
    wizard = window.wizards[0]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.saved_count > 0, timeout=5_000)
    page, case_id = wizard.currentId(), wizard.case_id
    family = window.model.row_at(0).family_name.split(" / ")[0]
    assert family in screen_texts(app)

    _send(session_bus, "/org/freedesktop/ScreenSaver",
          "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: app.store is None, timeout=10_000)
    assert app.operations.wait()
    assert store.is_locked
    assert not window.isVisible() and not window.wizards
    assert family not in screen_texts(app)
    assert app.dialog is not None and app.dialog.isVisible()
    # The GNOME name too, once more: already locked, so no second unlock dialog appears.
    dialog = app.dialog
    _send(session_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged",
          "boolean:true")
    qtbot.wait(300)
    assert app.dialog is dialog

    assert app.demo_passphrase is not None
    dialog.passphrase.setText(app.demo_passphrase)
    dialog.submit.click()
    qtbot.waitUntil(lambda: window.isVisible() and window.model.rowCount() > 0,
                    timeout=20_000)
    target = next(r for r in range(window.proxy.rowCount())
                  if window.model.row_at(window.proxy.mapToSource(
                      window.proxy.index(r, 0)).row()).case_id == case_id)
    window.table.selectRow(target)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: bool(window.wizards) and window.wizards[0].isVisible())
    assert window.wizards[0].currentId() == page  # the draft survived the lock
    window.lock()
    assert app.operations.wait()
    close_demo(app, qapp)


@needs_dbus
def test_screensaver_deactivating_does_not_lock(qtbot: QtBot, session_bus: str) -> None:
    locks: list[bool] = []
    watch = SessionWatch(lambda: locks.append(True))
    _send(session_bus, "/org/freedesktop/ScreenSaver",
          "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")
    _send(session_bus, "/org/freedesktop/ScreenSaver",
          "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: locks == [True])
    qtbot.wait(100)
    assert locks == [True]
    watch.stop()


@needs_dbus
def test_logind_sleep_and_own_session_lock_lock_the_caseload(
    qtbot: QtBot, session_bus: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """logind lives on the system bus: the private bus stands in for it here."""
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", session_bus)
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    locks: list[str] = []
    watch = SessionWatch(lambda: locks.append("locked"))
    manager = "/org/freedesktop/login1"
    _send(session_bus, manager, f"{LOGIN_MANAGER}.PrepareForSleep", "boolean:false")  # waking
    _send(session_bus, manager, f"{LOGIN_MANAGER}.PrepareForSleep", "boolean:true")
    qtbot.waitUntil(lambda: locks == ["locked"])
    _send(session_bus, logind_session_path("2"), f"{LOGIN_SESSION}.Lock")  # someone else's
    _send(session_bus, logind_session_path("c2"), f"{LOGIN_SESSION}.Lock")
    qtbot.waitUntil(lambda: len(locks) == 2)
    qtbot.wait(100)
    assert locks == ["locked", "locked"]
    watch.stop()


def test_logind_session_paths() -> None:
    assert logind_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"


def test_application_suspended_locks(qapp: QApplication) -> None:
    locks: list[bool] = []
    watch = SessionWatch(lambda: locks.append(True))
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert locks == []
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert locks == [True]
    watch.stop()
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert locks == [True]


@pytest.mark.parametrize("address", [None, "unix:path=/nonexistent/bus"])
def test_missing_buses_are_silent(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                  tmp_path: Path, address: str | None) -> None:
    """No session bus (CI, a bare X session) and no system bus (a container): no warning,
    which qt_log_level_fail would turn into a failure, no crash, no bus daemon launched."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no systemd user bus there
    if address is None:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
        assert bus_address(QDBusConnection.BusType.SessionBus) is None
    else:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/system_bus")
    watch = SessionWatch(lambda: None)
    watch.stop()
    watch.stop()
