"""A faulty or hostile server cannot keep a laptop syncing forever: answers that would repeat
the same request without end are refused with a clear error, the outbox kept. The real
server answers everything but the one request a test corrupts."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Callable
from datetime import date

import httpx
import pytest

from app.services.sync.local import sync_status
from sync.client.engine import sync_once
from sync.client.errors import ServerError
from sync.client.transport import Transport
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

Corrupt = Callable[[httpx.Request, httpx.Response], httpx.Response]


class Corrupting(httpx.BaseTransport):
    """The real server's answers, except ``path``'s, rewritten by ``corrupt``."""

    def __init__(self, path: str, corrupt: Corrupt) -> None:
        self.inner, self.path, self.corrupt, self.calls = httpx.HTTPTransport(), path, corrupt, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.inner.handle_request(request)
        response.read()
        if request.url.path != self.path:
            return response
        self.calls += 1
        return self.corrupt(request, response)


def _json(request: httpx.Request, body: dict[str, object]) -> httpx.Response:
    return httpx.Response(200, json=body, request=request)


def _answers_for_others(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    body = json.loads(response.content)
    for result in body["results"]:
        result["mutation_id"] = str(uuid.uuid4())
    return _json(request, body)


def _more_forever(request: httpx.Request, _response: httpx.Response) -> httpx.Response:
    body = request.content
    if request.headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    asked = json.loads(body)
    return _json(request, {"changes": [], "cursors": asked["cursors"] or {"reference": 0},
                            "more": True, "dropped": []})


@pytest.mark.parametrize(("path", "corrupt", "words"), [
    ("/api/sync/upload", _answers_for_others, "aucune des modifications"),
    ("/api/sync/download", _more_forever, "autres pages"),
])
def test_a_server_that_would_loop_forever_is_refused(
        server: Server, devices: dict[str, Device], path: str, corrupt: Corrupt,
        words: str) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, date(2026, 3, 2))
    pending = sync_status(agent.ctx).pending
    wire = Corrupting(path, corrupt)
    faulty = Transport(server.url, agent.transport.token, client=httpx.Client(
        base_url=server.url, transport=wire, timeout=30))
    with pytest.raises(ServerError) as refused:
        sync_once(agent.ctx, faulty)
    assert words in refused.value.message("fr") and wire.calls <= 2
    if path.endswith("upload"):
        assert sync_status(agent.ctx).pending == pending  # nothing lost, all sent again later
    agent.sync()  # the real server, answering right, takes everything
    assert sync_status(agent.ctx).pending == 0
