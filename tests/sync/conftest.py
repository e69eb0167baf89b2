"""Sync tests run against both databases the server supports: the embedded SQLite default and a
real PostgreSQL started for the session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain import UserRole
from tests import pg_cluster
from tests.sync.harness import REGISTER, Device, Server
from tests.sync.server_process import Running, running, server_env


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_cluster.Cluster]:
    reason = pg_cluster.unavailable_reason()
    if reason:
        pytest.fail(f"{reason}; the sync tests need a real PostgreSQL")
    with pg_cluster.cluster() as running:
        yield running


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite'}"
    cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
    return cluster.new_database()


@pytest.fixture
def server(database_url: str) -> Iterator[Server]:
    with Server.running(database_url) as running:
        yield running


@pytest.fixture
def devices(server: Server, tmp_path: Path) -> Iterator[dict[str, Device]]:
    """Two agents and a clerk of the same office, their laptops enrolled."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    opened = {login: Device.enrol(server, tmp_path / login, login)
              for login in ("agent.a", "agent.b", "clerk")}
    yield opened
    for device in opened.values():
        device.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def cpi_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Running]:
    """A ``cpi-server`` process on either database (``Running``)."""
    data_home = tmp_path / "data"
    database: list[str] = []
    if request.param == "postgresql":
        cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
        database = ["--database", cluster.new_database()]
    env = server_env(data_home)
    # --docs: test_server_process reads the API description (off by default).
    with running(env, tmp_path, *database, "--docs") as process:
        served = Running(process, env, database, data_home)
        register = tmp_path / "registre.csv"  # the ONE's providers, as every server has them
        register.write_bytes(REGISTER)
        imported = served.admin("import-providers", str(register))
        assert imported.returncode == 0, imported.stderr
        try:
            yield served
        finally:
            for device in served.devices:
                device.close()
