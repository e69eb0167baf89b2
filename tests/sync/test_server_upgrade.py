"""A server upgraded as the ONE's IT does it, on SQLite and on PostgreSQL: the previous
release's server database restored (``tests/fixtures/server_upgrade``, written by that
release's code: ``make_fixture.py`` there), ``cpi-server upgrade`` run (the real command, one
line per step), ``cpi-server serve`` started on it, then the laptop that synced with it, its
store written by the previous release with changes unsynced, opened by this version (which
migrates it) and synced: its changes land, and what the office wrote meanwhile comes down.

While this version adds no server migration, the fixture is at the head and the upgrade has
nothing to do (it says so); the refusal of an older database at start, and an upgrade of
several steps, are in ``test_server_migrations.py`` either way.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Case, DiscernmentJudgement, Person, RejectedChange
from app.services.base.context import ServiceContext
from app.services.setup.store import agent_context, prepare_store
from app.services.sync.local import sync_status
from app.store.store import unlock_store
from sync.client.engine import sync_once
from sync.client.enrol import device_token
from sync.client.transport import Transport
from sync.server import migrate
from sync.server.db import make_engine
from sync.server.models import AppliedMutation
from tests import pg_cluster
from tests.sync.server_process import admin, running, server_env

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "server_upgrade"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "manifest.json").read_text(encoding="utf-8"))


def _restored(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The previous release's server database, restored as from its backup; its URL."""
    if kind == "sqlite":
        shutil.copy2(FIXTURE / "sqlite" / "server.sqlite", tmp_path / "server.sqlite")
        return f"sqlite:///{tmp_path / 'server.sqlite'}"
    cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
    url = cluster.new_database()
    psql = pg_cluster._bin("psql")
    assert psql is not None
    subprocess.run([psql, "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres",
                    "-d", url.rsplit("/", 1)[1], "-v", "ON_ERROR_STOP=1", "-q",
                    "-f", str(FIXTURE / "postgresql" / "server.sql")],
                   check=True, capture_output=True, timeout=120)
    return url


@contextmanager
def _sessions(url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(url)
    try:
        yield sessionmaker(engine)
    finally:
        engine.dispose()


def _status(url: str) -> migrate.SchemaStatus:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return migrate.status(connection)
    finally:
        engine.dispose()


def _as_the_application(store_dir: Path) -> ServiceContext:
    """The laptop after this version's installation: unlocked (the store migrates), its
    reference data prepared, its agent's context."""
    store = unlock_store(store_dir, MANIFEST["passphrase"], keyring_backend=None)
    prepare_store(ServiceContext(store))
    return agent_context(store)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_previous_release_upgraded_by_the_command_then_synced(
        kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    made = MANIFEST[kind]
    url = _restored(kind, tmp_path, request)
    before = _status(url)
    assert before.current == MANIFEST["server_revision"]  # the fixture's own, untouched
    assert before.state in (migrate.SchemaState.BEHIND, migrate.SchemaState.CURRENT)
    env = server_env(tmp_path / "data")

    if before.pending:  # a start refuses it, naming the command, and writes nothing
        refused = admin(env, "--database", url, "devices")
        assert refused.returncode == 1 and "cpi-server upgrade --database" in refused.stderr
        assert _status(url).current == MANIFEST["server_revision"]

    upgraded = admin(env, "upgrade", "--database", url)
    assert upgraded.returncode == 0, upgraded.stderr
    lines = upgraded.stdout.splitlines()
    steps = [line.rsplit(" (", 1)[0] for line in lines if line.startswith("Étape ")]
    assert steps == [f"Étape {done}/{len(before.pending)} : {step.revision} {step.description}"
                     for done, step in enumerate(before.pending, 1)]
    if before.pending:
        assert lines[-1].startswith(f"Base mise à jour : révision {before.head}")
    else:
        assert lines[-1] == (f"Base déjà à la révision de ce serveur ({before.head}) : rien "
                             "à faire.")
    assert ("SQLite : gardez une copie" in upgraded.stdout) is (
        kind == "sqlite" and bool(before.pending))
    assert _status(url).state is migrate.SchemaState.CURRENT

    shutil.copytree(FIXTURE / kind / "store", tmp_path / "store")
    with running(env, tmp_path, "--database", url) as served:
        ctx = _as_the_application(tmp_path / "store")
        transport = Transport(served.url, device_token(ctx, None))
        try:
            report = sync_once(ctx, transport)
            status = sync_status(ctx)
            with ctx.reading() as session:
                refused_here = session.scalars(select(RejectedChange)).all()
                father = session.get(Person, uuid.UUID(made["father"]))
        finally:
            transport.close()
            ctx.store.lock()

    sent = len(made["pending"])
    assert (report.uploaded, report.applied, report.merged, report.conflicts,
            report.rejected) == (sent, sent, 0, 0, 0), report
    assert status.pending == 0 and status.rejected == [] and refused_here == []
    # The note the office's clerk wrote while the laptop was offline came down.
    assert father is not None and father.notes == MANIFEST["father_notes_by_clerk"]
    with _sessions(url) as sessions, sessions() as session:
        answers = {str(a.mutation_id): a.result["status"]
                   for a in session.scalars(select(AppliedMutation))}
        grandmother = session.get(Person, uuid.UUID(made["grandmother"]))
        mother = session.get(Person, uuid.UUID(made["mother"]))
        case = session.get(Case, uuid.UUID(made["case_id"]))
        judged = session.get(DiscernmentJudgement, uuid.UUID(made["discernment"]))
        assert {m["mutation_id"]: answers.get(m["mutation_id"]) for m in made["pending"]} == {
            m["mutation_id"]: "applied" for m in made["pending"]}
        assert grandmother is not None and grandmother.case_id == uuid.UUID(made["case_id"])
        assert mother is not None and mother.notes == MANIFEST["mother_notes"]
        assert case is not None and case.working_frame == MANIFEST["working_frame"]
        assert judged is not None and judged.capable is False
