"""The automatic sync (a reachable server gets the waiting changes, a recent sync waits) and
the status's list of refused changes with their reasons."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.sync_state import RejectedChange, SyncState
from app.services.sync.local import pending_count
from tests.app.services.family import Family
from tests.sync.harness import Server
from tests.ui.sync_fixtures import (
    LOGIN,
    TODAY,
    Enrolled,
    enrolled_store,
    finish,
    server,
    shown_window,
)
from ui.operations import StoreOperations
from ui.qt import QApplication

__all__ = ["server"]


@pytest.fixture
def device(server: Server, tmp_path: Path) -> Iterator[Enrolled]:
    enrolled = enrolled_store(server.url, tmp_path / "poste", code=server.code(LOGIN))
    yield enrolled
    enrolled.store.lock()


def test_a_reachable_server_gets_the_waiting_changes_then_a_recent_sync_waits(
        qtbot: QtBot, operations: StoreOperations, device: Enrolled) -> None:
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    assert panel.probe_timer.isActive()
    panel.probe_now()  # never synced, changes waiting: the probe syncs
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.pending == 0
                    and not panel.syncing, timeout=20_000)
    assert panel.status.last_success_at is not None
    Family.open(device.agent, TODAY, surname="Nouvelle")
    waiting = pending_count(device.agent)
    panel.probe_now()  # synced a moment ago: the new changes wait for the next turn
    qtbot.waitUntil(lambda: not panel.network.busy, timeout=10_000)
    assert not panel.syncing and pending_count(device.agent) == waiting > 0
    window.lock()
    assert not panel.probe_timer.isActive()  # never while locked
    panel.probe_now()
    assert not panel.network.busy
    finish(window, qtbot)


def test_the_status_counts_refused_changes_and_lists_their_reasons(
        qtbot: QtBot, operations: StoreOperations, device: Enrolled, french: None) -> None:
    with device.agent.transaction("seed_refusal") as session:
        session.add(RejectedChange(
            mutation_id=uuid.uuid4(), entity="person", record_id=uuid.uuid4(),
            changes={"notes": [None, "texte synthétique"]},
            reason="Ce dossier a été transféré à un autre agent."))
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    assert QApplication.translate("SyncPanel", "refused: {count}").format(
        count=1) in panel.status_button.text()
    assert panel.status_button.accessibleName()
    panel.status_button.click()
    details = panel.details
    assert details is not None and details.isVisible()
    assert details.refused.count() == 1
    assert details.refused.item(0).text() == (
        "Personne — Ce dossier a été transféré à un autre agent.")
    window.lock()  # the lock closes it
    assert panel.details is None and not details.isVisible()
    finish(window, qtbot)


def _point_to(device: Enrolled, url: str) -> None:
    with device.agent.store.transaction("test_server_url", None, from_server=True) as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.server_url = url


def test_a_server_answering_again_gets_the_changes_at_once(
        qtbot: QtBot, operations: StoreOperations, server: Server, device: Enrolled) -> None:
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    panel.action.trigger()
    qtbot.waitUntil(lambda: not panel.syncing and panel.status is not None
                    and panel.status.pending == 0, timeout=20_000)
    Family.open(device.agent, TODAY, surname="Hors-ligne")
    _point_to(device, "http://127.0.0.1:9")  # nothing listens there: the network is down
    panel.action.trigger()
    qtbot.waitUntil(lambda: not panel.syncing, timeout=20_000)
    assert pending_count(device.agent) > 0
    _point_to(device, server.url)  # the network is back
    panel.probe_now()  # synced minutes ago, yet the server was unreachable: sync now
    qtbot.waitUntil(lambda: not panel.network.busy and not panel.syncing, timeout=20_000)
    assert pending_count(device.agent) == 0
    finish(window, qtbot)


def test_every_synced_record_kind_has_a_name_for_the_agent() -> None:
    """A refused change names its record in words, never by the server's table name."""
    from app.store.wire import synced_models
    from ui.record_labels import _KINDS

    assert set(synced_models()) <= set(_KINDS)
