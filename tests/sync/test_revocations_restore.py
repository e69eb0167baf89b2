"""A restore of the server's database must not take a revocation back (issue 18): a laptop
revoked this morning, lost or stolen, stays refused when IT restores last night's backup,
and an account disabled then enabled again stays enabled. The journal that makes it so is kept
outside the database (``sync.server.revocations``)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sync.client.errors import DeviceRevoked
from tests.app.services.family import Family
from tests.sync.server_process import Running, running, server_env


def _database(data_home: Path) -> Path:
    return data_home / "cpi-server" / "cpi-server.sqlite"


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)


def _device_of(served: Running, login: str) -> str:
    listed = served.admin("devices", "--user", login)
    assert listed.returncode == 0, listed.stderr
    return listed.stdout.split()[0]


def test_a_restore_does_not_bring_a_revoked_laptop_back(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    env = server_env(data_home)
    backup = tmp_path / "last-night.sqlite"
    with running(env, tmp_path) as process:
        served = Running(process, env, [], data_home)
        served.user("agent.a")
        served.user("agent.b")
        lost = served.enrol(tmp_path, "agent.a")
        Family.open(lost.ctx, date(2026, 3, 2))
        assert lost.sync().rejected == 0
        _copy(_database(data_home), backup)  # last night's backup
        for command in ("disable-user", "enable-user"):
            assert served.admin(command, "agent.b").returncode == 0
        revoked = served.admin("revoke-device", _device_of(served, "agent.a"))
        assert revoked.returncode == 0, revoked.stderr
    _copy(backup, _database(data_home))  # the restore
    with running(env, tmp_path) as process:
        assert "1 révocation(s) remise(s) en place" in process.stderr()
        served = Running(process, env, [], data_home)
        lost.transport = served.endpoint.transport(lost.transport.token)
        with pytest.raises(DeviceRevoked):
            lost.sync()
        served.enrol(tmp_path / "b", "agent.b")  # disabled, then enabled: enabled
        log = served.admin("security-log")
        assert "revocation_replayed" in log.stdout, log.stdout
        for device in served.devices:
            device.close()
    lost.close()
