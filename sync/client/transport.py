"""HTTP to the ONE server (httpx): HTTPS with the certificate checked, against the ONE's own
CA when one is configured; plain HTTP only to this computer (the embedded demo server)."""

from __future__ import annotations

import functools
import ipaddress
import ssl
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from sync.client.errors import (
    DeviceRevoked,
    InsecureServer,
    NotEnrolled,
    ProtocolRefused,
    ServerError,
    ServerUnreachable,
)
from sync.protocol import PROTOCOL_VERSION, TOKEN_HEADER, ErrorCode, ErrorReply

Reply = TypeVar("Reply", bound=BaseModel)
PROTOCOL_HEADER = "X-Cpi-Protocol"
TIMEOUT_S = 30.0
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
    """One server, one device token; ``round_trips`` counts requests (the bench reads it)."""

    def __init__(self, server_url: str, token: str | None = None, *,
                 ca_file: Path | None = None, protocol: int = PROTOCOL_VERSION,
                 client: httpx.Client | None = None) -> None:
        scheme = urlsplit(server_url).scheme
        if scheme != "https" and not (scheme == "http" and is_loopback(server_url)):
            raise InsecureServer(server_url)
        self.server_url = server_url
        self.protocol = protocol
        self.token = token
        self.round_trips = 0
        self.bytes_sent = 0
        self.bytes_received = 0
        self._client = client or httpx.Client(
            base_url=server_url.rstrip("/"), timeout=TIMEOUT_S,
            verify=_verify(server_url, ca_file))

    def close(self) -> None:
        self._client.close()

    def post(self, path: str, message: BaseModel, reply: type[Reply]) -> Reply:
        headers = {PROTOCOL_HEADER: str(self.protocol)}
        if self.token:
            headers[TOKEN_HEADER] = self.token
        body = message.model_dump_json().encode()
        try:
            response = self._client.post(path, content=body, headers={
                **headers, "Content-Type": "application/json"})
        except httpx.TransportError as exc:
            raise ServerUnreachable(str(exc)) from exc
        self.round_trips += 1
        self.bytes_sent += len(body)
        self.bytes_received += len(response.content)
        if response.status_code >= 400:
            raise _error(response)
        try:
            return reply.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerError(f"réponse illisible du serveur ({exc.error_count()} erreurs)") \
                from exc


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
    return ServerError(error.message)
