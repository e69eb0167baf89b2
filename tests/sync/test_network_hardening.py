"""What a stranger on the network can cost the server (issue 18): a real ``cpi-server serve``
on a fresh database, sent zip bombs without a token on every route, keeps its memory and
serves a normal sync right after."""

from __future__ import annotations

import gzip
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from sync.protocol import PROTOCOL_HEADER
from tests.sync.harness import REGISTER
from tests.sync.server_process import Running, running, server_env

SHA = "0" * 64
ROUTES = [
    ("GET", "/api/health"),
    ("POST", "/api/devices/enrol"),
    ("POST", "/api/account/password"),
    ("POST", "/api/sync/handshake"),
    ("POST", "/api/sync/upload"),
    ("POST", "/api/sync/download"),
    ("POST", "/api/one/semester-list"),
    ("POST", "/api/one/statistics"),
    ("GET", f"/api/attachments/{SHA}/chunks"),
    ("PUT", f"/api/attachments/{SHA}/chunks/0"),
    ("POST", f"/api/attachments/{SHA}/finish"),
    ("GET", f"/api/attachments/{SHA}"),
    ("POST", "/docs"),
    ("POST", "/nowhere"),
]
REQUESTS_PER_ROUTE = 50
INFLATED = 24 * 1024 * 1024
MAX_GROWTH = 100 * 1024 * 1024


def _bomb() -> bytes:
    """Valid JSON once inflated (a list of 12 million zeros), about 24 KiB gzipped."""
    return gzip.compress(b"[" + b"0," * (INFLATED // 2 - 1) + b"0]", 9, mtime=0)


def _memory(pid: int) -> tuple[int, int]:
    """The process's resident memory now and its high-water mark, in bytes."""
    fields = dict(line.split(":", 1) for line in
                  Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return (int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024)


def test_zip_bombs_without_a_token_cost_no_memory(tmp_path: Path) -> None:
    bomb = _bomb()
    assert 20_000 < len(bomb) < 30_000
    env = server_env(tmp_path / "data")
    with running(env, tmp_path) as process:  # `cpi-server` serves by default
        served = Running(process, env, [], tmp_path / "data")
        register = tmp_path / "registre.csv"
        register.write_bytes(REGISTER)
        assert served.admin("import-providers", str(register)).returncode == 0
        served.user("agent.a")
        laptop = served.enrol(tmp_path, "agent.a")
        laptop.sync()
        pid = process.process.pid
        before, high_before = _memory(pid)
        peak = before
        done = threading.Event()

        def watch() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _memory(pid)[0])
                time.sleep(0.005)

        def attack(route: tuple[str, str]) -> list[int]:
            method, path = route
            statuses: list[int] = []
            with httpx.Client(base_url=process.url, timeout=60) as client:
                for _ in range(REQUESTS_PER_ROUTE):
                    answer = client.request(method, path, content=bomb, headers={
                        "Content-Encoding": "gzip", "Content-Type": "application/json",
                        PROTOCOL_HEADER: "3"})
                    statuses.append(answer.status_code)
            return statuses

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            with ThreadPoolExecutor(max_workers=len(ROUTES)) as pool:
                answers = dict(zip(ROUTES, pool.map(attack, ROUTES), strict=True))
        finally:
            done.set()
            watcher.join()
        after, high_after = _memory(pid)
        growth = max(peak, after, high_after if high_after > high_before else 0) - before
        refused = {route: sorted(set(statuses)) for route, statuses in answers.items()}
        assert all(status >= 400 for statuses in refused.values() for status in statuses), \
            refused
        assert growth < MAX_GROWTH, f"the server grew by {growth / 2**20:.0f} MiB ({refused})"
        report = laptop.sync()  # a normal sync right after
        assert report.round_trips >= 2
        process.check_alive()
