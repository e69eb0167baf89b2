"""``cpi-server`` as the ONE's IT runs it: a real process of its own, started from this
worktree, and its administrative commands run the same way."""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.sync.harness import OFFICE, PASSWORD, Device, Endpoint

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0
UUID_LINE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def server_env(data_home: Path) -> dict[str, str]:
    """The environment of a server with no setup: its default database under ``data_home``."""
    env = {name: value for name, value in os.environ.items()
           if name not in ("CPI_SERVER_DATABASE", "PYTHONPATH")}
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(data_home), PYTHONUNBUFFERED="1")
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync.server.main", *args]


def admin(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``cpi-server ARGS`` as IT types it, in a process of its own (forked from a process that
    imported the server once: see ``_Forks``), its exit code, stdout and stderr returned."""
    forked = _FORKS.run(env, list(args), stdin)
    if forked is not None:
        return forked
    return subprocess.run(command(*args), input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60, check=False)


# Reads one request a line; forks a child per request, which runs the command as
# ``python -m sync.server.main`` would, in the request's environment, with its stdin, stdout
# and stderr on the files named, and exits with the command's code; answers that code.
_FORK_SERVER = """
import json, os, signal, sys
import sync.server.main as cli
print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    child = os.fork()
    if child == 0:
        os.environ.clear()
        os.environ.update(request["env"])
        for fd, path, flags in ((0, request["stdin"], os.O_RDONLY),
                                (1, request["stdout"], os.O_WRONLY | os.O_TRUNC),
                                (2, request["stderr"], os.O_WRONLY | os.O_TRUNC)):
            os.dup2(os.open(path, flags), fd)
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        sys.argv = ["cpi-server", *request["args"]]
        signal.alarm(60)  # as the plain process's timeout: a command that hangs is killed
        code = 1
        try:
            code = cli.main(request["args"])
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _pid, status = os.waitpid(child, 0)
    print(json.dumps(os.waitstatus_to_exitcode(status)), flush=True)
"""


class _Forks:
    """The suite runs a few hundred administrative commands; each ``python -m
    sync.server.main`` spent about 1.5 s importing the server before doing anything. A process
    that imported it once forks a fresh child per command instead (the same code path from
    ``main`` on, in a process of its own, as forking servers do). Started at first use; the
    commands fall back to a plain process if it is gone."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server: subprocess.Popen[str] | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="cpi-admin-"))
        atexit.register(shutil.rmtree, self._folder, True)
        self._broken = False

    def _started(self) -> subprocess.Popen[str] | None:
        if self._broken:
            return None
        if self._server is None or self._server.poll() is not None:
            env = server_env(self._folder / "data")
            self._server = subprocess.Popen(
                [sys.executable, "-c", _FORK_SERVER], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
            assert self._server.stdout is not None
            if self._server.stdout.readline().strip() != "ready":
                self._broken = True
                return None
            atexit.register(self._server.kill)
        return self._server

    def run(self, env: dict[str, str], args: list[str], stdin: str
            ) -> subprocess.CompletedProcess[str] | None:
        with self._lock:
            server = self._started()
            if server is None or server.stdin is None or server.stdout is None:
                return None
            paths = {name: self._folder / name for name in ("stdin", "stdout", "stderr")}
            paths["stdin"].write_text(stdin, encoding="utf-8")
            for name in ("stdout", "stderr"):
                paths[name].write_bytes(b"")
            server.stdin.write(json.dumps({
                "env": env, "args": args, **{k: str(v) for k, v in paths.items()}}) + "\n")
            server.stdin.flush()
            answer = server.stdout.readline()
            if not answer:
                self._broken = True
                return None
            return subprocess.CompletedProcess(
                command(*args), int(json.loads(answer)),
                paths["stdout"].read_text(encoding="utf-8"),
                paths["stderr"].read_text(encoding="utf-8"))


_FORKS = _Forks()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    stderr_path: Path
    #: Killed by the test on purpose (``kill``): its end is not a failure.
    killed: bool = False

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL, as a power cut or the OOM killer ends a process: no clean-up runs."""
        self.killed = True
        self.process.kill()
        self.process.wait(10)

    def check_alive(self) -> None:
        """Fail with the server's own words when it died."""
        code = self.process.poll()
        if code is not None and not self.killed:
            raise AssertionError(f"cpi-server exited with {code}:\n{self.stderr()}")


@contextmanager
def running(env: dict[str, str], folder: Path, *args: str,
            program: list[str] | None = None) -> Iterator[ServerProcess]:
    """``cpi-server --host 127.0.0.1 --port N *args``, answering /api/health, stopped after.
    ``program``: another ``cpi-server`` than this worktree's (the frozen bundle's), run in
    ``folder``."""
    port = free_port()
    stderr_path = folder / "cpi-server.stderr"
    options = ["--host", "127.0.0.1", "--port", str(port), *args]
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            command(*options) if program is None else [*program, *options],
            stdout=subprocess.DEVNULL, stderr=stderr, env=env,
            cwd=ROOT if program is None else folder)
    served = ServerProcess(process, f"http://127.0.0.1:{port}", stderr_path)
    try:
        _wait_healthy(served)
        yield served
        served.check_alive()
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(15)


def _wait_healthy(served: ServerProcess) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        served.check_alive()
        try:
            if httpx.get(f"{served.url}/api/health", timeout=1).json() == {"status": "ok"}:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"cpi-server did not answer within {START_TIMEOUT_S} s:\n"
                                 f"{served.stderr()}")
        time.sleep(0.1)


@dataclass
class Running:
    """A ``cpi-server`` process with its environment, its users made and its laptops enrolled
    by its own commands (the ``cpi_server`` fixture)."""

    process: ServerProcess
    env: dict[str, str]
    database: list[str]  # the --database option, empty for the default SQLite file
    data_home: Path
    devices: list[Device] = field(default_factory=list)

    @property
    def endpoint(self) -> Endpoint:
        return Endpoint(self.process.url)

    def admin(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return admin(self.env, *self.database, *args, stdin=stdin)

    def user(self, login: str, role: str = "agent") -> uuid.UUID:
        done = self.admin("create-user", login, login.title(), role, "--office", OFFICE,
                          stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        assert UUID_LINE.match(done.stdout.strip()), done.stdout
        return uuid.UUID(done.stdout.strip())

    def code(self, login: str) -> str:
        """``cpi-server enrolment-code LOGIN``: the one-time code it prints."""
        done = self.admin("enrolment-code", login)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def enrol(self, folder: Path, login: str, code: str | None = None) -> Device:
        """A new laptop enrolled for ``login`` with ``code`` (a fresh one when not given)."""
        device = Device.enrol(self.endpoint, folder / login, login,
                              code=self.code(login) if code is None else code)
        self.devices.append(device)
        return device
