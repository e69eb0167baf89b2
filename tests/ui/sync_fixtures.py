"""A real sync server on loopback HTTP and stores enrolled with it, for the UI's sync tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import UserRole
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.services.sync.local import pending_count
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store
from sync.client.enrol import enrol_device
from sync.client.transport import Transport, reachable
from sync.server import admin
from sync.server.db import make_engine, prepare_database
from tests.app.services.family import Family
from tests.conftest import PASSPHRASE
from tests.sync.harness import CHEAP_HASHER, OFFICE, PASSWORD, Server
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


def enrolled_store(server_url: str, folder: Path, families: int = 1, *,
                   code: str = "") -> Enrolled:
    """A store enrolled with the server at ``server_url`` (token in the store: no keyring)
    with its enrolment ``code``, with families whose changes wait for upload."""
    store = new_store(folder)
    transport = Transport(server_url)
    try:
        agent = enrol_device(ServiceContext(store), transport, LOGIN, PASSWORD,
                             "poste de test", None, code=code)
    finally:
        transport.close()
    for number in range(families):
        Family.open(agent, TODAY, surname=f"Testfamille{number}").analyse()
    assert pending_count(agent) > 0
    return Enrolled(store, agent)


def shown_window(qtbot: QtBot, operations: StoreOperations, ctx: ServiceContext,
                 on_lock: Callable[[], None] | None = None) -> MainWindow:
    window = MainWindow(operations, on_lock or (lambda: None))
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    qtbot.waitUntil(lambda: window.sync_panel.status is not None, timeout=10_000)
    return window


def finish(window: MainWindow, qtbot: QtBot) -> None:
    """No work left running for the next test (or for the store's lock at teardown): the
    sync's results land, then the store reads they start (status, caseload) finish."""
    window.sync_panel.probe_timer.stop()
    assert window.sync_panel.network.wait()
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not window.sync_panel.network.busy
                    and not window._operations.busy, timeout=10_000)


def process_code(folder: Path) -> str:
    """A one-time enrolment code for the agent of ``server_process(folder)`` (its database is
    an SQLite file there: the command's way, from this process)."""
    sessions = prepare_database(make_engine(f"sqlite:///{folder / 'server.sqlite'}"))
    try:
        return admin.enrolment_code(sessions, LOGIN, hasher=CHEAP_HASHER)
    finally:
        engine = sessions.kw["bind"]
        engine.dispose()


@contextmanager
def server_process(folder: Path) -> Iterator[str]:
    """``cpi-server`` in a process of its own, at the lowest CPU priority: in production it runs
    on another machine; here a server thread would compete with the GUI thread for the GIL,
    and a server process for the test machine's cores. Yields its URL."""
    url = f"sqlite:///{folder / 'server.sqlite'}"
    sessions = prepare_database(make_engine(url))
    admin.create_user(sessions, LOGIN, "Agent A", UserRole.AGENT, OFFICE, PASSWORD)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        ["nice", "-n", "19", sys.executable, "-m", "sync.server.main", "--database", url, "serve",
         "--port", str(port)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not reachable(address, 0.5):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("cpi-server did not start")
            time.sleep(0.1)
        yield address
    finally:
        process.terminate()
        process.wait(10)
