"""The device's HTTP client: what it does when the server closes a kept-alive connection."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from sync.client.transport import Transport
from sync.protocol import ErrorCode, ErrorReply

REPLY = ErrorReply(code=ErrorCode.INVALID, message="ok").model_dump_json().encode()


@pytest.fixture
def closing_server() -> Iterator[str]:
    """Closes its first connection once a request arrived, as a server does whose idle
    timeout fires as the request leaves; answers on the next connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        for attempt in range(2):
            connection, _address = listener.accept()
            with connection:
                connection.recv(65536)
                if attempt == 0:
                    continue
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   b"Content-Length: %d\r\nConnection: close\r\n\r\n%s"
                                   % (len(REPLY), REPLY))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    thread.join(5)
    listener.close()


def test_a_connection_closed_by_the_server_is_tried_once_more(closing_server: str) -> None:
    transport = Transport(closing_server)
    try:
        reply = transport.post("/api/health", ErrorReply(code=ErrorCode.INVALID, message="?"),
                               ErrorReply)
    finally:
        transport.close()
    assert reply.message == "ok" and transport.round_trips == 1
