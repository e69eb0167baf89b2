"""A throwaway PostgreSQL cluster for tests and benches: ``initdb`` + ``pg_ctl`` as the
``postgres`` user, listening on a free loopback port with its socket in a private folder,
removed afterwards. Ready in about a second; nothing of the machine's own clusters is touched.

Needs Debian's ``postgresql`` package (bootstrap.py installs it) and root (to run as postgres).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _bin(tool: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"))
    return found[-1] if found else shutil.which(tool)


def unavailable_reason() -> str | None:
    if _bin("initdb") is None or _bin("pg_ctl") is None:
        return "PostgreSQL is not installed (python3 bootstrap.py test installs it)"
    if os.geteuid() != 0:
        return "starting a throwaway PostgreSQL cluster needs root (to run it as postgres)"
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "there is no postgres user"
    return None


@dataclass(frozen=True)
class Cluster:
    port: int
    socket_dir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        name = f"cpi_{uuid.uuid4().hex[:12]}"
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def psql(self, sql: str) -> str:
        done = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "postgres",
             "-v", "ON_ERROR_STOP=1", "-Atc", sql],
            capture_output=True, text=True, check=True, timeout=60)
        return done.stdout


@contextmanager
def cluster() -> Iterator[Cluster]:
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(reason)
    postgres = pwd.getpwnam("postgres")
    folder = Path(tempfile.mkdtemp(prefix="cpi-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    for path in (folder, sockets):
        os.chown(path, postgres.pw_uid, postgres.pw_gid)
    port = _free_port()

    def as_postgres(*command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True,
                       capture_output=True, timeout=120)

    try:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        assert initdb and pg_ctl
        as_postgres(initdb, "-D", str(data), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8")
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   f"-c unix_socket_directories={sockets} -c fsync=off "
                   "-c synchronous_commit=off -c max_connections=300")
        as_postgres(pg_ctl, "-D", str(data), "-o", options, "-w", "-t", "60",
                    "-l", str(folder / "log"), "start")
        try:
            yield Cluster(port, sockets)
        finally:
            as_postgres(pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
