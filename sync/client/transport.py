"""HTTP to the ONE server (httpx): HTTPS with the certificate checked, against the ONE's own
CA when one is configured; plain HTTP only to this computer (the embedded demo server).
Bodies travel gzipped both ways: agents sync over mobile connections."""

from __future__ import annotations

import functools
import gzip
import ipaddress
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from sync.client.chain import ChainExhausted, parse
from sync.client.errors import (
    DeviceRevoked,
    EnrolmentCodeRefused,
    InsecureServer,
    NotAllowed,
    NotEnrolled,
    PasswordChangeRequired,
    ProtocolRefused,
    RequestRefused,
    ServerError,
    ServerUnreachable,
    WrongPassword,
)
from sync.protocol import (
    DEVICE_HEADER,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    TOKEN_HEADER,
    ErrorCode,
    ErrorReply,
)

Reply = TypeVar("Reply", bound=BaseModel)
#: The request that moves a chained token on.
HANDSHAKE_PATH = "/api/sync/handshake"
TIMEOUT_S = 30.0
#: Smaller bodies go as they are: gzip's framing would outweigh its gain.
GZIP_MIN_BYTES = 512
#: Fast and nearly as small as level 9 on sync JSON.
GZIP_LEVEL = 6
#: The reachability probe must stay cheap: a dead network answers nothing for long.
PROBE_TIMEOUT_S = 3.0


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@functools.cache
def _tls(ca_file: Path | None) -> ssl.SSLContext:
    """Loading the CA certificates takes 40 ms holding the GIL, during which the GUI thread
    cannot run: once per process, not for every client (every sync, every probe)."""
    if ca_file is not None:
        return ssl.create_default_context(cafile=str(ca_file))
    return httpx.create_ssl_context()


def _verify(server_url: str, ca_file: Path | None) -> ssl.SSLContext | bool:
    """No TLS on plain http (the loopback demo server): no certificates to load."""
    return _tls(ca_file) if urlsplit(server_url).scheme == "https" else False


def reachable(server_url: str, timeout_s: float = PROBE_TIMEOUT_S,
              ca_file: Path | None = None) -> bool:
    """True when the server answers its health check now (no token, no store)."""
    try:
        with httpx.Client(timeout=timeout_s, verify=_verify(server_url, ca_file)) as client:
            response = client.get(server_url.rstrip("/") + "/api/health")
    except (httpx.HTTPError, ValueError):
        return False
    return response.status_code == 200


class Transport:
    """One server, one device token. ``round_trips`` counts requests, ``bytes_sent`` and
    ``bytes_received`` what went on the wire (HTTP head and body as sent, compressed): the
    bench reads them."""

    def __init__(self, server_url: str, token: str | None = None, *,
                 ca_file: Path | None = None, protocol: int = PROTOCOL_VERSION,
                 client: httpx.Client | None = None,
                 keep: Callable[[str], None] | None = None) -> None:
        """``token``: the device's credential, a plain token or a chain (``sync.client.chain``)
        whose next step ``keep`` saves before a handshake leaves (where the credential lives:
        the keyring, else the store)."""
        scheme = urlsplit(server_url).scheme
        if scheme != "https" and not (scheme == "http" and is_loopback(server_url)):
            raise InsecureServer(server_url)
        self.server_url = server_url
        self.protocol = protocol
        self.token = token
        self.keep = keep
        self._shown: tuple[str, str] = ("", "")  # credential -> the chain's token it shows
        self.round_trips = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self._client = client or httpx.Client(
            base_url=server_url.rstrip("/"), timeout=TIMEOUT_S,
            verify=_verify(server_url, ca_file))

    def close(self) -> None:
        self._client.close()

    def post(self, path: str, message: BaseModel, reply: type[Reply]) -> Reply:
        headers = {PROTOCOL_HEADER: str(self.protocol), **self.credentials(path)}
        headers["Content-Type"] = "application/json"
        body = message.model_dump_json().encode()
        if len(body) >= GZIP_MIN_BYTES:
            body = gzip.compress(body, GZIP_LEVEL, mtime=0)
            headers["Content-Encoding"] = "gzip"
        try:
            response = self._send(path, body, headers)
        except httpx.TransportError as exc:
            raise ServerUnreachable(str(exc)) from exc
        self.round_trips += 1
        self.bytes_sent += _head_size(f"POST {response.request.url.raw_path.decode()} HTTP/1.1",
                                      response.request.headers) + len(body)
        self.bytes_received += _head_size(f"HTTP/1.1 {response.status_code} "
                                          f"{response.reason_phrase}",
                                          response.headers) + response.num_bytes_downloaded
        if response.status_code >= 400:
            raise _error(response)
        try:
            return reply.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerError(f"réponse illisible du serveur ({exc.error_count()} erreurs)") \
                from exc

    def credentials(self, path: str) -> dict[str, str]:
        """The headers that say who is calling: a chained credential moves one step on (and
        is kept so) before a handshake leaves."""
        chain = parse(self.token)
        if chain is None:
            return {TOKEN_HEADER: self.token} if self.token else {}
        if path == HANDSHAKE_PATH:
            try:
                chain = chain.next()
            except ChainExhausted:
                raise NotEnrolled("—") from None
            if self.keep is not None:
                self.keep(chain.credential())
            self.token = chain.credential()
        credential = chain.credential()
        if self._shown[0] != credential:
            self._shown = (credential, chain.token())
        return {TOKEN_HEADER: self._shown[1], DEVICE_HEADER: str(chain.device_id)}

    def _send(self, path: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        """Post, once more on a new connection when the server closed (or reset) a kept-alive
        one as the request left (its idle timeout): every sync request may be replayed,
        uploads being answered from the stored answers."""
        try:
            return self._client.post(path, content=body, headers=headers)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            return self._client.post(path, content=body, headers=headers)


def _head_size(start_line: str, headers: httpx.Headers) -> int:
    """The bytes of an HTTP/1.1 head: start line, ``name: value`` lines, blank line."""
    return len(start_line) + 2 + sum(len(k) + 2 + len(v) + 2 for k, v in headers.raw) + 2


def _error(response: httpx.Response) -> Exception:
    try:
        error = ErrorReply.model_validate_json(response.content)
    except ValidationError:
        return ServerError(f"HTTP {response.status_code}")
    if error.code is ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked(error.message)
    if error.code is ErrorCode.UNAUTHENTICATED:
        return NotEnrolled(error.message)
    if error.code is ErrorCode.PROTOCOL:
        return ProtocolRefused(error.message)
    if error.code is ErrorCode.ENROLMENT_CODE:
        return EnrolmentCodeRefused(error.message)
    if error.code is ErrorCode.PASSWORD_CHANGE:
        return PasswordChangeRequired()
    if error.code is ErrorCode.WRONG_PASSWORD:
        return WrongPassword()
    if error.code is ErrorCode.FORBIDDEN:
        return NotAllowed(error.message)
    if error.code is ErrorCode.REFUSED:
        return RequestRefused(error.message)
    return ServerError(error.message)


def send_raw(transport: Transport, method: str, path: str, *, content: bytes = b"",
             headers: dict[str, str] | None = None,
             accepted: tuple[int, ...] = ()) -> httpx.Response:
    """A request whose body or answer is raw bytes (attachments), counted and refused like
    ``Transport.post``'s; a status in ``accepted`` is returned, not raised."""
    sent = {PROTOCOL_HEADER: str(transport.protocol), **(headers or {}),
            **transport.credentials(path)}
    try:
        response = transport._client.request(method, path, content=content, headers=sent)
    except httpx.TransportError as exc:
        raise ServerUnreachable(str(exc)) from exc
    transport.round_trips += 1
    transport.bytes_sent += len(content)
    transport.bytes_received += len(response.content)
    if response.status_code >= 400 and response.status_code not in accepted:
        raise _error(response)
    return response
