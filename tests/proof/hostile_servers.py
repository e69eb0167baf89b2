"""The databases a hostile proof's server runs on: the embedded SQLite always, PostgreSQL too
in the long run (a cluster started for the proof; its encoder and limits are not SQLite's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests import pg_cluster
from tests.proof.budget import LONG

DATABASES = ["sqlite", *(["postgresql"] if LONG else [])]


@contextmanager
def database_url(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'server.sqlite'}"
        return
    reason = pg_cluster.unavailable_reason()
    if reason:
        pytest.fail(f"{reason}; the long proofs need a real PostgreSQL")
    with pg_cluster.cluster() as running:
        yield running.new_database()
