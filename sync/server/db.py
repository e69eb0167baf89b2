"""The server's database: an SQLite file by default (``cpi-server`` runs with no setup), or
PostgreSQL from a URL in production, where several server processes share it and keep no
state of their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, make_url, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.services.setup.store import import_reference
from sync.server.migrate import (
    DEVICE_ONLY_TABLES,
    SERVING,
    UPGRADE_COMMAND,
    DatabaseRefused,
    NewerDatabase,
    OlderDatabase,
    SchemaStatus,
    ServersRunning,
    StepApplied,
    Upgraded,
    UpgradeNeeded,
    bring_to_head,
    check_at_start,
    head_revision,
)
from sync.server.models import LogCounter, ServerInfo

__all__ = ["APPLICATION_NAME", "DEVICE_ONLY_TABLES", "UPGRADE_APPLICATION_NAME",
           "DatabaseRefused", "NewerDatabase", "OlderDatabase", "ServersRunning",
           "UpgradeNeeded", "database_problem", "default_url", "make_engine", "prepare_database",
           "upgrade_database"]

#: PostgreSQL's ``application_name`` of a cpi-server process's connections (``serve`` and the
#: administrative commands), and of ``cpi-server upgrade``'s, which refuses to change the
#: schema while connections of the first name are open (``sync.server.migrate``).
APPLICATION_NAME = SERVING
UPGRADE_APPLICATION_NAME = "cpi-server upgrade"

#: A PostgreSQL server that does not answer is given up after this long (libpq's default is
#: to wait for the network's own timeout, minutes): a health check says so within it.
CONNECT_TIMEOUT_S = 10


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("cpi-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'cpi-server.sqlite'}"


def make_engine(url: str, application_name: str = APPLICATION_NAME) -> Engine:
    """The server's engine on ``url``; on PostgreSQL its connections carry
    ``application_name`` (unless the URL gives one): ``cpi-server upgrade`` finds the other
    processes' by it."""
    if url.startswith("postgresql:"):
        url = "postgresql+psycopg:" + url.removeprefix("postgresql:")
    # A database error's message names the statement's values (dossier data) unless hidden:
    # it would reach the journal with the traceback.
    options: dict[str, Any] = {"pool_pre_ping": True, "hide_parameters": True}
    if url.startswith("postgresql"):
        # FastAPI runs up to 40 requests at once in its thread pool: connections beyond the
        # pool's size are opened and closed for each request under load.
        options |= {"pool_size": POOL_SIZE, "max_overflow": POOL_SIZE}
        given = make_url(url).query  # the URL's own settings win
        options["connect_args"] = {
            name: value for name, value in (("connect_timeout", CONNECT_TIMEOUT_S),
                                            ("application_name", application_name))
            if name not in given}
    if url.startswith("sqlite"):
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # The driver opens transactions only before writes, and a SAVEPOINT outside one commits
    # at its RELEASE (a batch's mutations would commit one by one, before their log entries):
    # SQLAlchemy opens every transaction instead (``_sqlite_begin``).
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    # Art. 7: what an anonymisation rewrites or deletes is overwritten in the file, not left
    # in free pages (``sync.server.anonymise``).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Take the write lock first: concurrent requests wait for each other (busy_timeout)
    instead of failing when a read snapshot turns stale, and a record read for update stays
    as read (SQLite ignores FOR UPDATE). SQLite is the small server: one writer at a time.
    The health check (``database_problem``) reads outside any transaction: it never waits
    for a writer."""
    if connection.get_execution_options().get(PROBE):
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE")


#: The execution option of the health check's connection (no write lock on SQLite).
PROBE = "cpi_probe"


#: Connections kept open per server process (as many again opened under peaks).
POOL_SIZE = 20


def prepare_database(engine: Engine, advice: str = UPGRADE_COMMAND) -> sessionmaker[Session]:
    """What a start does (``serve``, every administrative command, the demo, the tests'
    servers): an empty database gets this version's schema, one at this version is served,
    an older one is refused with ``UpgradeNeeded`` (whose message tells to run ``advice``), a
    newer one with ``NewerDatabase`` (``sync.server.migrate``). Then what is missing is
    created (the counter, the server's id, the reference data); returns the session factory.

    One transaction, under the migration lock: server processes starting together on an empty
    PostgreSQL database create it once, and a start during an upgrade waits for it."""
    with engine.begin() as connection:
        check_at_start(connection, advice)
        _fill(connection)
    return sessionmaker(engine, expire_on_commit=False)


def upgrade_database(engine: Engine, *,
                     planned: Callable[[SchemaStatus], None] | None = None,
                     applied: Callable[[StepApplied], None] | None = None) -> Upgraded:
    """``cpi-server upgrade``: bring the database to this version (create it if empty, stamp
    and upgrade one an older cpi-server made, refuse a newer one), then create what is
    missing, all in one transaction: a failing step leaves the database as it was. Refused
    (``ServersRunning``) on PostgreSQL while other cpi-server processes are connected: make
    ``engine`` with ``UPGRADE_APPLICATION_NAME`` (with the serving name, the engine's own
    other pooled connections, and upgrades waiting on the lock, would count as such).
    ``planned`` and ``applied`` hear the progress (``sync.server.migrate.bring_to_head``)."""
    with engine.begin() as connection:
        upgraded = bring_to_head(connection, planned=planned, applied=applied, alone=True)
        _fill(connection)
    return upgraded


def _fill(connection: Connection) -> None:
    with Session(bind=connection) as session:
        if session.get(LogCounter, 1) is None:
            session.add(LogCounter(id=1, value=0))
        if session.scalar(select(ServerInfo).where(ServerInfo.id == 1)) is None:
            session.add(ServerInfo(id=1))
        import_reference(session)
        session.flush()


def database_problem(engine: Engine) -> str | None:
    """Why the database cannot serve this process now, or None (``/api/health``): one read of
    its schema revision on a pooled connection, outside the server's transactions (on SQLite
    without its write lock). The answer names no data, no address, no account."""
    try:
        with engine.connect().execution_options(**{PROBE: True}) as connection:
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar()
    except SQLAlchemyError:
        return "la base de données ne répond pas"
    head = head_revision()
    if revision != head:
        return (f"la base de données est à la révision {revision}, ce serveur attend la "
                f"révision {head}")
    return None
