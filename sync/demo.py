"""The demo's own ONE server: an embedded ``cpi-server`` on an SQLite file beside the demo store,
served on a loopback port from a thread of the app, so that the sync button works on the demo
caseload like at the office.

The server starts with the demo caseload already on it (the ONE's copy of the invented
families), the demo agent and validator as its users, and the demo laptop enrolled (with an
enrolment code the demo issues itself, as the ONE's IT would with ``cpi-server
enrolment-code``).
"""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import AuditEntry, User
from app.domain.base import SyncedRecord, new_id
from app.domain.history import DossierHistoryEntry
from app.services.base.context import ServiceContext
from app.services.setup.store import agent_context, prepare_demo_store
from app.services.sync.local import forget_sent_outbox
from app.store.store import unlock_store
from app.store.wire import (
    case_id_of,
    from_wire,
    record_to_wire,
    synced_columns,
    synced_models,
)
from sync.client.engine import sync_once
from sync.client.enrol import device_token, enrol_device
from sync.client.transport import Transport
from sync.server import admin
from sync.server.app import build_app
from sync.server.db import make_engine, prepare_database
from sync.server.log import log_changes
from sync.server.models import Credential
from sync.server.threaded import ThreadedServer, serve_in_thread

DEMO_PASSWORD = "demo-cpi-terrain"  # invented users of an invented caseload


#: The demo's server: a ``ThreadedServer`` (``url``, ``stop()``).
DemoServer = ThreadedServer


def prepare_demo_with_server(directory: Path, *,
                             families: int = 24) -> tuple[str, DemoServer]:
    """Create the demo store and its server; returns the store's passphrase and the server."""
    passphrase = prepare_demo_store(directory / "store", families=families)
    sessions = prepare_database(make_engine(f"sqlite:///{directory / 'server.sqlite'}"))
    store = unlock_store(directory / "store", passphrase, keyring_backend=None)
    try:
        agent = agent_context(store)
        login = _seed(sessions, agent)
        running = serve_in_thread(build_app(sessions), name="demo-server")
        transport = Transport(running.url)
        try:
            enrolled = enrol_device(agent, transport, login, DEMO_PASSWORD, "poste de démo",
                                    None, code=admin.enrolment_code(sessions, login))
            forget_sent_outbox(enrolled)
            # A laptop's first run downloads what the server has: here, the dossiers' history.
            transport.token = device_token(enrolled, None)
            sync_once(enrolled, transport)
        finally:
            transport.close()
    finally:
        store.lock()
    return passphrase, running


def _seed(sessions: sessionmaker[Session], device: ServiceContext) -> str:
    """The ONE's copy of the demo caseload: every record of the demo store, logged; the demo
    users get the demo password. Returns the demo agent's login."""
    records: list[SyncedRecord] = []
    with device.reading() as local, sessions.begin() as server:
        for entity, cls in synced_models().items():
            if entity == "office":
                continue  # the server has the same offices, same ids
            columns = synced_columns(cls)
            for row in local.scalars(select(cls)):
                copy = cls()
                copy.id = row.id
                for name, value in record_to_wire(row).items():
                    if name in columns:
                        setattr(copy, name, from_wire(columns[name], value))
                server.add(copy)
                records.append(copy)
            server.flush()
        records += _history_of(local, records)
        hashed = PasswordHasher().hash(DEMO_PASSWORD)
        for user in server.scalars(select(User)):
            server.add(Credential(user_id=user.id, password_hash=hashed))
        log_changes(server, records)
        agent = local.get(User, device.actor_id) if device.actor_id else None
        assert agent is not None, "the demo store has its agent"
        return agent.login


def _history_of(local: Session, records: list[SyncedRecord]) -> list[SyncedRecord]:
    """The dossiers' history as the server would have written it, had the demo laptop sent
    its work: one entry per change the demo store traced (``AuditEntry``), with its mutation
    id, so that the history tab of a demo dossier reads like a real one's."""
    dossier_of = {record.id: case_id_of(record) for record in records}
    names = {user.id: user.display_name for user in local.scalars(select(User))}
    entries: list[SyncedRecord] = []
    seen: set[object] = set()
    for traced in local.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)):
        case_id = dossier_of.get(traced.record_id)
        if case_id is None:
            continue
        entries.append(DossierHistoryEntry(
            id=new_id(), case_id=case_id, at=traced.at, made_at=traced.at,
            user_id=traced.actor_id, user_name=names.get(traced.actor_id, "")
            if traced.actor_id else "", device_id=None, device_name="poste de démo",
            action=traced.action, entity=traced.entity, record_id=traced.record_id,
            operation="update" if traced.record_id in seen else "insert",
            fields=list(traced.fields), outcome="applied",
            under_cover_of_id=traced.under_cover_of_id,
            under_cover_of_name=names.get(traced.under_cover_of_id, "")
            if traced.under_cover_of_id else "", mutation_id=traced.mutation_id))
        seen.add(traced.record_id)
    return entries
