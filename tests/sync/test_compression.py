"""Sync bodies travel gzipped both ways, and the server inflates uploads within a limit."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI, Request

from app.services.sync.local import outbox_batch
from sync.client.transport import Transport
from sync.server.compression import GzipRequestMiddleware
from tests.app.services.family import Family
from tests.sync.harness import Device, Server
from tests.sync.live_server import serving


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    """An echo route behind the middleware, limit 1000 bytes, over loopback HTTP."""
    api = FastAPI()

    @api.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"length": len(await request.body())}

    api.add_middleware(GzipRequestMiddleware, max_inflated=1000)
    with serving(api) as url, httpx.Client(base_url=url) as opened:
        yield opened


def test_a_gzipped_body_reaches_the_route_inflated(client: httpx.Client) -> None:
    body = b'{"a": "' + b"x" * 900 + b'"}'
    answer = client.post("/echo", content=gzip.compress(body),
                                 headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 200 and answer.json() == {"length": len(body)}


def test_a_zip_bomb_stops_at_the_limit(client: httpx.Client) -> None:
    bomb = gzip.compress(b"\0" * 10_000_000)  # about 10 kB on the wire
    answer = client.post("/echo", content=bomb, headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 413 and answer.json()["code"] == "invalid"


def test_a_broken_or_unknown_encoding_is_refused(client: httpx.Client) -> None:
    broken = gzip.compress(b"x" * 500)[:-12]
    assert client.post("/echo", content=broken,
                       headers={"Content-Encoding": "gzip"}).status_code == 400
    assert client.post("/echo", content=b"{}",
                       headers={"Content-Encoding": "br"}).status_code == 415
    assert client.post("/echo", content=b"{}").json() == {"length": 2}


def test_a_sync_travels_gzipped_both_ways(server: Server, tmp_path: Path) -> None:
    server.user("agent.a")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    seen: list[tuple[str, str, str]] = []

    def record(response: httpx.Response) -> None:
        seen.append((response.request.url.path,
                     response.request.headers.get("content-encoding", ""),
                     response.headers.get("content-encoding", "")))

    agent.transport = Transport(server.url, agent.transport.token, client=httpx.Client(
        base_url=server.url, event_hooks={"response": [record]}))
    try:
        Family.open(agent.ctx, date(2026, 3, 2)).analyse()
        plain = len(json.dumps([m.changes for m in outbox_batch(agent.ctx, 100)]))
        report = agent.sync()
        assert report.uploaded == 9 and report.rejected == 0, report
        assert ("/api/sync/upload", "gzip", "gzip") in seen
        assert ("/api/sync/download", "", "gzip") in seen
        # Counted as sent: the whole upload, HTTP heads included, below its changes' JSON.
        assert agent.transport.bytes_sent < plain
    finally:
        agent.close()
