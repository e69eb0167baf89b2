"""The server's front door (an ASGI middleware, outermost): who may send a body, and how large.

A request reaches the app's routes, which read its body whole and parse it, only once it has
shown a device token the server knows (checked here before a byte of the body is read; the
route checks it again in its own transaction). Without one, only the health check, the
enrolment (a body of a few hundred bytes) and, when switched on, the API description answer;
any other request is refused unread. Each route then has its own caps, on the body as sent
and once inflated (``sync.server.compression`` inflates within them): nobody who has not
enrolled can make the server hold more than a few kilobytes for them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import anyio.to_thread
from sqlalchemy.orm import Session, sessionmaker
from starlette.routing import BaseRoute, Match

from sync.protocol import CHUNK_SIZE, DEVICE_HEADER, TOKEN_HEADER, ErrorCode, ErrorReply
from sync.server.auth import (
    ApiError,
    Authenticate,
    Credentials,
    authenticate,
    device_of,
    settle_refusal,
    token_hash,
)
from sync.server.compression import ASGIApp, Message, Receive, Scope, Send

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limits:
    """A route's caps: the body as sent (``compressed``) and once inflated."""

    compressed: int
    inflated: int


#: Routes open without a token, with their caps (the body of an enrolment is a few hundred
#: bytes; the others have none).
OPEN: dict[tuple[str, str], Limits] = {
    ("GET", "/api/health"): Limits(0, 0),
    ("POST", "/api/devices/enrol"): Limits(4 * KIB, 8 * KIB),
}
#: The API description, open when the server is started with ``--docs``.
DESCRIPTION = ("/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json")
#: No body at all (an unknown address: answered 404 or 405, or 413 when a body comes).
NOTHING = Limits(0, 0)
#: The request that moves a chained token on (``sync.server.auth``).
HANDSHAKE = ("POST", "/api/sync/handshake")
#: An upload batch (500 mutations, scans travel apart, in chunks): as before.
UPLOAD = Limits(64 * MIB, 256 * MIB)
#: A chunk of an attachment travels raw (already compressed or random).
CHUNK = Limits(CHUNK_SIZE + 4 * KIB, CHUNK_SIZE + 4 * KIB)
#: Every other route for an enrolled device: a handshake, a download's cursors, a password.
SMALL = Limits(1 * MIB, 4 * MIB)
#: How long a token the server accepted lets the next requests in unchecked (by this gate:
#: the route still checks it in its transaction). A revoked device's next few bodies may be
#: read, never parsed into anything.
REMEMBER_S = 60.0
REMEMBER_AT_MOST = 10_000

NOT_ENROLLED = "Ce poste n'est pas enrôlé."


def limits_of(method: str, path: str) -> Limits:
    """The caps of an enrolled device's request."""
    if method == "POST" and path == "/api/sync/upload":
        return UPLOAD
    if method == "PUT" and path.startswith("/api/attachments/"):
        return CHUNK
    return SMALL


class RequestGate:
    """Refuses unread what an unknown caller sends; passes the route's caps on in the scope
    (``scope["cpi.limits"]``) for the inflating middleware inside."""

    def __init__(self, app: ASGIApp, sessions: sessionmaker[Session], describe: bool = False,
                 authenticate: Authenticate = authenticate,
                 routes: Sequence[BaseRoute] = ()) -> None:
        self.app, self.sessions, self.describe = app, sessions, describe
        self.authenticate = authenticate
        #: The app's routes: a request for none of them (or with another method) goes on,
        #: without its body, to be answered 404 or 405 like any unknown address.
        self.routes = routes
        self._known: dict[str, float] = {}  # token hash -> until when it is believed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = str(scope["method"]), str(scope["path"])
        opened = OPEN.get((method, path))
        if opened is None and self.describe and path in DESCRIPTION:
            opened = NOTHING
        if opened is not None:
            await self.app({**scope, "cpi.limits": opened}, receive, send)
            return
        token = _header(scope, TOKEN_HEADER.lower().encode())
        if not token and not self._routed(scope):
            await self.app({**scope, "cpi.limits": NOTHING}, receive, send)
            return
        if not token:
            await refuse(send, 401, ErrorReply(code=ErrorCode.UNAUTHENTICATED,
                                               message=NOT_ENROLLED))
            return
        refusal = await self._check(Credentials(
            token, 0, device_of(_header(scope, DEVICE_HEADER.lower().encode())),
            handshake=(method, path) == HANDSHAKE, advance=False), _client(scope))
        if refusal is not None:
            await refuse(send, refusal.status, refusal.reply)
            return
        await self.app({**scope, "cpi.limits": limits_of(method, path)}, receive, send)

    def _routed(self, scope: Scope) -> bool:
        """Whether a route of the app takes this method at this address."""
        return any(route.matches(scope)[0] is Match.FULL for route in self.routes)

    async def _check(self, given: Credentials, address: str) -> ApiError | None:
        """None when the token is one the server knows for a device it still serves (a
        chained token ahead of the one kept: at a handshake only, which moves it on)."""
        digest = token_hash(given.token)
        now = time.monotonic()
        if self._known.get(digest, 0.0) > now:
            return None
        refusal = await anyio.to_thread.run_sync(self._authenticate, given, address)
        if refusal is None:
            if len(self._known) >= REMEMBER_AT_MOST:
                self._known.clear()
            self._known[digest] = now + REMEMBER_S
        return refusal

    def _authenticate(self, given: Credentials, address: str) -> ApiError | None:
        try:
            with self.sessions.begin() as session:
                self.authenticate(session, given)
        except ApiError as refused:
            settle_refusal(self.sessions, refused, address)
            return refused
        return None


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value).decode("latin-1").strip()
    return ""


def _client(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else ""


async def refuse(send: Send, status: int, reply: ErrorReply) -> None:
    """Answer without reading the body, and close the connection (the rest of the body is
    not read either)."""
    body = reply.model_dump_json().encode()
    start: Message = {"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]}
    await send(start)
    await send({"type": "http.response.body", "body": body})

