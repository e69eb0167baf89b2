"""SQLAlchemy engines over SQLCipher files opened with a raw key.

SQLAlchemy's ``sqlite+pysqlcipher`` dialect sends its own key after a custom one, so a plain
``sqlite`` URL with the ``sqlcipher3`` DB-API module is used and every new connection is keyed
by a ``connect`` event before anything else touches the file. A raw 32-byte key costs 0.2 ms per
connection where a passphrase would cost SQLCipher's PBKDF2 (~110 ms) every time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

# Applied to every connection; WAL lets the UI read while a write commits.
_CONNECTION_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    # 32 MiB of page cache per connection: a caseload's working set stays decrypted in memory,
    # so repeated reads do not pay SQLCipher's page decryption again.
    "PRAGMA cache_size = -32768",
)


#: SQLCipher wipes every block of memory it frees (pages decrypted, keys, statements), so a
#: core dump, a swap file or another process reading freed memory finds no family's data left
#: behind (issue 18). Its cost on the application's workload: docs/performance.md
#: (bench/memory_security.py).
MEMORY_SECURITY = "PRAGMA cipher_memory_security = ON"


def encrypted_engine(path: Path, key: bytes, *, memory_security: bool = True) -> Engine:
    """An engine whose connections are keyed with ``key`` and checked at once
    (``memory_security``: off only to measure what it costs).

    A wrong key surfaces on the first ``connect()`` as ``sqlalchemy.exc.DatabaseError``
    ("file is not a database") instead of on some later query.
    """
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    key_pragma = f"PRAGMA key = \"x'{key.hex()}'\""
    # Values stay out of error messages (and so out of the log): they are the families' data.
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _key_connection(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(key_pragma)
            cursor.execute("PRAGMA cipher_log_level = NONE")
            if memory_security:
                cursor.execute(MEMORY_SECURITY)
            _apply(cursor)
        finally:
            cursor.close()

    _explicit_transactions(engine)
    return engine


def plain_engine(path: Path) -> Engine:
    """The same engine over an unencrypted SQLite file: the baseline of the benchmarks."""
    engine = create_engine(f"sqlite:///{path}", module=sqlite3, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            _apply(cursor, skip_cipher=True)
        finally:
            cursor.close()

    _explicit_transactions(engine)
    return engine


def _explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, open transactions, so reads and writes of one service
    call see one snapshot (the driver's implicit BEGIN only precedes writes)."""

    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def _apply(cursor: Any, *, skip_cipher: bool = False) -> None:
    for pragma in _CONNECTION_PRAGMAS:
        if skip_cipher and "cipher" in pragma:
            continue
        cursor.execute(pragma)
    cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
