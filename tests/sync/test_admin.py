"""The administrators' commands, as ``cpi-server`` runs them (refusals with exit code 1 and a
message, never a traceback) and what devices learn of them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from app.domain import Office
from tests.sync.harness import Device, Server

ROOT = Path(__file__).resolve().parents[2]


def _admin(database: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.server.main", "--database", database,
                           *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_a_new_office_and_its_agent_reach_the_devices(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'server.sqlite'}"
    made = _admin(database, "create-office", "nord-clervaux", "Bureau régional Nord, Clervaux",
                  "nord", "Clervaux")
    assert made.returncode == 0, made.stderr
    again = _admin(database, "create-office", "nord-clervaux", "x", "nord", "x")
    assert again.returncode == 1 and "existe déjà" in again.stderr
    assert "Traceback" not in again.stderr
    bad = _admin(database, "create-office", "Nord Clervaux", "x", "nord", "x")
    assert bad.returncode == 1 and "minuscules" in bad.stderr
    short = _admin(database, "create-user", "agent.c", "Agent C", "agent", "--office",
                   "nord-clervaux", stdin="court\n")
    assert short.returncode == 1 and "10 caractères" in short.stderr
    user = _admin(database, "create-user", "agent.c", "Agent C", "agent", "--office",
                  "nord-clervaux", stdin="mot-de-passe-de-test\n")
    assert user.returncode == 0, user.stderr
    with Server.running(database) as server:
        device = Device.enrol(server, tmp_path / "device", "agent.c")
        try:
            device.sync()
            with device.ctx.reading() as session:
                office = session.scalars(select(Office).where(
                    Office.code == "nord-clervaux")).one()
                assert office.locality == "Clervaux"
        finally:
            device.close()


def test_a_database_of_an_older_server_is_refused_plainly(tmp_path: Path) -> None:
    """Older than the last cpi-server without migrations, where upgrades start: refused.
    (Upgrades: tests/sync/test_server_migrations.py.)"""
    database = tmp_path / "server.sqlite"
    made = _admin(f"sqlite:///{database}", "devices")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(database) as older:  # as a version before the baseline made it
        older.execute("DROP TABLE alembic_version")
        older.execute("ALTER TABLE plan_version DROP COLUMN return_comment")
    refused = _admin(f"sqlite:///{database}", "devices")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "plus ancienne" in refused.stderr and "plan_version.return_comment" in refused.stderr
