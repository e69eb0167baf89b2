"""The server's schema migrations (``sync.server.migrate``) on both databases: the scripts make
exactly the models' schema, a start refuses an older database (naming ``cpi-server upgrade``)
without writing, the upgrade stamps and upgrades a database of a cpi-server from before
migrations with its rows, a newer or a mangled database is refused before anything is
written, upgrades run together on PostgreSQL migrate once, and ``cpi-server db-status`` and
``cpi-server upgrade`` say where a database stands and what they do.

The previous release's own server databases are upgraded by the command and synced with in
``test_server_upgrade.py`` (and an older, pre-migration one in
``test_upgrade_previous_release.py``).
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
from sync.server.db import (
    APPLICATION_NAME,
    UPGRADE_APPLICATION_NAME,
    NewerDatabase,
    OlderDatabase,
    UpgradeNeeded,
    make_engine,
    prepare_database,
    upgrade_database,
)
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
    assert ("device", "chained") in missing and ("device", "token_advanced_at") in missing
    # revision 0002's columns, 0003's, 0004's, 0005's, 0010's
    assert len(missing) == 19 + 6 + 1 + 2 + 2
    assert {(diff[2], diff[3].name) for diff in differences if diff[0] == "remove_column"} == {
        ("provider", "agrement_number"), ("provider", "agrement_valid_until")}  # by 0003
    tables = {diff[1].name for diff in differences if diff[0] == "add_table"}
    assert tables == {"provider_agrement",  # revision 0003's
                      "person_anonymisation", "anonymisation_guard",  # revision 0004's
                      "enrolment_code", "security_event",  # revision 0005's
                      "case_transfer", "caseload_cover",  # revision 0006's
                      "dossier_history",  # revision 0007's
                      "blob_holder",  # revision 0009's
                      "dossier_document",  # revision 0011's
                      "appointment", "agent_task"}  # revision 0012's


def test_a_start_refuses_an_older_database_untouched(database_url: str) -> None:
    """Starting is not upgrading: a database at an older revision (or from before
    migrations) is refused by every start, with the command that upgrades it, and left as
    it was."""
    with _plain(database_url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, "0005")
    engine = make_engine(database_url)
    try:
        with pytest.raises(UpgradeNeeded) as refused:
            prepare_database(engine, "cpi-server upgrade --database URL")
    finally:
        engine.dispose()
    message = str(refused.value)
    assert "révision 0005" in message and f"révision {migrate.head_revision()}" in message
    assert "lancez une fois : cpi-server upgrade --database URL ;" in message
    pending = [step.revision for step in refused.value.found.pending]
    assert pending[0] == "0006" and pending[-1] == migrate.head_revision()
    assert _revision(database_url) == "0005"
    with _plain(database_url) as engine, engine.connect() as connection:
        assert "case_transfer" not in inspect(connection).get_table_names()  # 0006's table


def test_a_database_from_before_migrations_is_stamped_and_upgraded(
        database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    _as_before_migrations(database_url, person=True)
    engine = make_engine(database_url)
    try:
        with pytest.raises(UpgradeNeeded, match="antérieur aux migrations"):
            prepare_database(engine)
        assert _revision(database_url) is None  # the start wrote nothing
        engine.dispose()  # stopped, as the procedure says (PostgreSQL: the upgrade checks)
        steps: list[migrate.StepApplied] = []
        planned: list[migrate.SchemaStatus] = []
        upgrading = make_engine(database_url, UPGRADE_APPLICATION_NAME)
        try:
            with caplog.at_level(logging.INFO, logger=migrate.log.name):
                upgraded = upgrade_database(upgrading, planned=planned.append,
                                            applied=steps.append)
        finally:
            upgrading.dispose()
        assert planned == [upgraded.before]
        assert upgraded.before.state is migrate.SchemaState.UNVERSIONED
        revisions = [step.revision for step in upgraded.before.pending]
        assert revisions[:5] == ["0002", "0003", "0004", "0005", "0006"]
        assert revisions[-1] == migrate.head_revision()
        assert [(s.step.revision, s.done, s.total) for s in steps] == [
            (revision, done, len(revisions)) for done, revision in enumerate(revisions, 1)]
        assert upgraded.applied == tuple(s.step for s in steps) == upgraded.before.pending
        assert all(s.step.description and s.seconds >= 0 for s in steps)
        sessions = prepare_database(engine)  # now a start serves it
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
        with pytest.raises(NewerDatabase):
            upgrade_database(engine)  # no command of this version writes to it
    finally:
        engine.dispose()
    message = str(refused.value)
    assert "plus récente" in message and "0999" in message
    assert "Installez" in message and "restaurez une sauvegarde" in message
    assert _revision(database_url) == "0999"
    with _plain(database_url) as engine, engine.connect() as connection:
        assert "blob_chunk" not in inspect(connection).get_table_names()


def test_a_failing_step_leaves_the_database_as_it_was(database_url: str) -> None:
    """One transaction: a step that fails takes back the steps before it too; the command
    names the step and exits 1."""
    with _plain(database_url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, "0004")
        # What 0006 creates, already there (by hand): its CREATE TABLE fails.
        connection.execute(text("CREATE TABLE caseload_cover (id INTEGER PRIMARY KEY)"))
    failed = _cpi_server(database_url, "upgrade")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.startswith(
        "cpi-server: La mise à jour a échoué à l'étape 0006 (transfers asked by the office "
        "lead, caseload covers), la base est restée comme elle était : "), failed.stderr
    assert "Étape 1/" in failed.stdout and "0005 people and devices" in failed.stdout
    assert _revision(database_url) == "0004"
    with _plain(database_url) as engine, engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert "enrolment_code" not in tables and "security_event" not in tables  # 0005's, undone
    assert "caseload_cover" in tables


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


def test_upgrades_run_together_migrate_once(postgres: pg_cluster.Cluster) -> None:
    """Two operators (or scripts) upgrading at once: the second waits on the advisory lock
    while the first migrates, then finds the database at the head (two migrating at once
    would both add the same columns). A start takes the same lock."""
    url = postgres.new_database()
    _as_before_migrations(url)
    with _plain(url) as engine, engine.connect() as connection:
        waiting = len(migrate.status(connection).pending)
    assert waiting >= 5
    outcomes: list[str] = []
    applied: list[int] = []

    def start() -> None:
        engine = make_engine(url, UPGRADE_APPLICATION_NAME)
        try:
            applied.append(len(upgrade_database(engine).applied))
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
    assert sorted(applied) == [0, 0, waiting]  # one upgraded, the others found it done
    assert _revision(url) == migrate.head_revision()


def test_an_upgrade_is_refused_while_servers_are_connected(
        postgres: pg_cluster.Cluster) -> None:
    """An instance of the previous version left running would meet tables changed under it:
    on PostgreSQL the upgrade sees its connections (by their application name) and refuses,
    changing nothing, until it is stopped."""
    url = postgres.new_database()
    with _plain(url) as engine, engine.begin() as connection:
        migrate.upgrade_to(connection, "0005")
    still_serving = create_engine(url, connect_args={"application_name": APPLICATION_NAME})
    try:
        with still_serving.connect():
            refused = _cpi_server(url, "upgrade")
    finally:
        still_serving.dispose()
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("cpi-server: 1 connexion(s) de processus cpi-server sont "
                                     "ouvertes sur la base : arrêtez toutes les instances")
    assert "Rien n'a été changé." in refused.stderr
    assert "Étape" not in refused.stdout
    assert _revision(url) == "0005"
    upgraded = _cpi_server(url, "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert _revision(url) == migrate.head_revision()


def _advisory_waiters(connection: Connection) -> int:
    count = connection.scalar(text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
    connection.commit()
    return int(count or 0)


def _cpi_server(database: str, *args: str,
                after: bool = False) -> subprocess.CompletedProcess[str]:
    """``cpi-server --database URL ARGS``; ``after``: ``cpi-server ARGS --database URL``."""
    option = ["--database", database]
    line = [*args, *option] if after else [*option, *args]
    return subprocess.run([sys.executable, "-m", "sync.server.main", *line],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_db_status_and_upgrade_say_what_they_do(tmp_path: Path) -> None:
    """What an operator reads: ``db-status`` changes nothing, a start refuses the older
    database naming the command, ``upgrade`` says each step as it is applied."""
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
    with _plain(url) as engine, engine.connect() as connection:
        pending = migrate.status(connection).pending
    assert f"Étapes en attente : {len(pending)}" in before.stdout
    assert "  0002 persons'" in before.stdout
    assert "  0003 the provider directory" in before.stdout
    assert "  0004 art. 7 anonymisation per person" in before.stdout
    assert "  0005 people and devices" in before.stdout
    assert "  0006 transfers asked by the office lead" in before.stdout
    assert "  0007 the dossier's history written by the server" in before.stdout
    assert "un démarrage la refuse" in before.stdout
    assert _revision(url) is None  # only looked at

    for args in (["devices"], ["serve", "--port", "1"]):  # refused before serving anything
        refused = _cpi_server(url, *args)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused.stderr
        assert refused.stderr.count("\n") == 1, refused.stderr
        assert f"attend la révision {head} ({len(pending)} étape(s)" in refused.stderr
        assert f"lancez une fois : cpi-server upgrade --database {url} ;" in refused.stderr
    assert _revision(url) is None

    upgraded = _cpi_server(url, "upgrade", after=True)  # --database after the command too
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stderr == ""
    lines = upgraded.stdout.splitlines()
    assert lines[:2] == [f"Base : {url}", "Base d'un cpi-server antérieur aux migrations : "
                         f"marquée à la révision {migrate.BASELINE}."]
    assert lines[2].startswith(f"Révision 0001 vers {head} : {len(pending)} étape(s), en une "
                               "seule transaction")
    assert lines[3].startswith("SQLite : gardez une copie de la base")
    assert [line.rsplit(" (", 1)[0] for line in lines[4:-1]] == [
        f"Étape {done}/{len(pending)} : {step.revision} {step.description}"
        for done, step in enumerate(pending, 1)]
    assert lines[-1] == (f"Base mise à jour : révision {head}, {len(pending)} étape(s) "
                         "validée(s). Démarrez les serveurs.")
    again = _cpi_server(url, "upgrade")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[1] == (f"Base déjà à la révision de ce serveur ({head}) : "
                                            "rien à faire.")
    after = _cpi_server(url, "db-status")
    assert after.returncode == 0, after.stderr
    assert f"Révision de la base : {head}" in after.stdout and "État : à jour" in after.stdout
    assert "Étapes en attente : 0" in after.stdout
    started = _cpi_server(url, "devices")
    assert started.returncode == 0 and started.stderr == "", started.stderr

    with _plain(url) as engine, engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    newer = _cpi_server(url, "db-status")
    assert newer.returncode == 1 and "Traceback" not in newer.stderr
    assert "État : plus récente que ce serveur" in newer.stdout
    assert "plus récente de cpi-server" in newer.stderr
    for args in (["devices"], ["upgrade"]):
        refused = _cpi_server(url, *args)
        assert refused.returncode == 1 and "Installez" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert _revision(url) == "0999"


def test_a_new_database_is_created_by_a_start(tmp_path: Path) -> None:
    """An empty database is not an older one: the first start (the demo's, a new
    installation's first command) creates it at this version."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    made = _cpi_server(url, "devices")
    assert made.returncode == 0, made.stderr
    assert made.stderr.strip() == (f"cpi-server: Base du serveur créée à la révision "
                                   f"{migrate.head_revision()}.")
    assert _revision(url) == migrate.head_revision()
