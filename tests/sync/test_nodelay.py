"""A request is answered without waiting for the client's delayed acknowledgement: uvicorn
writes a response's head and body apart, and with Nagle's algorithm on (the in-process server's
socket, made with protocol 0, was not TCP to asyncio) each request of a sync waited 40 ms for
nothing. ``cpi-server`` binds as TCP: kept so."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.sync.harness import Server
from tests.sync.server_process import running, server_env

#: Every request waited at least 40 ms (Linux's shortest delayed ACK) before the fix.
STALL_S = 0.040


def quickest_post(url: str) -> float:
    """The quickest of a few refused posts (a head and a body each way) on one connection:
    a busy machine may slow some, a stall slowed every one."""
    times = []
    with httpx.Client() as client:
        for _ in range(8):
            start = time.perf_counter()
            answer = client.post(f"{url}/api/sync/handshake", content=b"{}" * 400,
                                 headers={"Content-Type": "application/json"})
            times.append(time.perf_counter() - start)
            assert answer.status_code in (401, 422)  # refused, with a body
    return min(times)


def test_the_in_process_server_answers_without_a_stall(tmp_path: Path) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        assert quickest_post(server.url) < STALL_S / 2


def test_cpi_server_answers_without_a_stall(tmp_path: Path) -> None:
    with running(server_env(tmp_path / "data"), tmp_path) as served:
        assert quickest_post(served.url) < STALL_S / 2
