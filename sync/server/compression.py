"""Gzip request bodies: a device compresses what it uploads (a day's mutations are repetitive
JSON, a fifth of their size gzipped), and this ASGI middleware inflates them before FastAPI
reads them. The body as sent and the inflated size are capped while reading and inflating (a
route's own caps, set by ``sync.server.gate``), so a small zip bomb cannot fill the server's
memory. Answers are compressed by Starlette's ``GZipMiddleware`` (see ``app``)."""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from sync.protocol import ErrorCode, ErrorReply

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Above the largest upload batch a device sends (scans of up to 20 MB travel in base64).
MAX_INFLATED_BYTES = 256 * 1024 * 1024
_CHUNK = 64 * 1024


class GzipRequestMiddleware:
    """Inflate ``Content-Encoding: gzip`` request bodies; 413 past ``max_inflated`` bytes
    (a plain body too: declared longer, or sent in chunks past it), 400 on a broken stream, 415
    on an encoding the server does not read."""

    def __init__(self, app: ASGIApp, max_inflated: int = MAX_INFLATED_BYTES) -> None:
        self.app, self.max_inflated = app, max_inflated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope["headers"] if k != b"content-encoding"]
        limits = scope.get("cpi.limits")
        sent_cap = limits.compressed if limits is not None else self.max_inflated
        inflated_cap = limits.inflated if limits is not None else self.max_inflated
        encodings = [v.decode("latin-1").strip().lower() for k, v in scope["headers"]
                     if k == b"content-encoding"]
        if not encodings or encodings == ["identity"]:
            await self._plain(scope, receive, send, min(sent_cap, inflated_cap))
            return
        if encodings != ["gzip"]:
            await _refuse(send, 415, "Seul l'encodage gzip est accepté.")
            return
        try:
            body = await self._inflated(receive, sent_cap, inflated_cap)
        except _TooLarge:
            await _refuse(send, 413, "Requête trop volumineuse une fois décompressée.")
            return
        except zlib.error:
            await _refuse(send, 400, "Corps gzip illisible.")
            return
        headers = [(k, v) for k, v in headers if k != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await self.app({**scope, "headers": headers}, _replay(body, receive), send)

    async def _plain(self, scope: Scope, receive: Receive, send: Send, cap: int) -> None:
        """A body as sent, within the same limit: FastAPI would read any length into memory."""
        declared = [v for k, v in scope["headers"] if k == b"content-length"]
        if declared:
            if not declared[0].isdigit() or int(declared[0]) > cap:
                await _refuse(send, 413, "Requête trop volumineuse.")
                return
            await self.app(scope, receive, send)  # the server reads no more than declared
            return
        parts: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client left: nobody to answer
            more = bool(message.get("more_body", False))
            part: bytes = message.get("body", b"")
            size += len(part)
            if size > cap:
                await _refuse(send, 413, "Requête trop volumineuse.")
                return
            parts.append(part)
        await self.app(scope, _replay(b"".join(parts), receive), send)

    async def _inflated(self, receive: Receive, sent_cap: int, cap: int) -> bytes:
        """Inflated as it arrives, never past ``cap`` (nor ``sent_cap`` bytes read)."""
        inflater = zlib.decompressobj(wbits=31)  # gzip framing only
        parts: list[bytes] = []
        size = sent = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                raise zlib.error("the client left before the end of the body")
            more = bool(message.get("more_body", False))
            pending: bytes = message.get("body", b"")
            sent += len(pending)
            if sent > sent_cap:
                raise _TooLarge
            while pending:
                part = inflater.decompress(pending, cap + 1 - size)
                size += len(part)
                if size > cap:
                    raise _TooLarge
                parts.append(part)
                pending = inflater.unconsumed_tail
        tail = inflater.flush()
        if size + len(tail) > cap:
            raise _TooLarge
        if not inflater.eof:
            raise zlib.error("truncated gzip stream")
        return b"".join([*parts, tail])


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` whole, then what the client sends next."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()  # after the body: the disconnect, when it comes
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


class _TooLarge(Exception):
    pass


async def _refuse(send: Send, status: int, message: str) -> None:
    body = ErrorReply(code=ErrorCode.INVALID, message=message).model_dump_json().encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]})  # the rest of the body is not read
    await send({"type": "http.response.body", "body": body})
