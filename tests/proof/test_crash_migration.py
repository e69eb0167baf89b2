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

from app.services.setup import agent_context, prepare_store
from app.store import migrate
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store, unlock_store
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.crash_checks import reopen
from tests.proof.crash_child import write_one
from tests.proof.crash_kit import Tally, base_seed, round_rng, run_and_kill

KILLS = scale(6, 150)
#: Older revisions whose downgrade keeps the data (below 0002 the downgrade cannot drop the
#: dossiers' tables under their foreign keys).
START_REVISIONS = ("0002", "0003", "0004", "0005")
DOSSIERS = 40


def _older_store(folder: Path, revision: str) -> Path:
    """A store with dossiers, brought down to ``revision`` as an older version left it."""
    store = create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    ctx = agent_context(store)
    prepare_store(ctx)
    for n in range(DOSSIERS):
        write_one(ctx, n, report=lambda *_: None)
    config = migrate._config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    store.lock()
    return folder


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
    templates = {rev: _older_store(tmp_path / f"at-{rev}", rev) for rev in START_REVISIONS}
    expected: dict[str, dict[str, Any]] = {}
    longest = 0.0
    for rev, template in templates.items():
        started = time.monotonic()
        clean = unlock_store(_copy(template, tmp_path / "clean"), PASSPHRASE,
                             keyring_backend=None)
        longest = max(longest, time.monotonic() - started)
        expected[rev] = _content(clean)
        clean.lock()
    mid_migration = 0
    for round_no in range(KILLS):
        rng = round_rng(tally.seed, round_no)
        rev = rng.choice(START_REVISIONS)
        target = _copy(templates[rev], tmp_path / "killed")
        killed = run_and_kill(["migration", str(target), PASSPHRASE], rng,
                              labels=("ready", "step"), max_delay=1.5 * longest)
        tally.kills += 1
        mid_migration += "migrated" not in killed.lines and any(
            line.startswith("step") for line in killed.lines)
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
                                            killed_mid_migration=mid_migration))
    assert not tally.problems, tally.verdict()
