"""A device token works for its own computer only, expires after a long silence, and every
refusal is in the security log; the API description is not public unless switched on
(issue 18)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from app.services.sync.local import sync_settings
from sync.client.errors import NotEnrolled
from sync.protocol import PROTOCOL_HEADER, TOKEN_HEADER
from sync.server import security
from sync.server.app import ServerOptions
from sync.server.auth import DEVICE_IDLE_DAYS
from sync.server.models import Device as DeviceRow
from tests.sync.harness import Device, Server


def _handshake(server: Server, token: str, device_id: uuid.UUID) -> httpx.Response:
    return httpx.post(f"{server.url}/api/sync/handshake", json={
        "protocol": 3, "schema_revision": "x", "app_version": "0",
        "device_id": str(device_id), "client_time": datetime.now(UTC).isoformat()},
        headers={TOKEN_HEADER: token, PROTOCOL_HEADER: "3"}, timeout=30)


def test_a_token_shown_by_another_computer_is_refused_and_logged(server: Server,
                                                               tmp_path: Path) -> None:
    server.user("agent.a")
    laptop = Device.enrol(server, tmp_path / "a", "agent.a")
    token = laptop.transport.token
    assert token is not None
    own = sync_settings(laptop.ctx).device_id
    assert _handshake(server, token, own).status_code == 200
    elsewhere = uuid.uuid4()
    copied = _handshake(server, token, elsewhere)  # the token copied onto another computer
    assert copied.status_code == 403 and copied.json()["code"] == "unauthenticated", copied.text
    assert "autre poste" in copied.json()["message"]
    last = security.read(server.sessions)[-1]
    assert (last.kind, last.login, last.device_id, last.remote_address, last.detail) == (
        "token_refused", "agent.a", own, "127.0.0.1", f"token_of_another_device: {elsewhere}")
    laptop.sync()  # the laptop itself goes on: IT decides whether to revoke it
    laptop.close()


def test_a_device_silent_too_long_enrols_again(server: Server, tmp_path: Path) -> None:
    server.user("agent.a")
    laptop = Device.enrol(server, tmp_path / "a", "agent.a")
    laptop.sync()
    with server.sessions.begin() as session:
        session.execute(update(DeviceRow).values(
            last_seen_at=datetime.now(UTC) - timedelta(days=DEVICE_IDLE_DAYS + 1)))
    with pytest.raises(NotEnrolled, match="jeton a expiré"):
        laptop.sync()
    logged = [e for e in security.read(server.sessions) if e.kind == "token_refused"]
    assert logged and logged[-1].detail == "token_expired" and logged[-1].login == "agent.a"
    assert logged[-1].remote_address == "127.0.0.1"
    laptop.close()
    again = Device.enrol(server, tmp_path / "a2", "agent.a")  # a new code from IT
    again.sync()
    again.close()


def test_an_unknown_token_is_refused_unread_and_logged(server: Server) -> None:
    answer = httpx.post(f"{server.url}/api/sync/download", content=b"{}",
                        headers={TOKEN_HEADER: "forged-token", PROTOCOL_HEADER: "3"})
    assert answer.status_code == 401 and answer.json()["code"] == "unauthenticated"
    last = security.read(server.sessions)[-1]
    assert (last.kind, last.detail, last.remote_address) == (
        "token_refused", "unknown_token", "127.0.0.1")


def test_the_api_description_is_served_only_when_switched_on(tmp_path: Path) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'closed.sqlite'}") as closed:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert httpx.get(closed.url + path).status_code == 404, path
    with Server.running(f"sqlite:///{tmp_path / 'open.sqlite'}",
                        ServerOptions(describe=True)) as opened:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert httpx.get(opened.url + path).status_code == 200, path


def test_without_a_token_a_route_says_401_and_an_unknown_address_404(server: Server) -> None:
    """Refused unread either way; an address or method the server does not serve is said as
    such, a route that needs a token asks for one."""
    assert httpx.post(f"{server.url}/api/sync/upload", json={}).status_code == 401
    assert httpx.get(f"{server.url}/api/sync/upload").status_code == 405
    assert httpx.get(f"{server.url}/api/nowhere").status_code == 404
    bomb = httpx.post(f"{server.url}/api/nowhere", content=b"x" * 10_000)
    assert bomb.status_code == 413 and bomb.json()["code"] == "invalid"
