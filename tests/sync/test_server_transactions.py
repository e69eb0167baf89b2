"""The server's database behaves as one transaction per request on SQLite too."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from sync.server.db import make_engine, prepare_database
from sync.server.models import Device


def devices(path: Path) -> int:
    """Counted by another connection (the driver's own, which reads without a lock)."""
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM device").fetchone()[0])


def test_a_released_savepoint_stays_inside_its_transaction(tmp_path: Path) -> None:
    """pysqlite begins a transaction only before a write: the upload's first savepoint was the
    outermost transaction, and releasing it committed each mutation on its own (an fsync each,
    and a batch half applied with no answer stored when the server stopped in between)."""
    path = tmp_path / "server.sqlite"
    sessions = prepare_database(make_engine(f"sqlite:///{path}"))
    with sessions() as session, session.begin():
        session.get(Device, uuid.uuid4())  # a read first, as an upload does
        with session.begin_nested():
            session.add(Device(id=uuid.uuid4(), user_id=uuid.uuid4(), token_hash="a" * 64))
        assert devices(path) == 0  # released, not committed
        session.rollback()
    assert devices(path) == 0
