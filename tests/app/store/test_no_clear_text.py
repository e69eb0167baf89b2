"""Nothing typed about a family reaches the disk in clear."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.domain import Office, PersonRole, RequestChannel, RequesterKind
from app.logs import configure_logging
from app.services.base.context import ServiceContext
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    open_case,
    update_person_notes,
)
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store, unlock_store
from tests.conftest import PASSPHRASE

PLANTED = ("Zyxwqvé-Mirandolina", "Quarzbruck-Ølstad", "note-secrète-7f3kq9", "demande-8xq2w")


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def test_planted_strings_never_reach_disk_in_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_dir, log_dir, temp_dir = tmp_path / "store", tmp_path / "logs", tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    handler_count = len(logging.getLogger().handlers)
    configure_logging(log_dir, logging.DEBUG)
    try:
        store = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                             kdf=LIGHT_KDF_FOR_TESTS)
        with store.transaction("setup") as session:
            session.add(Office(code="nord", name="Bureau Nord", region="nord",
                               locality="Diekirch"))
        ctx = ServiceContext(store)
        opened = open_case(ctx, OpenCaseInput(
            office_code="nord",
            request=RequestInput(date(2026, 2, 3), RequestChannel.WALK_IN_PERMANENCE,
                                 RequesterKind.PARENT, PLANTED[3]),
            persons=(PersonInput(PersonRole.CHILD, PLANTED[0], PLANTED[1], date(2014, 1, 9)),),
        ))
        update_person_notes(ctx, opened.person_ids[0], PLANTED[2])
        # Check while open (WAL and SHM exist) and after closing.
        wal_files = _files_under(store_dir)
        assert any(p.name.endswith("-wal") for p in wal_files)
        _assert_absent(_files_under(store_dir, log_dir, temp_dir))
        store.lock()
        _assert_absent(_files_under(store_dir, log_dir, temp_dir))
        unlock_store(store_dir, PASSPHRASE, keyring_backend=None).lock()
        _assert_absent(_files_under(store_dir, log_dir, temp_dir))
    finally:
        for handler in logging.getLogger().handlers[handler_count:]:
            logging.getLogger().removeHandler(handler)
            handler.close()

    database = store_dir / "caseload.db"
    assert not database.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT * FROM sqlite_master").fetchall()


def _assert_absent(files: list[Path]) -> None:
    assert files, "nothing was scanned"
    for path in files:
        content = path.read_bytes()
        for planted in PLANTED:
            for encoding in ("utf-8", "utf-16-le"):
                assert planted.encode(encoding) not in content, f"{planted!r} in {path.name}"


def test_a_store_error_does_not_name_the_values(store: Store) -> None:
    """A failed statement's message goes to the log with the error: not the values in it."""
    with pytest.raises(SQLAlchemyError) as failed, store.engine.begin() as connection:
        connection.execute(text("INSERT INTO no_such_table (notes) VALUES (:notes)"),
                           {"notes": PLANTED[0]})
    assert PLANTED[0] not in f"{failed.value}\n{failed.value!r}"
