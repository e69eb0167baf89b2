"""The server app on a loopback port from a thread of the calling process: the demo's embedded
server, and the tests' in-process server (uvicorn, as ``cpi-server`` serves it)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI


@dataclass
class ThreadedServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread
    listener: socket.socket

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.listener.close()


def serve_in_thread(app: FastAPI, name: str = "cpi-server") -> ThreadedServer:
    """Serve ``app`` on a free loopback port; returns once it answers."""
    # TCP named: asyncio turns Nagle's algorithm off only on connections of a TCP socket, and
    # a socket made with protocol 0 is not one to it. uvicorn writes a response's head and
    # body apart: with Nagle on, each request waited 40 ms for the client's delayed ACK (a sync
    # with nothing to send took 110 ms instead of 16). ``cpi-server`` binds as TCP already.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name=name,
                              daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            listener.close()
            raise RuntimeError("the server did not start")
        time.sleep(0.01)
    return ThreadedServer(f"http://127.0.0.1:{listener.getsockname()[1]}", server, thread,
                          listener)
