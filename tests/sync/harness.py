"""A real server (the FastAPI app on a real database) and real devices (SQLCipher stores) for
sync tests. Requests go through httpx to the app in process; ``tests/sync/test_server_process``
runs the same against a ``cpi-server`` process."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from app.domain import UserRole
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.store.store import Store
from sync.client.engine import SyncReport, sync_once
from sync.client.enrol import credential_keeper, enrol_device
from sync.client.transport import Transport
from sync.protocol import PROTOCOL_VERSION
from sync.server import admin, directory
from sync.server.app import ServerOptions, build_app
from sync.server.db import make_engine, prepare_database
from tests.conftest import PASSPHRASE
from tests.store_template import fresh_store
from tests.sync.live_server import serving

PASSWORD = "mot-de-passe-de-test"
OFFICE = "sud-esch-sur-alzette"
#: Enrolment codes of the tests, cheap to hash and check (the server reads the cost in the hash).
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

#: The ONE's register every test server starts with (invented): a provider approved for every
#: measure that needs an agrément, which ``Family.plan`` finds on an enrolled laptop.
REGISTER = (
    b"identifiant;nom;adresse;code_postal;localite;telephone;courriel;numero_agrement;mesures;"
    b"valable_du;valable_au\n"
    b"T-001;Service d'assistance en famille Sud;1, rue de Test;L-4001;Esch-sur-Alzette;;;"
    b"AGR-2019-044;a,c,d,e,f,g,h,i,j,o,p,q,r,s,u,y;01/01/2019;\n")


@dataclass
class Endpoint:
    """A server at ``url``, wherever it runs: the app in this process or a ``cpi-server``."""

    url: str

    def transport(self, token: str | None = None,
                  protocol: int = PROTOCOL_VERSION) -> Transport:
        return Transport(self.url, token, protocol=protocol)


@dataclass
class Server(Endpoint):
    sessions: sessionmaker[Session]
    app: FastAPI

    @classmethod
    @contextmanager
    def running(cls, database_url: str,
                options: ServerOptions | None = None) -> Iterator[Server]:
        """The app on ``database_url``, served over HTTP on a loopback port."""
        sessions = prepare_database(make_engine(database_url))
        directory.import_register(sessions, REGISTER)
        app = build_app(sessions, options)
        with serving(app) as url:
            yield cls(url=url, sessions=sessions, app=app)

    def user(self, login: str, role: UserRole = UserRole.AGENT, office: str | None = OFFICE,
             name: str = "") -> uuid.UUID:
        return admin.create_user(self.sessions, login, name or login, role,
                                 None if role is UserRole.VALIDATOR else office, PASSWORD)

    def code(self, login: str) -> str:
        """A one-time enrolment code for ``login``, as ``cpi-server enrolment-code`` gives."""
        return admin.enrolment_code(self.sessions, login, hasher=CHEAP_HASHER)


@dataclass
class Device:
    store: Store
    ctx: ServiceContext
    transport: Transport
    reports: list[SyncReport] = field(default_factory=list)

    @classmethod
    def enrol(cls, server: Endpoint, folder: Path, login: str,
              protocol: int = PROTOCOL_VERSION, code: str | None = None,
              chained: bool = False) -> Device:
        """A new laptop enrolled for ``login``; ``code``: its enrolment code (issued here
        when the server runs in this process); ``chained``: a new token at each handshake
        (``sync.client.chain``; the credential kept in the store, which has no keyring)."""
        store = fresh_store(folder, PASSPHRASE)
        ctx = ServiceContext(store)
        prepare_store(ctx)
        transport = server.transport(protocol=protocol)
        if code is None:
            code = server.code(login) if isinstance(server, Server) else ""
        agent = enrol_device(ctx, transport, login, PASSWORD, f"poste de {login}", None,
                             code=code, chained=chained)
        if chained:
            transport.keep = credential_keeper(agent, None)
        sync_once(agent, transport)  # the first download, as a new laptop's first run
        return cls(store, agent, transport)

    def sync(self) -> SyncReport:
        report = sync_once(self.ctx, self.transport)
        self.reports.append(report)
        return report

    def close(self) -> None:
        self.transport.close()
        self.store.lock()


def two_agents(server: Server, folder: Path) -> tuple[Device, Device]:
    """Agents A and B of the same office, each with a laptop enrolled."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    return (Device.enrol(server, folder / "a", "agent.a"),
            Device.enrol(server, folder / "b", "agent.b"))
