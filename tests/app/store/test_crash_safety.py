"""Kill -9 in the middle of a stream of service writes: nothing that returned is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.domain import Case, Office
from app.store.store import Store, unlock_store
from tests.conftest import PASSPHRASE

ROUNDS = 20
PROJECT_ROOT = Path(__file__).resolve().parents[3]


def _integrity(store: Store) -> tuple[list[str], list[str]]:
    with store.engine.connect() as connection:
        cipher = [str(r[0]) for r in connection.execute(text("PRAGMA cipher_integrity_check"))]
        sqlite = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
    return cipher, sqlite


@pytest.mark.slow
def test_kill_9_during_writes_loses_nothing_that_returned(store: Store, store_dir: Path) -> None:
    with store.transaction("test setup") as session:
        session.add(Office(code="crash-office", name="Bureau test", region="sud",
                           locality="Esch-sur-Alzette"))
    store.lock()
    rng = random.Random(20081216)
    acknowledged: set[uuid.UUID] = set()
    for _round in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.app.store.crash_writer", str(store_dir), PASSPHRASE],
            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # wait until writes are flowing
        assert first.strip(), "the writer produced no write"
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        complete_lines = (first + rest).split("\n")[:-1]  # a cut last line proves nothing
        acknowledged.update(uuid.UUID(line) for line in complete_lines)

        reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
        try:
            assert _integrity(reopened) == ([], ["ok"])
            with reopened.reading() as session:
                present = set(session.scalars(select(Case.id)))
            assert acknowledged <= present
        finally:
            reopened.lock()
    assert len(acknowledged) > ROUNDS
