"""Faults between a device and the server, injected under the real client's HTTP layer: the
device's code (``Transport``, ``sync_once``) runs unchanged and meets them as it would on a bad
network or a failing server."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import httpx


class Fault(StrEnum):
    REQUEST_LOST = "request lost"  # never reaches the server
    RESPONSE_LOST = "response lost after commit"  # the server did the work
    DUPLICATED = "duplicated delivery"  # the server gets the request twice
    SERVER_ERROR = "server error"  # a 500 before the work
    ERROR_AFTER_COMMIT = "server error after commit"  # a 500 once the work is done
    TIMEOUT = "timeout"  # no answer in time, the work done


class Killed(BaseException):
    """The device's process dies here: nothing after this point runs, no handler catches it
    (a ``BaseException``, like the signal that kills a process)."""


@dataclass
class FaultyTransport(httpx.BaseTransport):
    """Passes requests to ``inner``; the request numbered ``at`` (0: the first of the next
    sync) meets ``fault``, or kills the device once the server has answered it."""

    inner: httpx.BaseTransport
    fault: Fault | None = None
    kill: bool = False
    at: int = -1
    sent: int = 0
    #: Upload requests as sent, to deliver again later (late, reordered delivery).
    uploads: list[httpx.Request] = field(default_factory=list)

    def arm(self, at: int, fault: Fault | None = None, *, kill: bool = False) -> None:
        self.at, self.fault, self.kill, self.sent = at, fault, kill, 0

    def disarm(self) -> None:
        self.at, self.fault, self.kill = -1, None, False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        number, self.sent = self.sent, self.sent + 1
        if request.url.path.endswith("/upload"):
            self.uploads.append(_copy(request))
        if number != self.at:
            return self.inner.handle_request(request)
        fault, kill = self.fault, self.kill
        self.disarm()
        if fault is Fault.REQUEST_LOST:
            raise httpx.ConnectError("injected: request lost", request=request)
        if fault is Fault.SERVER_ERROR:
            return httpx.Response(500, content=b"injected", request=request)
        response = self.inner.handle_request(request)
        response.read()
        if kill:
            raise Killed(f"killed after {request.url.path}")
        if fault is Fault.RESPONSE_LOST:
            raise httpx.ReadError("injected: response lost", request=request)
        if fault is Fault.TIMEOUT:
            raise httpx.ReadTimeout("injected: timeout", request=request)
        if fault is Fault.ERROR_AFTER_COMMIT:
            return httpx.Response(500, content=b"injected", request=request)
        if fault is Fault.DUPLICATED:
            again = self.inner.handle_request(_copy(request))
            again.read()
            return again
        return response

    def deliver_late(self, index: int, server: httpx.URL) -> int:
        """An upload sent earlier arrives again now, at ``server`` (which may have moved
        since, restored from a backup); its status code."""
        if not self.uploads:
            return 0
        old = self.uploads[index % len(self.uploads)]
        late = httpx.Request(old.method, old.url.copy_with(host=server.host, port=server.port),
                             headers=old.headers, content=old.content)
        response = self.inner.handle_request(late)
        response.read()
        return response.status_code

    def close(self) -> None:
        self.inner.close()


def _copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(request.method, request.url, headers=request.headers,
                         content=request.content)
