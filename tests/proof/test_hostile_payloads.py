"""Malformed and oversized sync requests and tampered device tokens, against the real server:
each is refused with a 4xx carrying ``ErrorReply`` in French, never a 5xx. Complements
``tests/sync/test_compression`` (zip bomb, broken gzip on an echo app) and
``tests/sync/test_authorisation`` (revoked, missing, forged tokens; scopes)."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest

from sync.protocol import PROTOCOL_HEADER, TOKEN_HEADER, UPLOAD_BATCH, ErrorReply
from sync.server.compression import GzipRequestMiddleware
from tests.proof.budget import record
from tests.sync.authz_world import mutation
from tests.sync.harness import PASSWORD, Server

#: Words of FastAPI's and Starlette's own English answers: none may reach a laptop.
ENGLISH = ("detail", "Field required", "There was an error", "Input should", "Not Found")
SEEN: dict[str, int] = {}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, dict[str,
                                                                                           str]]]:
    folder = tmp_path_factory.mktemp("payloads")
    with Server.running(f"sqlite:///{folder / 'server.sqlite'}") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        tokens = {}
        for login in ("agent.a", "agent.b"):
            server.user(login)
            reply = http.post("/api/devices/enrol", json={
                "login": login, "password": PASSWORD, "device_id": str(uuid.uuid4()),
                "code": server.code(login)})
            tokens[login] = reply.json()["token"]
        yield http, tokens
    record("hostile_payloads", {"malformed": len(MALFORMED), "tampered_tokens": len(TAMPERED),
                                "refusals_by_status": dict(SEEN), "server_errors": 0})


def refused(reply: httpx.Response, *statuses: int) -> ErrorReply:
    """A 4xx (one of ``statuses``) whose body is an ``ErrorReply`` in French."""
    SEEN[str(reply.status_code)] = SEEN.get(str(reply.status_code), 0) + 1
    assert reply.status_code in statuses, (reply.status_code, reply.text[:300])
    error = ErrorReply.model_validate_json(reply.content)
    assert error.message.endswith(".") and not any(w in error.message for w in ENGLISH), error
    return error


def _headers(token: str | bytes, **more: str) -> list[tuple[bytes, bytes]]:
    """Raw header bytes: a tampered token need not be ASCII."""
    raw = token if isinstance(token, bytes) else token.encode()
    return [(TOKEN_HEADER.encode(), raw), (PROTOCOL_HEADER.encode(), b"2"),
            *((k.replace("_", "-").encode(), v.encode()) for k, v in more.items())]


def _upload(http: httpx.Client, token: str | bytes, content: bytes,
            encoding: str | None = None) -> httpx.Response:
    more = {"Content_Type": "application/json"}
    if encoding:
        more["Content_Encoding"] = encoding
    return http.post("/api/sync/upload", content=content, headers=_headers(token, **more))


def _valid() -> dict[str, object]:
    return mutation("person", uuid.uuid4(), {"notes": [None, "x"]})


MALFORMED: dict[str, bytes] = {
    "broken JSON": b'{"mutations": [',
    "not UTF-8": b'{"mutations": "\xff\xfe"}',
    "a list for the object": b"[]",
    "a number for the list": b'{"mutations": 7}',
    "wrong types inside": json.dumps({"mutations": [{**_valid(), "base_version": "un"}]}).encode(),
    "negative clock": json.dumps({"mutations": [{**_valid(), "device_clock": -1}]}).encode(),
    "unknown field": json.dumps({"mutations": [], "extra": 1}).encode(),
    "unknown field inside": json.dumps({"mutations": [{**_valid(), "x": 1}]}).encode(),
    "unknown operation": json.dumps({"mutations": [{**_valid(), "operation": "drop"}]}).encode(),
    "too many mutations": json.dumps({"mutations": [_valid()] * (UPLOAD_BATCH + 1)}).encode(),
    "deep nesting": b'{"mutations": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "empty body": b"",
    "null": b"null",
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_upload_is_refused_in_french(
        served: tuple[httpx.Client, dict[str, str]], name: str) -> None:
    http, tokens = served
    refused(_upload(http, tokens["agent.a"], MALFORMED[name]), 400, 422)


@pytest.mark.parametrize("name", ["broken JSON", "wrong types inside", "unknown field"])
def test_a_malformed_body_gzipped_is_refused_alike(served: tuple[httpx.Client, dict[str, str]],
                                                   name: str) -> None:
    http, tokens = served
    refused(_upload(http, tokens["agent.a"], gzip.compress(MALFORMED[name]), "gzip"),
            400, 422)


#: A number as a boolean or text, a time as a number: pydantic's lax mode took them all.
NUMBERS: dict[str, tuple[str, dict[str, object]]] = {
    "protocol false": ("/api/sync/handshake", {
        "protocol": False, "schema_revision": "x", "app_version": "0",
        "device_id": str(uuid.uuid4()), "client_time": "2026-03-02T10:00:00+00:00"}),
    "cursor true": ("/api/sync/download", {"cursors": {"reference": True}}),
    "version as text": ("/api/sync/upload", {"mutations": [{**_valid(), "base_version": "0"}]}),
    "time as a number": ("/api/sync/upload", {"mutations": [{**_valid(), "created_at": 0.0}]}),
}


@pytest.mark.parametrize("kind", list(NUMBERS))
def test_a_number_or_time_of_the_wrong_type_is_refused(
        served: tuple[httpx.Client, dict[str, str]], kind: str) -> None:
    http, tokens = served
    path, body = NUMBERS[kind]
    refused(http.post(path, json=body, headers=_headers(tokens["agent.a"])), 422)


def test_a_lone_surrogate_escape_is_refused_or_kept_never_a_crash(
        served: tuple[httpx.Client, dict[str, str]]) -> None:
    """``"\\ud800"`` is valid JSON but no UTF-8 text: the database cannot store it as sent."""
    http, tokens = served
    body = json.dumps({"mutations": [mutation("person", uuid.uuid4(), {
        "notes": [None, "avant \ud800 après"]})]}).encode()
    reply = _upload(http, tokens["agent.a"], body)
    if reply.status_code != 200:
        refused(reply, 422)
    for path in ("/api/sync/handshake", "/api/sync/download"):
        refused(http.post(path, content=b'{"cursors": {"\\udfff": 0}}', headers={
            TOKEN_HEADER: tokens["agent.a"], PROTOCOL_HEADER: "2"}), 422)


def test_a_plain_body_past_the_limit_is_refused_unread() -> None:
    """The same cap as gzipped bodies: declared too long, or sent in chunks past it."""
    async def never(_scope: object, _receive: object, _send: object) -> None:
        raise AssertionError("the route was reached")

    capped = GzipRequestMiddleware(never, max_inflated=1000)
    transport = httpx.ASGITransport(app=capped)

    def chunks() -> Iterator[bytes]:
        yield from [b"x" * 600, b"x" * 600]

    async def send() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return [await client.post("/", content=b"x" * 1001),
                    await client.post("/", content=_async(chunks()))]

    import asyncio
    for reply in asyncio.run(send()):
        refused(reply, 413)


async def _async(items: Iterator[bytes]) -> Iterator[bytes]:  # type: ignore[misc]
    for item in items:
        yield item


def _tampered(tokens: dict[str, str]) -> dict[str, str | bytes]:
    token = tokens["agent.a"]
    flipped = token[:-1] + ("A" if token[-1] != "A" else "B")
    return {"truncated": token[:-4], "one character changed": flipped,
            "padded": token + "=", "with a space": f"{token} x",
            "twice": token + token, "very long": token * 400,
            "latin-1 bytes": token.encode() + b"\xe9", "empty": ""}


TAMPERED = ["truncated", "one character changed", "padded", "with a space", "twice",
            "very long", "latin-1 bytes", "empty"]


@pytest.mark.parametrize("kind", TAMPERED)
def test_a_tampered_token_is_refused_everywhere(served: tuple[httpx.Client, dict[str, str]],
                                                kind: str) -> None:
    http, tokens = served
    token = _tampered(tokens)[kind]
    body = json.dumps({"mutations": [_valid()]}).encode()
    refused(_upload(http, token, body), 401)
    refused(http.post("/api/sync/download", json={"cursors": {}}, headers=_headers(token)), 401)
    refused(http.get(f"/api/attachments/{'0' * 64}/chunks", headers=_headers(token)), 401)


def test_an_unknown_address_or_method_is_refused_in_french(
        served: tuple[httpx.Client, dict[str, str]]) -> None:
    http, _tokens = served
    refused(http.get("/api/../../etc/passwd"), 404)
    refused(http.get("/api/sync/upload"), 405)

