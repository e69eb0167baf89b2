"""A chained device token moves on at each handshake (issue 18): a copy of it is refused once
the laptop synced again, and logged; an old token coming back later than a network could
delay it revokes the laptop; a lost answer, a duplicate, a late delivery and a restore of the
server to an older backup do not lock an honest laptop out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from app.services.sync.local import sync_settings
from sync.client.errors import DeviceRevoked
from sync.client.transport import HANDSHAKE_PATH
from sync.protocol import PROTOCOL_HEADER
from sync.server import security
from sync.server.auth import LATE_WINDOW
from sync.server.models import Device as DeviceRow
from sync.server.revocations import ENVIRONMENT, journal
from tests.sync.harness import Device, Server


@pytest.fixture(autouse=True)
def _journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "revocations.jsonl"))


def _post(server: Server, path: str, headers: dict[str, str],
          device_id: uuid.UUID) -> httpx.Response:
    body = {"protocol": 3, "schema_revision": "x", "app_version": "0",
            "device_id": str(device_id), "client_time": datetime.now(UTC).isoformat()} \
        if path == HANDSHAKE_PATH else {"cursors": {}}
    return httpx.post(f"{server.url}{path}", json=body,
                      headers={**headers, PROTOCOL_HEADER: "3"}, timeout=30)


def _enrolled(server: Server, folder: Path) -> tuple[Device, uuid.UUID]:
    server.user("agent.a")
    laptop = Device.enrol(server, folder, "agent.a", chained=True)
    return laptop, sync_settings(laptop.ctx).device_id


def _window_passed(server: Server) -> None:
    """The chain moved on longer ago than any network delays a request."""
    with server.sessions.begin() as session:
        session.execute(update(DeviceRow).values(
            token_advanced_at=datetime.now(UTC) - LATE_WINDOW * 2))


def _refusals(server: Server) -> list[security.Event]:
    return [e for e in security.read(server.sessions) if e.kind == "token_refused"]


def _revoked(server: Server, device_id: uuid.UUID) -> bool:
    with server.sessions.begin() as session:
        row = session.get(DeviceRow, device_id)
        assert row is not None
        return row.revoked_at is not None


def test_a_copied_token_used_after_the_laptop_synced_again_is_refused_logged_and_revokes(
        server: Server, tmp_path: Path) -> None:
    laptop, own = _enrolled(server, tmp_path / "a")
    copied = laptop.transport.credentials("/api/sync/download")  # a token as it travelled
    assert _post(server, "/api/sync/download", copied, own).status_code != 401
    laptop.sync()  # the laptop's next handshake moves its token on
    refused = _post(server, "/api/sync/download", copied, own)
    assert refused.status_code == 401 and refused.json()["code"] == "unauthenticated"
    last = _refusals(server)[-1]
    assert (last.login, last.device_id, last.detail, last.remote_address) == (
        "agent.a", own, "old_token_coming_back", "127.0.0.1")
    assert not _revoked(server, own)  # within the window: it could be a late delivery
    _window_passed(server)
    later = _post(server, "/api/sync/download", copied, own)
    assert later.status_code == 403 and later.json()["code"] == "device_revoked", later.text
    assert _revoked(server, own)
    assert _refusals(server)[-1].detail == "old_token_coming_back (poste révoqué)"
    revoked = [e for e in security.read(server.sessions) if e.kind == "revoke_device"]
    assert revoked and revoked[-1].device_id == own
    assert [r.subject for r in journal()] == [str(own)]  # a restore cannot take it back
    with pytest.raises(DeviceRevoked):
        laptop.sync()
    laptop.close()


def test_a_copy_of_the_seed_that_synced_first_is_reported_at_the_laptops_next_sync(
        server: Server, tmp_path: Path) -> None:
    laptop, own = _enrolled(server, tmp_path / "a")
    thief = server.transport(laptop.transport.token)  # the whole credential copied
    headers = thief.credentials(HANDSHAKE_PATH)
    assert _post(server, HANDSHAKE_PATH, headers, own).status_code == 200
    thief.close()
    _window_passed(server)
    with pytest.raises(DeviceRevoked):
        laptop.sync()  # shows the step the copy showed: a token coming back
    assert _refusals(server)[-1].detail == \
        "old_token_coming_back (déjà montré) (poste révoqué)"
    assert _revoked(server, own)
    laptop.close()


def test_a_lost_request_a_lost_answer_and_a_duplicate_do_not_lock_the_laptop_out(
        server: Server, tmp_path: Path) -> None:
    laptop, own = _enrolled(server, tmp_path / "a")
    laptop.transport.credentials(HANDSHAKE_PATH)  # a handshake lost on its way: a step skipped
    answered = laptop.transport.credentials(HANDSHAKE_PATH)
    assert _post(server, HANDSHAKE_PATH, answered, own).status_code == 200  # answer lost
    assert _post(server, HANDSHAKE_PATH, answered, own).status_code == 200  # a duplicate
    laptop.sync()
    laptop.sync()
    assert not _refusals(server)
    laptop.close()


def test_a_server_restored_from_an_older_backup_still_accepts_the_laptop(
        server: Server, tmp_path: Path) -> None:
    laptop, own = _enrolled(server, tmp_path / "a")
    with server.sessions.begin() as session:
        row = session.get(DeviceRow, own)
        assert row is not None
        backup = (row.token_hash, row.token_advanced_at)  # last night's backup holds these
    for _ in range(5):
        laptop.sync()
    with server.sessions.begin() as session:
        session.execute(update(DeviceRow).values(token_hash=backup[0],
                                                 token_advanced_at=backup[1]))
    laptop.sync()  # five steps ahead of what the restored server knows
    laptop.sync()
    assert not _refusals(server) and not _revoked(server, own)
    laptop.close()


def test_a_late_delivery_inside_the_window_is_refused_without_revoking(
        server: Server, tmp_path: Path) -> None:
    laptop, own = _enrolled(server, tmp_path / "a")
    delayed = laptop.transport.credentials(HANDSHAKE_PATH)  # a handshake held up on the way
    laptop.sync()  # the laptop tried again, and went on
    late = _post(server, HANDSHAKE_PATH, delayed, own)
    assert late.status_code == 401 and late.json()["code"] == "unauthenticated"
    assert _refusals(server)[-1].detail == "old_token_coming_back"
    assert not _revoked(server, own)
    laptop.sync()
    laptop.close()


def test_a_laptop_with_a_plain_token_keeps_it(server: Server, tmp_path: Path) -> None:
    server.user("agent.a")
    laptop = Device.enrol(server, tmp_path / "a", "agent.a")  # enrolled as before
    token = laptop.transport.token
    for _ in range(3):
        laptop.sync()
    assert laptop.transport.token == token
    laptop.close()
