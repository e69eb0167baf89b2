"""The server app served over real HTTP on a loopback port, from a thread of the test process
(uvicorn, as ``cpi-server`` serves it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI

from sync.server.threaded import serve_in_thread


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    running = serve_in_thread(app, name="test-server")
    try:
        yield running.url
    finally:
        running.stop()
