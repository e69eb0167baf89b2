"""The server's database: an SQLite file by default (``cpi-server`` runs with no setup), or
PostgreSQL from a URL in production, where several server processes share it and keep no
state of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, Table, create_engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Base
from app.services.setup import import_reference
from sync.server.models import LogCounter, ServerBase, ServerInfo

#: Tables only a device has: its outbox, audit trail, drafts and sync bookkeeping.
DEVICE_ONLY_TABLES = frozenset({"outbox", "audit", "device_state", "wizard_draft",
                                "sync_state", "sync_cursor", "rejected_change",
                                "answered_change"})


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("cpi-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'cpi-server.sqlite'}"


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql:"):
        url = "postgresql+psycopg:" + url.removeprefix("postgresql:")
    # A database error's message names the statement's values (dossier data) unless hidden:
    # it would reach the journal with the traceback.
    options: dict[str, Any] = {"pool_pre_ping": True, "hide_parameters": True}
    if url.startswith("postgresql"):
        # FastAPI runs up to 40 requests at once in its thread pool: connections beyond the
        # pool's size are opened and closed for each request under load.
        options |= {"pool_size": POOL_SIZE, "max_overflow": POOL_SIZE}
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
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Take the write lock first: concurrent requests wait for each other (busy_timeout)
    instead of failing when a read snapshot turns stale, and a record read for update stays
    as read (SQLite ignores FOR UPDATE). SQLite is the small server: one writer at a time."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


#: Connections kept open per server process (as many again opened under peaks).
POOL_SIZE = 20


class OlderDatabase(RuntimeError):
    """The database was made by an older cpi-server: columns this version needs are missing."""


def _refuse_older_schema(engine: Engine, tables: list[Table]) -> None:
    """``create_all`` adds missing tables, never missing columns: a database made by an older
    version is refused plainly at start rather than failing request after request. (Server
    migrations are to come; until then, restore into a database made by this version.)"""
    found = inspect(engine)
    missing = [f"{table.name}.{column.name}" for table in tables
               for column in table.columns
               if column.name not in {c["name"] for c in found.get_columns(table.name)}]
    if missing:
        raise OlderDatabase(
            "La base du serveur a été créée par une version plus ancienne de cpi-server ; "
            f"colonnes manquantes : {', '.join(missing[:8])}"
            + (" …" if len(missing) > 8 else "") + ".")


def prepare_database(engine: Engine) -> sessionmaker[Session]:
    """Create what is missing (tables, the counter, the server's id, the reference data) and
    return the session factory."""
    tables = [t for name, t in Base.metadata.tables.items() if name not in DEVICE_ONLY_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    ServerBase.metadata.create_all(engine)
    _refuse_older_schema(engine, [*tables, *ServerBase.metadata.sorted_tables])
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions.begin() as session:
        if session.get(LogCounter, 1) is None:
            session.add(LogCounter(id=1, value=0))
        if session.scalar(select(ServerInfo).where(ServerInfo.id == 1)) is None:
            session.add(ServerInfo(id=1))
        import_reference(session)
    return sessions
