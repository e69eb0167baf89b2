"""Sync from the main window against a real server over loopback HTTP: the action, the status,
an unreachable server, a lock during a sync, and no GUI stall while it runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import Case
from app.services.sync.local import pending_count
from sync.client import engine
from sync.client.errors import ServerUnreachable
from tests.sync.harness import Server
from tests.ui.sync_fixtures import (
    LOGIN,
    Enrolled,
    enrolled_store,
    finish,
    process_code,
    server,
    server_process,
    shown_window,
)
from tests.watchdog import StallWatchdog
from ui.operations import StoreOperations, freeze_heap
from ui.qt import QApplication

__all__ = ["server"]  # the fixture, imported for the tests of this module

GUI_STALL_MS = 50
ATTEMPTS = 4
FAMILIES = 35  # 9 changes each: over 300 to upload


@pytest.fixture
def device(server: Server, tmp_path: Path) -> Iterator[Enrolled]:
    enrolled = enrolled_store(server.url, tmp_path / "poste", code=server.code(LOGIN))
    yield enrolled
    enrolled.store.lock()


def test_sync_action_uploads_and_the_status_says_nothing_waits(
        qtbot: QtBot, operations: StoreOperations, server: Server, device: Enrolled,
        french: None) -> None:
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    waiting = pending_count(device.agent)
    assert panel.status is not None and panel.status.pending == waiting > 0
    assert panel.action.toolTip().endswith(")")  # names its shortcut
    assert panel.action.text() == QApplication.translate("SyncPanel", "Synchronise")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    panel.action.trigger()
    assert panel.progress.isVisible()
    qtbot.waitUntil(lambda: not panel.syncing and panel.status is not None
                    and panel.status.pending == 0, timeout=20_000)
    assert panel.status.last_success_at is not None
    pending_text = QApplication.translate("SyncPanel", "pending: {count}").format(count=0)
    assert pending_text in panel.status_button.text()
    assert not panel.progress.isVisible()
    with server.sessions() as session:
        assert session.query(Case).count() == 1
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # the caseload was reloaded
    finish(window, qtbot)


def test_an_unreachable_server_says_so_and_keeps_the_pending_changes(
        qtbot: QtBot, operations: StoreOperations, tmp_path: Path, french: None) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'gone.sqlite'}") as gone:
        gone.user("agent.a", name="Agent A")
        device = enrolled_store(gone.url, tmp_path / "poste", code=gone.code(LOGIN))
    # The server has stopped: its port answers nothing now.
    try:
        window = shown_window(qtbot, operations, device.agent)
        panel = window.sync_panel
        waiting = pending_count(device.agent)
        panel.action.trigger()
        qtbot.waitUntil(lambda: not panel.syncing, timeout=20_000)
        shown = window.statusBar().currentMessage()
        intro = ServerUnreachable("@").message().split("(@)")[0]
        assert intro and shown.startswith(intro), shown
        qtbot.waitUntil(lambda: panel.status is not None and bool(panel.status.last_error))
        assert panel.status.pending == waiting
        assert QApplication.translate("SyncPanel", "pending: {count}").format(
            count=waiting) in panel.status_button.text()
        assert window.isVisible()
        finish(window, qtbot)
    finally:
        device.store.lock()


def test_no_gui_stall_while_a_few_hundred_changes_sync(
        qtbot: QtBot, operations: StoreOperations, tmp_path: Path) -> None:
    """The GUI thread never works 50 ms at a stretch during a sync, and at least one of a few
    syncs shows no stall over 50 ms at all: a machine loaded by other work (the tests share
    theirs) delays the GUI thread's turn, which the best attempt measures least."""
    stalls: list[tuple[float, float]] = []
    with server_process(tmp_path) as url:
        for attempt in range(ATTEMPTS):
            device = enrolled_store(url, tmp_path / f"poste-{attempt}", families=FAMILIES,
                                    code=process_code(tmp_path))
            try:
                stalls.append(_watched_sync(qtbot, operations, device))
            finally:
                device.store.lock()
                gc.unfreeze()  # the other tests' garbage stays collectable
            if stalls[-1][0] < GUI_STALL_MS:
                break
    print("GUI stalls during sync (longest, busiest GUI work), ms:", stalls)
    assert all(busiest < GUI_STALL_MS for _longest, busiest in stalls)
    assert min(longest for longest, _busiest in stalls) < GUI_STALL_MS


def _watched_sync(qtbot: QtBot, operations: StoreOperations,
                  device: Enrolled) -> tuple[float, float]:
    assert pending_count(device.agent) >= 300
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    qtbot.waitUntil(lambda: not operations.busy)
    gc.collect()
    freeze_heap()  # as the application does once its modules are loaded
    watchdog = StallWatchdog()
    with watchdog.watch("sync"):
        panel.action.trigger()
        qtbot.waitUntil(lambda: not panel.syncing, timeout=60_000)
        qtbot.waitUntil(lambda: not operations.busy, timeout=10_000)
    assert panel.status is not None and panel.status.pending == 0
    assert panel.status.last_error == ""
    assert watchdog.ticks > 10
    finish(window, qtbot)
    window.close()
    return watchdog.stalls["sync"], watchdog.busiest_cpu_ms


def test_locking_during_a_sync_ends_it_quietly(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Small batches, so that the lock falls between two of them (a day's batch is 500).
    monkeypatch.setattr(engine, "UPLOAD_BATCH", 100)
    device = enrolled_store(server.url, tmp_path / "poste", families=FAMILIES,
                            code=server.code(LOGIN))

    def lock_store() -> None:
        operations.run(device.store.lock, lambda _: None, lambda exc: None)

    window = shown_window(qtbot, operations, device.agent, lock_store)
    panel = window.sync_panel
    locked: list[int] = []

    def lock_at_first_batch(done: int) -> None:
        if done > 0 and not locked:  # the first batch is in: three more and the download
            locked.append(done)
            window.lock()

    panel.progress.valueChanged.connect(lock_at_first_batch)
    panel.action.trigger()
    qtbot.waitUntil(lambda: bool(locked), timeout=20_000)
    assert not panel.progress.isVisible() and panel.status_button.text() == ""
    assert panel.network.wait()
    qtbot.wait(50)  # the sync's end reaches the GUI thread: nothing raised, nothing shown
    assert device.store.is_locked
    with server.sessions() as session:  # the sync did stop half-way
        assert session.query(Case).count() < FAMILIES
    assert window.statusBar().currentMessage() == ""
