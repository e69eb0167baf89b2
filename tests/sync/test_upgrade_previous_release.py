"""An agent's laptop upgraded from the previous release: its store, written by that release's
code with changes still unsynced, is migrated at unlock and its changes reach the current
server, which runs on the database the previous release's server wrote.

The fixture (``tests/fixtures/previous_release``) was made by the previous release's code
(see ``make_fixture.py`` there); it is only ever copied, never made again here. A store of a
newer version is refused untouched: ``tests/app/store/test_migrations.py`` (the store) and
``tests/ui/test_unlock_dialog.py`` (what the agent reads).
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, table
from sqlalchemy.orm import Session

from app.domain import (
    Base,
    Case,
    DiscernmentJudgement,
    Person,
    PlanSignature,
    PlanState,
    PlanVersion,
    RejectedChange,
)
from app.services.base.context import ServiceContext
from app.services.setup.store import agent_context, prepare_store
from app.services.sync.local import outbox_batch, sync_status
from app.store import keyfile, migrate
from app.store.engine import encrypted_engine
from app.store.passphrase import normalise
from app.store.paths import StorePaths
from app.store.store import Store, unlock_store
from app.store.wire import record_to_wire, synced_models
from sync.client.engine import sync_once
from sync.client.enrol import device_token
from sync.server.db import make_engine, upgrade_database
from sync.server.models import AppliedMutation
from tests.sync.harness import Server

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "previous_release"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "manifest.json").read_text(encoding="utf-8"))


def _id(key: str) -> uuid.UUID:
    return uuid.UUID(MANIFEST[key])


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """The fixture's store and server database, copied: the originals are never written."""
    shutil.copytree(FIXTURE / "store", tmp_path / "store")
    shutil.copy2(FIXTURE / "server.sqlite", tmp_path / "server.sqlite")
    return tmp_path


def _schema_of(store_dir: Path) -> tuple[str | None, list[str]]:
    """The store's revision and the migrations it waits for, read without migrating."""
    paths = StorePaths(store_dir)
    sealed = keyfile.read_key_file(paths.key_file)
    assert sealed.kdf == keyfile.LIGHT_KDF_FOR_TESTS  # the fixture stays fast to open
    key = keyfile.unwrap(sealed, normalise(MANIFEST["passphrase"]), b"")
    assert key is not None
    engine = encrypted_engine(paths.database, key)
    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection), migrate.pending_revisions(connection)
    finally:
        engine.dispose()


def _unlock(store_dir: Path, progress: list[migrate.MigrationProgress]) -> Store:
    return unlock_store(store_dir, MANIFEST["passphrase"], keyring_backend=None,
                        progress=progress.append)


def _as_the_application(store: Store) -> ServiceContext:
    """What the application does once a store is open: reference data, then the agent."""
    prepare_store(ServiceContext(store))
    return agent_context(store)


def _pending(ctx: ServiceContext) -> list[dict[str, str]]:
    return [{"mutation_id": str(m.mutation_id), "entity": m.entity,
             "record_id": str(m.record_id), "operation": m.operation}
            for m in outbox_batch(ctx, 10_000)]


def test_the_fixture_was_written_by_the_previous_schema(copied: Path) -> None:
    """Guards the other tests: a fixture made again with the current code tests nothing."""
    revision, pending = _schema_of(copied / "store")
    assert revision == MANIFEST["schema_revision"] != migrate.head_revision()
    assert pending and pending[-1] == migrate.head_revision()


def test_unlocking_migrates_the_store_and_keeps_its_unsynced_changes(copied: Path) -> None:
    _revision, waiting = _schema_of(copied / "store")
    progress: list[migrate.MigrationProgress] = []
    store = _unlock(copied / "store", progress)
    try:
        assert store.report.migrations_applied == len(waiting)
        assert [(p.done, p.total) for p in progress] == [
            (done, len(waiting)) for done in range(1, len(waiting) + 1)]
        assert all(p.description for p in progress)
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            counts = {name: connection.scalar(select(func.count()).select_from(table(name)))
                      for name in MANIFEST["row_counts"] if name in Base.metadata.tables}
        assert counts == {name: count for name, count in MANIFEST["row_counts"].items()
                          if name in Base.metadata.tables}
        ctx = _as_the_application(store)
        assert _pending(ctx) == MANIFEST["pending"]
        with ctx.reading() as session:
            grandmother = session.get(Person, _id("grandmother"))
            mother, father = session.get(Person, _id("mother")), session.get(Person, _id("father"))
            case = session.get(Case, _id("case_id"))
            version = session.get(PlanVersion, _id("plan_version"))
            signed = session.scalars(select(PlanSignature.person_id).where(
                PlanSignature.plan_version_id == _id("plan_version"))).all()
        assert grandmother is not None and grandmother.first_name == "Odile"
        assert mother is not None and mother.notes == MANIFEST["mother_notes"]
        assert father is not None and father.notes != MANIFEST["father_notes_by_clerk"]
        assert case is not None and case.working_frame == MANIFEST["working_frame"]
        assert version is not None and version.state is PlanState.READY_TO_SIGN
        assert signed == [_id("mother")]
    finally:
        store.lock()


def test_the_upgraded_store_syncs_every_change_with_the_current_server(copied: Path) -> None:
    # The current server on the previous server's database, upgraded first as
    # ``cpi-server upgrade`` does (this one is from before the server's migrations).
    url = f"sqlite:///{copied / 'server.sqlite'}"
    engine = make_engine(url)
    try:
        upgraded = upgrade_database(engine)
    finally:
        engine.dispose()
    assert upgraded.before.current is None and upgraded.applied
    with Server.running(url) as server:
        ctx = _as_the_application(_unlock(copied / "store", []))
        transport = server.transport(device_token(ctx, None))
        try:
            report = sync_once(ctx, transport)
            status = sync_status(ctx)
            with ctx.reading() as session:
                refused = session.scalar(select(func.count()).select_from(RejectedChange))
                device_rows = _records(session, MANIFEST["pending"])
                father = session.get(Person, _id("father"))
        finally:
            transport.close()
            ctx.store.lock()
        with server.sessions() as session:
            answers = {str(a.mutation_id): a.result["status"]
                       for a in session.scalars(select(AppliedMutation))}
            server_rows = _records(session, MANIFEST["pending"])
            judged = session.get(DiscernmentJudgement, _id("discernment"))
            grandmother = session.get(Person, _id("grandmother"))

    sent = len(MANIFEST["pending"])
    assert (report.uploaded, report.applied, report.merged, report.conflicts,
            report.rejected) == (sent, sent, 0, 0, 0), report
    assert status.pending == 0 and status.rejected == [] and refused == 0
    assert {m["mutation_id"]: answers.get(m["mutation_id"])
            for m in MANIFEST["pending"]} == {m["mutation_id"]: "applied"
                                              for m in MANIFEST["pending"]}
    assert None not in device_rows.values()
    assert server_rows == device_rows  # every change landed whole, as the device has it
    assert grandmother is not None and grandmother.case_id == _id("case_id")
    assert judged is not None and judged.capable is False
    # The clerk's note made on the server while the laptop was offline came down.
    assert father is not None and father.notes == MANIFEST["father_notes_by_clerk"]


def _records(session: Session, pending: list[dict[str, str]]) -> dict[str, dict[str, Any] | None]:
    """Each changed record as the wire carries it, or None where it is missing."""
    models = synced_models()
    found: dict[str, dict[str, Any] | None] = {}
    for change in pending:
        record = session.get(models[change["entity"]], uuid.UUID(change["record_id"]))
        found[change["record_id"]] = record_to_wire(record) if record is not None else None
    return found
