"""``GET /api/health`` answers for the process and its database: 200 when the database
answers at this server's revision, 503 with a reason (no data, no address) when it does not
answer or a newer cpi-server upgraded it under a running process; on SQLite it never waits
for a writer (probes are frequent: every laptop each minute, nginx, monitoring)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from sync.server import migrate
from tests import pg_cluster
from tests.sync.harness import Server


def _health(server: Server) -> httpx.Response:
    return httpx.get(f"{server.url}/api/health", timeout=5)


def _set_revision(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :revision"),
                               {"revision": revision})
    finally:
        engine.dispose()


def test_health_reads_the_database_revision(server: Server, database_url: str) -> None:
    answered = _health(server)
    assert (answered.status_code, answered.json()) == (200, {"status": "ok"})
    _set_revision(database_url, "0999")  # a newer cpi-server upgraded it meanwhile
    refused = _health(server)
    assert refused.status_code == 503
    assert refused.json() == {"status": "unavailable", "reason": (
        "la base de données est à la révision 0999, ce serveur attend la révision "
        f"{migrate.head_revision()}")}
    _set_revision(database_url, migrate.head_revision())
    assert _health(server).status_code == 200


def test_health_on_sqlite_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite"
    with Server.running(f"sqlite:///{path}") as server:
        writer = sqlite3.connect(path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")  # a long sync batch holds the write lock
            started = time.monotonic()
            answered = _health(server)  # the server's own writers wait up to 30 s
            waited = time.monotonic() - started
        finally:
            writer.execute("ROLLBACK")
            writer.close()
    assert (answered.status_code, answered.json()) == (200, {"status": "ok"})
    assert waited < 2, waited


def test_health_says_when_postgresql_does_not_answer(postgres: pg_cluster.Cluster) -> None:
    url = postgres.new_database()
    name = url.rsplit("/", 1)[1]
    with Server.running(url) as server:
        assert _health(server).status_code == 200
        postgres.psql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres.psql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      f"WHERE datname = '{name}'")
        refused = _health(server)
        assert refused.status_code == 503
        assert refused.json() == {"status": "unavailable",
                                  "reason": "la base de données ne répond pas"}
        postgres.psql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        assert _health(server).status_code == 200
