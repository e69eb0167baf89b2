"""Schema migrations: a fresh store reaches head; a newer store is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.domain import Base
from app.store import migrate
from app.store.errors import StoreTooNew
from app.store.store import Store, unlock_store
from tests.conftest import PASSPHRASE


def test_fresh_store_is_at_head_with_every_table(tmp_path: Path) -> None:
    from app.store.keyfile import LIGHT_KDF_FOR_TESTS
    from app.store.store import create_store

    store = create_store(tmp_path / "store", PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)  # made, not copied from the tests' template
    assert store.report.migrations_applied >= 1
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        tables = set(inspect(connection).get_table_names())
    store.lock()
    assert set(Base.metadata.tables) <= tables


def test_migrations_report_progress(tmp_path: Path) -> None:
    from app.store.keyfile import LIGHT_KDF_FOR_TESTS
    from app.store.store import create_store

    seen: list[migrate.MigrationProgress] = []
    created = create_store(tmp_path, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                           kdf=LIGHT_KDF_FOR_TESTS, progress=seen.append)
    created.lock()
    assert seen and seen[-1].done == seen[-1].total
    assert [p.done for p in seen] == list(range(1, len(seen) + 1))


def test_store_from_a_newer_version_is_refused_and_left_untouched(
    store: Store, store_dir: Path
) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.lock()
    database = store_dir / "caseload.db"
    before = hashlib.sha256(database.read_bytes()).hexdigest()

    with pytest.raises(StoreTooNew) as refused:
        unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    message = refused.value.message("fr")
    assert "version plus récente" in message and "9999_future" in message

    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    with pytest.raises(StoreTooNew):  # still refused, still readable by the newer version
        unlock_store(store_dir, PASSPHRASE, keyring_backend=None)


def test_the_models_and_the_migrations_describe_the_same_schema(store: Store) -> None:
    """A model change without its migration would only show on the agents' laptops."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, type_, _parent: not (
                type_ == "table" and (name or "").startswith("case_search"))})
        assert compare_metadata(context, Base.metadata) == []
