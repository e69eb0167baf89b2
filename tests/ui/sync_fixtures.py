"""A real sync server on loopback HTTP and stores enrolled with it, for the UI's sync tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.context import ServiceContext
from app.services.setup import prepare_store
from app.services.sync_local import pending_count
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store
from sync.client.enrol import enrol_device
from tests.app.services.family import Family
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Server
from ui.main_window import MainWindow
from ui.operations import StoreOperations

TODAY = date(2026, 3, 2)
LOGIN = "agent.a"


@dataclass
class Enrolled:
    store: Store
    agent: ServiceContext


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as running:
        running.user(LOGIN, name="Agent A")
        yield running


def new_store(folder: Path) -> Store:
    store = create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    prepare_store(ServiceContext(store))
    return store


def enrolled_store(server: Server, folder: Path, families: int = 1) -> Enrolled:
    """A store enrolled with ``server`` (token in the store: no keyring), with families whose
    changes wait for upload."""
    store = new_store(folder)
    transport = server.transport()
    try:
        agent = enrol_device(ServiceContext(store), transport, LOGIN, PASSWORD,
                             "poste de test", None)
    finally:
        transport.close()
    for number in range(families):
        Family.open(agent, TODAY, surname=f"Testfamille{number}").analyse()
    assert pending_count(agent) > 0
    return Enrolled(store, agent)


def shown_window(qtbot: QtBot, operations: StoreOperations, ctx: ServiceContext,
                 on_lock: object = None) -> MainWindow:
    window = MainWindow(operations, on_lock if callable(on_lock) else lambda: None)
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    qtbot.waitUntil(lambda: window.sync_panel.status is not None, timeout=10_000)
    return window


def finish(window: MainWindow, qtbot: QtBot) -> None:
    """No network work left running for the next test."""
    window.sync_panel.probe_timer.stop()
    assert window.sync_panel.network.wait()
    qtbot.wait(10)  # the last results land on the GUI thread
