"""Issue 7, crash proof (b): the app killed with SIGKILL while unlocking a store of an older
revision runs its migrations; the store still opens, reaches the head revision whole, and holds
exactly what a migration left alone to finish holds."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import inspect, text

from app.services.setup.store import agent_context, prepare_store
from app.store import migrate
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store, unlock_store
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.crash_checks import reopen
from tests.proof.crash_child import write_one
from tests.proof.crash_kit import Tally, base_seed, round_rng, run_and_kill

KILLS = scale(8, 200)
#: Older revisions whose downgrade keeps the data (below 0002 the downgrade cannot drop the
#: dossiers' tables under their foreign keys).
START_REVISIONS = ("0002", "0003", "0004", "0005")
DOSSIERS = 40


def _store_with_dossiers(folder: Path) -> Path:
    store = create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    ctx = agent_context(store)
    prepare_store(ctx)
    for n in range(DOSSIERS):
        write_one(ctx, n, report=lambda *_: None)
    store.lock()
    return folder


def _brought_down(store_dir: Path, revision: str) -> Path:
    """The store as an older version of the application left it, at ``revision``."""
    store = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    config = migrate._config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    store.lock()
    return store_dir


def _content(store: Store) -> dict[str, Any]:
    """Every table's rows, in a stable order: what the migration must produce, kill or not."""
    with store.engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
        return {table: sorted(repr(tuple(row)) for row in connection.execute(
            text(f'SELECT * FROM "{table}"'))) for table in tables}


def _copy(template: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


def test_kills_during_a_migration_leave_a_store_that_finishes_it(tmp_path: Path) -> None:
    tally = Tally(base_seed())
    head = _store_with_dossiers(tmp_path / "head")
    templates = {rev: _brought_down(_copy(head, tmp_path / f"at-{rev}"), rev)
                 for rev in START_REVISIONS}
    expected: dict[str, dict[str, Any]] = {}
    window: dict[str, float] = {}  # from the unlock to the last revision applied
    steps: dict[str, range] = {}
    for rev, template in templates.items():
        started = time.monotonic()
        clean = unlock_store(_copy(template, tmp_path / "clean"), PASSPHRASE,
                             keyring_backend=None, progress=lambda _step: window.__setitem__(
                                 rev, time.monotonic() - started))  # noqa: B023 - used at once
        expected[rev] = _content(clean)
        steps[rev] = range(1, clean.report.migrations_applied + 1)
        clean.lock()
    unlocking = after_a_revision = 0
    for round_no in range(KILLS):
        rng = round_rng(tally.seed, round_no)
        rev = rng.choice(START_REVISIONS)
        target = _copy(templates[rev], tmp_path / "killed")
        killed = run_and_kill(["migration", str(target), PASSPHRASE], rng,
                              labels=("ready", *(f"step {n}" for n in steps[rev])),
                              max_delay=window[rev])
        tally.kills += killed.killed
        if killed.killed and killed.lines and killed.lines[-1] != "migrated":
            unlocking += 1  # between the start of the unlock and the migrations' commit
            after_a_revision += killed.lines[-1].startswith("step")
        reopened = reopen(target, PASSPHRASE, tally, round_no)
        if reopened is None:
            continue
        try:
            content = _content(reopened)
        finally:
            reopened.lock()
        for table in sorted(expected[rev].keys() | content.keys()):
            if content.get(table) != expected[rev].get(table):
                tally.problem(round_no, "acknowledged_lost",
                              f"from {rev}: table {table} differs from a clean migration")
    record("crash_migration", tally.figures("kills_migration",
                                            killed_while_unlocking=unlocking,
                                            killed_after_a_revision_ran=after_a_revision))
    assert not tally.problems, tally.verdict()
