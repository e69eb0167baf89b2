"""What every crash proof shares: a child process killed with a real SIGKILL at a seeded moment,
the lines it printed before (only whole lines count: a cut one proves nothing), and the checks
a store must pass after any kill.

Replaying: every round draws from ``random.Random(f"{seed}:{round}")``; ``CPI_CRASH_SEED``
fixes the seed (the long run draws a new one each time, printed in every failure). The same
seed gives the same kill points and delays; the exact instant still depends on the machine.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from app.store import migrate, search_index
from app.store.store import Store
from tests.proof.budget import LONG

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CHILD = "tests.proof.crash_child"


def base_seed() -> int:
    """The run's seed: ``CPI_CRASH_SEED``, else fixed in CI and fresh in the long run."""
    chosen = os.environ.get("CPI_CRASH_SEED")
    if chosen:
        return int(chosen)
    return random.SystemRandom().randrange(10**9) if LONG else 20260712


def round_rng(seed: int, round_no: int) -> random.Random:
    return random.Random(f"{seed}:{round_no}")


@dataclass
class Killed:
    """What a killed child printed, split into its whole lines."""

    lines: list[str]
    label: str  # where the kill was aimed
    delay: float
    killed: bool  # False: the child ended before the kill

    def values(self, tag: str) -> list[str]:
        """The payloads of lines ``tag payload``."""
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith(tag + " ")]


def run_and_kill(args: list[str], rng: random.Random, *, labels: tuple[str, ...],
                 max_delay: float | dict[str, float], timeout: float = 60.0) -> Killed:
    """Start ``crash_child`` with ``args``; once it prints a line starting with a label drawn
    from ``labels`` (``step`` or ``step 2``), wait a drawn delay in [0, max_delay] (one for
    all labels or one per label) and SIGKILL it (or let it end, if it ends first)."""
    label = rng.choice(labels)
    delay = rng.uniform(0.0, max_delay if isinstance(max_delay, float) else max_delay[label])
    child = subprocess.Popen(
        [sys.executable, "-m", CHILD, *args], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    assert child.stdout is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break  # the child ended before the label: nothing to kill
            seen.append(line)
            if line.rstrip("\n") == label or line.startswith(label + " "):
                time.sleep(delay)
                break
        else:
            raise AssertionError(f"the child never printed {label!r}: {''.join(seen)}")
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=timeout)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    output = "".join(seen) + rest
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"the child failed ({child.returncode}) before the kill:\n{output}")
    return Killed(output.split("\n")[:-1], label, delay, child.returncode == -signal.SIGKILL)


def integrity_problems(store: Store) -> list[str]:
    """SQLCipher's page check, SQLite's structure and foreign keys, the schema revision, and
    the store's own: the full-text index whole, its triggers there, every dossier in it."""
    problems: list[str] = []
    with store.engine.connect() as connection:
        cipher = [str(r[0]) for r in connection.execute(text("PRAGMA cipher_integrity_check"))]
        sqlite = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
        orphans = list(connection.execute(text("PRAGMA foreign_key_check")))
        revision = migrate.current_revision(connection)
        problems.extend(_search_index_problems(connection))
    if cipher:
        problems.append(f"cipher_integrity_check: {cipher[:5]}")
    if sqlite != ["ok"]:
        problems.append(f"integrity_check: {sqlite[:5]}")
    if orphans:
        problems.append(f"foreign_key_check: {orphans[:5]}")
    if revision != migrate.head_revision():
        problems.append(f"schema at {revision}, not {migrate.head_revision()}")
    return problems


def _search_index_problems(connection: Connection) -> list[str]:
    problems: list[str] = []
    triggers = set(connection.scalars(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    if missing := set(search_index.TRIGGERS) - triggers:
        problems.append(f"search triggers missing: {sorted(missing)}")
    unindexed = connection.scalar(text(
        "SELECT count(*) FROM case_file c LEFT JOIN case_search_key k ON k.case_id = c.id "
        f"LEFT JOIN case_search s ON s.rowid = {search_index.index_rowid('k.key')} "
        "WHERE s.rowid IS NULL"))
    if unindexed:
        problems.append(f"{unindexed} dossiers missing from the search index")
    checking = connection.begin_nested() if connection.in_transaction() else connection.begin()
    try:  # FTS5 checks its index against its rows on this (rolled back) write
        connection.execute(text(
            "INSERT INTO case_search(case_search) VALUES ('integrity-check')"))
    except DatabaseError as exc:
        problems.append(f"search index: {exc.orig}")
    finally:
        checking.rollback()
    return problems


@dataclass
class Tally:
    """The proof's counts and every problem met, each with its seed and round."""

    seed: int
    kills: int = 0
    store_failed_to_open: int = 0
    acknowledged_lost: int = 0
    applied_twice: int = 0
    integrity_failed: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, round_no: int, kind: str, detail: str) -> None:
        if kind in ("store_failed_to_open", "acknowledged_lost", "applied_twice",
                    "integrity_failed"):
            setattr(self, kind, getattr(self, kind) + 1)
        self.problems.append(f"round {round_no} (CPI_CRASH_SEED={self.seed}): {kind}: {detail}")

    def figures(self, kills_name: str, **more: int) -> dict[str, int]:
        return {kills_name: self.kills, "store_failed_to_open": self.store_failed_to_open,
                "acknowledged_lost": self.acknowledged_lost, "applied_twice": self.applied_twice,
                "integrity_failed": self.integrity_failed, **more}

    def verdict(self) -> str:
        return "\n".join(self.problems[:20])
