"""The server's database: an SQLite file by default (``cpi-server`` runs with no setup), or
PostgreSQL from a URL in production, where several server processes share it and keep no
state of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from app.services.setup.store import import_reference
from sync.server.migrate import (
    DEVICE_ONLY_TABLES,
    DatabaseRefused,
    NewerDatabase,
    OlderDatabase,
    bring_to_head,
)
from sync.server.models import LogCounter, ServerInfo

__all__ = ["DEVICE_ONLY_TABLES", "DatabaseRefused", "NewerDatabase", "OlderDatabase",
           "default_url", "make_engine", "prepare_database"]


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
    # Art. 7: what an anonymisation rewrites or deletes is overwritten in the file, not left
    # in free pages (``sync.server.anonymise``).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Take the write lock first: concurrent requests wait for each other (busy_timeout)
    instead of failing when a read snapshot turns stale, and a record read for update stays
    as read (SQLite ignores FOR UPDATE). SQLite is the small server: one writer at a time."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


#: Connections kept open per server process (as many again opened under peaks).
POOL_SIZE = 20


def prepare_database(engine: Engine) -> sessionmaker[Session]:
    """Bring the schema to this version (``sync.server.migrate``: create, or upgrade a database
    an older cpi-server made, or refuse one a newer made), create what is missing (the counter,
    the server's id, the reference data) and return the session factory.

    One transaction, under the migration lock: server processes starting together on one
    PostgreSQL database migrate and fill it once, the others wait and find it ready."""
    with engine.begin() as connection:
        bring_to_head(connection)
        with Session(bind=connection) as session:
            if session.get(LogCounter, 1) is None:
                session.add(LogCounter(id=1, value=0))
            if session.scalar(select(ServerInfo).where(ServerInfo.id == 1)) is None:
                session.add(ServerInfo(id=1))
            import_reference(session)
            session.flush()
    return sessionmaker(engine, expire_on_commit=False)
