"""The server's schema migrations (``sync.server.migrate``) on both databases: the scripts make
exactly the models' schema, a database of a cpi-server from before migrations is stamped and
upgraded with its rows, a newer or a mangled database is refused before anything is written,
server processes starting together migrate once, and ``cpi-server db-status`` says where a
database stands without changing it.

The previous release's own server database is upgraded and synced with in
``test_upgrade_previous_release.py``.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, Uuid, bindparam, create_engine, inspect, text

from app.domain import Person
from sync.server import migrate
from sync.server.db import NewerDatabase, OlderDatabase, make_engine, prepare_database
from tests import pg_cluster

ROOT = Path(__file__).resolve().parents[2]
PERSON = uuid.UUID("01a21ad8-9594-70e0-adb2-46b9c96364d3")


@contextmanager
def _plain(url: str) -> Iterator[Engine]:
    """An engine without the server's settings: foreign keys unchecked on SQLite, to plant
    rows as an older server left them."""
    engine = create_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


def _revision(url: str) -> str | None:
    with _plain(url) as engine, engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _differences(connection: Connection) -> list[Any]:
    """What the database lacks or has more than the models, as Alembic's autogenerate sees
    it (types and nullability included; server defaults are the migrations' own business:
    the models give Python defaults)."""
    context = MigrationContext.configure(connection, opts={
        "include_object": migrate.wanted_object, "compare_type": True})
    # Alembic compares with several metadatas, as its env.py does; its hint says one.
    found: list[Any] = compare_metadata(context, migrate.target_metadata())  # type: ignore[arg-type]
    return found


def _as_before_migrations(url: str, *, person: bool = False) -> None:
    """A database as the last cpi-server without migrations made it: the baseline's tables,
    no version table; ``person``: with a person of the family in it."""
    with _plain(url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, migrate.BASELINE)
        connection.execute(text("DROP TABLE alembic_version"))
        if person:
            if connection.dialect.name == "postgresql":  # the dossier is not planted
                connection.execute(text("SET LOCAL session_replication_role = replica"))
            now = datetime(2026, 3, 2, 9, tzinfo=UTC)
            connection.execute(text(
                "INSERT INTO person (id, case_id, role, first_name, last_name, notes,"
                " server_version, created_at, updated_at) VALUES (:id, :case, 'parent',"
                " 'Odile', 'Testeur', '', 3, :now, :now)").bindparams(
                bindparam("id", type_=Uuid()), bindparam("case", type_=Uuid())),
                {"id": PERSON, "case": uuid.uuid4(), "now": now})


def test_the_migrations_make_the_models_schema(database_url: str) -> None:
    """Every change of a domain model (``app.domain``) or a server model
    (``sync.server.models``) needs a server migration in ``sync/server/migrations`` (and, for
    a domain model, a device migration in ``app/store/migrations``): until it is written,
    the schema the scripts make differs from the models and this test fails. The next
    release's servers upgrade with that script."""
    with _plain(database_url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, "head")
        assert MigrationContext.configure(connection).get_current_revision() == \
            migrate.head_revision()
        assert _differences(connection) == []


def test_the_baseline_is_the_schema_before_the_first_migration(database_url: str) -> None:
    """Guards the guard: the baseline lacks what the later revisions add, so the
    comparison above does see a missing column, table or index, and a column gone."""
    with _plain(database_url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, migrate.BASELINE)
        differences = _differences(connection)
    assert {diff[0] for diff in differences} == {"add_column", "remove_column", "add_table",
                                                 "add_index"}
    missing = {(diff[2], diff[3].name) for diff in differences if diff[0] == "add_column"}
    assert ("person", "street") in missing and ("case_file", "cancelled_on") in missing
    assert ("provider", "register_id") in missing
    assert ("credential", "disabled_at") in missing and ("signed_scan", "dropped_on") in missing
    assert len(missing) == 19 + 6 + 1 + 2  # revision 0002's columns, 0003's, 0004's, 0005's
    assert {(diff[2], diff[3].name) for diff in differences if diff[0] == "remove_column"} == {
        ("provider", "agrement_number"), ("provider", "agrement_valid_until")}  # by 0003
    tables = {diff[1].name for diff in differences if diff[0] == "add_table"}
    assert tables == {"provider_agrement",  # revision 0003's
                      "person_anonymisation", "anonymisation_guard",  # revision 0004's
                      "enrolment_code", "security_event",  # revision 0005's
                      "case_transfer", "caseload_cover",  # revision 0006's
                      "dossier_history"}  # revision 0007's


def test_a_database_from_before_migrations_is_stamped_and_upgraded(
        database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    _as_before_migrations(database_url, person=True)
    engine = make_engine(database_url)
    try:
        with caplog.at_level(logging.INFO, logger=migrate.log.name):
            sessions = prepare_database(engine)
        with sessions() as session:
            person = session.get(Person, PERSON)
            assert person is not None and person.first_name == "Odile"
            # The new columns, filled for the rows that were there.
            assert (person.street, person.email, person.interpreter_needed) == ("", "", False)
            assert person.server_version == 3
        with engine.connect() as connection:
            assert _differences(connection) == []
    finally:
        engine.dispose()
    assert _revision(database_url) == migrate.head_revision()
    logged = [record.getMessage() for record in caplog.records]
    assert any(migrate.BASELINE in line and "marquée" in line for line in logged), logged
    assert any("étape 0002 appliquée" in line for line in logged), logged
    assert not any("Odile" in line for line in logged)


def test_a_newer_database_is_refused_untouched(database_url: str) -> None:
    prepare_database(make_engine(database_url)).kw["bind"].dispose()
    with _plain(database_url) as engine, engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        connection.execute(text("DROP TABLE blob_chunk"))  # would be made again if written
    engine = make_engine(database_url)
    try:
        with pytest.raises(NewerDatabase) as refused:
            prepare_database(engine)
    finally:
        engine.dispose()
    message = str(refused.value)
    assert "plus récente" in message and "0999" in message
    assert "Installez" in message and "restaurez une sauvegarde" in message
    assert _revision(database_url) == "0999"
    with _plain(database_url) as engine, engine.connect() as connection:
        assert "blob_chunk" not in inspect(connection).get_table_names()


def test_a_database_older_than_the_baseline_is_refused(database_url: str) -> None:
    _as_before_migrations(database_url)
    with _plain(database_url) as engine, engine.begin() as connection:
        connection.execute(text("ALTER TABLE plan_version DROP COLUMN return_comment"))
        connection.execute(text("DROP TABLE device_read"))
    engine = make_engine(database_url)
    try:
        with pytest.raises(OlderDatabase) as refused:
            prepare_database(engine)
    finally:
        engine.dispose()
    message = str(refused.value)
    assert "plus ancienne" in message
    assert "plan_version.return_comment" in message and "device_read" in message
    assert _revision(database_url) is None  # neither stamped nor changed


def test_a_mangled_database_at_the_head_is_refused(database_url: str) -> None:
    prepare_database(make_engine(database_url)).kw["bind"].dispose()
    with _plain(database_url) as engine, engine.begin() as connection:
        connection.execute(text("ALTER TABLE person DROP COLUMN email"))
    engine = make_engine(database_url)
    try:
        with pytest.raises(OlderDatabase, match=r"person\.email"):
            prepare_database(engine)
    finally:
        engine.dispose()


def test_servers_starting_together_migrate_once(postgres: pg_cluster.Cluster) -> None:
    """The second process waits on the advisory lock while the first migrates, then finds
    the database at the head (two migrating at once would both add the same columns)."""
    url = postgres.new_database()
    _as_before_migrations(url)
    outcomes: list[str] = []

    def start() -> None:
        engine = make_engine(url)
        try:
            prepare_database(engine)
            outcomes.append("ready")
        except Exception as exc:  # reported below
            outcomes.append(repr(exc))
        finally:
            engine.dispose()

    with _plain(url) as engine, engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": migrate.ADVISORY_LOCK_KEY})
        starting = [threading.Thread(target=start) for _ in range(3)]
        for thread in starting:
            thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _advisory_waiters(holder) < 3:
            time.sleep(0.05)
        assert _advisory_waiters(holder) == 3 and outcomes == []
        assert _revision(url) is None
        holder.execute(text("SELECT pg_advisory_unlock(:key)"),
                       {"key": migrate.ADVISORY_LOCK_KEY})
        holder.commit()
        for thread in starting:
            thread.join(timeout=60)
    assert outcomes == ["ready"] * 3
    assert _revision(url) == migrate.head_revision()


def _advisory_waiters(connection: Connection) -> int:
    count = connection.scalar(text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
    connection.commit()
    return int(count or 0)


def _cpi_server(database: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.server.main", "--database", database,
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_db_status_shows_the_state_without_changing_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    head = migrate.head_revision()
    empty = _cpi_server(url, "db-status")
    assert empty.returncode == 0, empty.stderr
    assert "État : vide" in empty.stdout and f"Révision de ce serveur : {head}" in empty.stdout
    assert not (tmp_path / "server.sqlite").exists() or _revision(url) is None

    _as_before_migrations(url)
    before = _cpi_server(url, "db-status")
    assert before.returncode == 0, before.stderr
    assert "Révision de la base : aucune" in before.stdout
    assert "Étapes en attente : 6" in before.stdout and "  0002 persons'" in before.stdout
    assert "  0003 the provider directory" in before.stdout
    assert "  0004 art. 7 anonymisation per person" in before.stdout
    assert "  0005 people and devices" in before.stdout
    assert "  0006 transfers asked by the office lead" in before.stdout
    assert "  0007 the dossier's history written by the server" in before.stdout
    assert _revision(url) is None  # only looked at

    started = _cpi_server(url, "devices")
    assert started.returncode == 0, started.stderr
    assert "étape 0002 appliquée" in started.stderr and "étape 0007 appliquée" in started.stderr
    after = _cpi_server(url, "db-status")
    assert after.returncode == 0, after.stderr
    assert f"Révision de la base : {head}" in after.stdout and "État : à jour" in after.stdout
    assert "Étapes en attente : 0" in after.stdout

    with _plain(url) as engine, engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    newer = _cpi_server(url, "db-status")
    assert newer.returncode == 1 and "Traceback" not in newer.stderr
    assert "État : plus récente que ce serveur" in newer.stdout
    assert "plus récente de cpi-server" in newer.stderr
    refused = _cpi_server(url, "devices")
    assert refused.returncode == 1 and "Installez" in refused.stderr
    assert "Traceback" not in refused.stderr
