"""The world of the model-based sync proof: one real server (the FastAPI app on a SQLite file,
served over loopback HTTP) and real devices (SQLCipher stores, the real sync engine), each
device's HTTP going through a ``FaultyTransport``. Devices die and come back (their store
reopened from disk, as a new process would); the server goes back to an older backup."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import select

from app.domain import User, UserRole
from app.services.base.context import ServiceContext
from app.services.sync.local import outbox_batch, save_device_token, sync_settings
from app.store.store import Store, unlock_store
from sync.client.engine import SyncReport, sync_once
from sync.client.enrol import device_token
from sync.client.transport import Transport
from sync.server.scopes import Caller
from tests.conftest import PASSPHRASE
from tests.proof.faults import FaultyTransport
from tests.sync.harness import Device, Server

LOGINS = {"agent.a": UserRole.AGENT, "agent.b": UserRole.AGENT,
          "clerk": UserRole.OFFICE_CLERK, "validator": UserRole.VALIDATOR}


@dataclass
class Node:
    """A device: its store folder, its store once unlocked, its faulty wire."""

    login: str
    folder: Path
    store: Store
    ctx: ServiceContext
    token: str
    wire: FaultyTransport
    transport: Transport
    device_id: uuid.UUID
    #: Mutations this device had in its outbox, by id: (entity, record id, operation, changes).
    seen: dict[uuid.UUID, tuple[str, uuid.UUID, str, dict[str, list[object]]]] = field(
        default_factory=dict)

    def pending(self) -> set[uuid.UUID]:
        batch = outbox_batch(self.ctx, 100_000)
        for m in batch:
            self.seen[m.mutation_id] = (m.entity, m.record_id, m.operation, m.changes)
        return {m.mutation_id for m in batch}

    def sync(self) -> SyncReport:
        return sync_once(self.ctx, self.transport)

    def restart(self) -> None:
        """The process died: what it held in memory is gone; the store reopens from disk."""
        self.store.lock()
        self.store = unlock_store(self.folder, PASSPHRASE, keyring_backend=None)
        self.ctx = ServiceContext(self.store, self.ctx.actor_id)

    def connect(self, url: str) -> None:
        self.transport.close()
        self.wire = FaultyTransport(httpx.HTTPTransport(), uploads=self.wire.uploads)
        # The device's chained credential as its store keeps it (moved on at each handshake).
        self.token = device_token(self.ctx, None) or self.token
        self.transport = Transport(url, self.token, client=httpx.Client(
            base_url=url, transport=self.wire, timeout=30), keep=self.keep)

    def keep(self, credential: str) -> None:
        """``Transport.keep``: the next step of the chain, in the store this node has open
        now (a restart opens it again)."""
        save_device_token(self.ctx, credential)


class World:
    """The server and the devices; the server can be stopped and restored from a backup."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "server.sqlite"
        self.url = f"sqlite:///{self.database}"
        self._server_stack = ExitStack()
        self.server = self._server_stack.enter_context(Server.running(self.url))
        self.backup: Path | None = None
        self.callers: dict[str, Caller] = {}
        self.nodes: dict[str, Node] = {}
        for login, role in LOGINS.items():
            self.server.user(login, role, name=login.title())
        for login in LOGINS:
            self.nodes[login] = self._enrol(login)

    def _enrol(self, login: str) -> Node:
        device = Device.enrol(self.server, self.folder / login, login, chained=True)
        token = device.transport.token
        assert token is not None
        device.transport.close()
        with device.ctx.reading() as session:
            user = session.scalars(select(User).where(User.login == login)).one()
            device_id = sync_settings(device.ctx).device_id
            self.callers[login] = Caller(user.id, user.role, user.office_id, device_id, 2)
        wire = FaultyTransport(httpx.HTTPTransport())
        node = Node(login, self.folder / login, device.store, device.ctx, token, wire,
                    Transport(self.server.url, token, client=httpx.Client(
                        base_url=self.server.url, transport=wire, timeout=30)), device_id)
        node.transport.keep = node.keep
        return node

    def take_backup(self) -> None:
        self.backup = self.folder / "backup.sqlite"
        with sqlite3.connect(self.database) as live, sqlite3.connect(self.backup) as copy:
            live.backup(copy)

    def restore_backup(self) -> bool:
        """The ONE restores last night's backup: the server stops, its file goes back, it
        starts again (on another port); the devices are pointed at it."""
        if self.backup is None:
            return False
        self.server.sessions.kw["bind"].dispose()
        self._server_stack.close()
        with sqlite3.connect(self.backup) as copy, sqlite3.connect(self.database) as live:
            copy.backup(live)
        self._server_stack = ExitStack()
        self.server = self._server_stack.enter_context(Server.running(self.url))
        for node in self.nodes.values():
            node.connect(self.server.url)
        return True

    def close(self) -> None:
        for node in self.nodes.values():
            node.transport.close()
            node.store.lock()
        self.server.sessions.kw["bind"].dispose()
        self._server_stack.close()

