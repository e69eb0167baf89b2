"""The server's database: an SQLite file by default (``cpi-server`` runs with no setup), or
PostgreSQL from a URL in production, where several server processes share it and keep no
state of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Base
from app.services.setup import import_reference
from sync.server.models import LogCounter, ServerBase, ServerInfo

#: Tables only a device has: its outbox, audit trail, drafts and sync bookkeeping.
DEVICE_ONLY_TABLES = frozenset({"outbox", "audit", "device_state", "wizard_draft",
                                "sync_state", "sync_cursor", "rejected_change"})


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("cpi-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'cpi-server.sqlite'}"


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql:"):
        url = "postgresql+psycopg:" + url.removeprefix("postgresql:")
    options: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite"):
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
    engine = create_engine(url, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # The driver would begin a transaction only before a write: a savepoint taken first
    # became the outermost transaction, and releasing it committed. SQLAlchemy begins instead.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Every request writes (the device's last contact at least): take the write lock at once,
    waiting for it under ``busy_timeout``, rather than fail upgrading a read snapshot that
    another request's commit made stale."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def prepare_database(engine: Engine) -> sessionmaker[Session]:
    """Create what is missing (tables, the counter, the server's id, the reference data) and
    return the session factory."""
    tables = [t for name, t in Base.metadata.tables.items() if name not in DEVICE_ONLY_TABLES]
    Base.metadata.create_all(engine, tables=tables)
    ServerBase.metadata.create_all(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions.begin() as session:
        if session.get(LogCounter, 1) is None:
            session.add(LogCounter(id=1, value=0))
        if session.scalar(select(ServerInfo).where(ServerInfo.id == 1)) is None:
            session.add(ServerInfo(id=1))
        import_reference(session)
    return sessions
