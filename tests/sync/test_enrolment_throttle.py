"""Password guessing at enrolment is slowed down per login and per address, logged, and never
ties more than a few threads to Argon2 (issue 18)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import update

from sync.server import security
from sync.server.app import ServerOptions
from sync.server.models import SecurityEvent
from sync.server.throttle import DEFAULT, HASHES_AT_ONCE, UNTHROTTLED
from tests.sync.harness import PASSWORD, Server


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[Server]:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as running:
        yield running


def _enrol(server: Server, login: str, password: str, code: str = "",
           device_id: uuid.UUID | None = None) -> httpx.Response:
    return httpx.post(f"{server.url}/api/devices/enrol", json={
        "login": login, "password": password, "device_id": str(device_id or uuid.uuid4()),
        "code": code}, timeout=60)


def _kinds(server: Server, login: str) -> list[tuple[str, str]]:
    return [(e.kind, e.detail) for e in security.read(server.sessions) if e.login == login]


def _age(server: Server, by: timedelta) -> None:
    """Every event of the security log happened ``by`` earlier."""
    with server.sessions.begin() as session:
        session.execute(update(SecurityEvent).values(at=SecurityEvent.at - by))


def test_failures_for_a_login_slow_its_next_attempts_down_for_minutes_at_most(
        sqlite_server: Server) -> None:
    server = sqlite_server
    server.user("agent.a")
    code = server.code("agent.a")
    for _ in range(DEFAULT.free_failures):
        assert _enrol(server, "agent.a", "pas-le-bon-mot", code).status_code == 401
    # The right password now waits: refused unchecked, and said in the log.
    refused = _enrol(server, "agent.a", PASSWORD, code)
    assert refused.status_code == 429, refused.text
    assert "réessayez dans 1 minute" in refused.json()["message"]
    logged = _kinds(server, "agent.a")
    assert logged.count(("login_failed", "wrong_password")) == DEFAULT.free_failures
    assert logged[-1] == ("enrolment_throttled", "too_many_failures (login)")
    # Once the wait has passed, the person gets in.
    _age(server, DEFAULT.first_delay + timedelta(seconds=1))
    assert _enrol(server, "agent.a", PASSWORD, code).status_code == 200, "locked out"
    # Twenty failures in a row: a wait of minutes, not hours.
    assert DEFAULT.login_delay(20) == DEFAULT.max_delay == timedelta(minutes=5)
    assert DEFAULT.login_delay(DEFAULT.free_failures + 1) == 2 * DEFAULT.first_delay


def test_an_address_trying_many_logins_is_stopped(sqlite_server: Server) -> None:
    server = sqlite_server
    server.user("agent.b")
    for number in range(DEFAULT.address_failures):
        assert _enrol(server, f"inconnu.{number}", "devine").status_code == 401
    refused = _enrol(server, "agent.b", PASSWORD, server.code("agent.b"))
    assert refused.status_code == 429, refused.text
    assert _kinds(server, "agent.b")[-1] == ("enrolment_throttled",
                                             "too_many_failures (address)")
    _age(server, DEFAULT.address_window)
    assert _enrol(server, "agent.b", PASSWORD, server.code("agent.b")).status_code == 200


def test_parallel_guesses_hash_a_few_at_a_time(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """40 guesses at once (no throttle, to see the hashes) hash at most ``HASHES_AT_ONCE`` at a
    time; meanwhile the server's thread pool still answers."""
    lock, now, most = threading.Lock(), [0], [0]
    verify = PasswordHasher.verify

    def counted(self: PasswordHasher, stored: str | bytes, password: str | bytes) -> bool:
        with lock:
            now[0] += 1
            most[0] = max(most[0], now[0])
        try:
            return verify(self, stored, password)
        finally:
            with lock:
                now[0] -= 1

    monkeypatch.setattr(PasswordHasher, "verify", counted)
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}",
                        ServerOptions(throttle=UNTHROTTLED)) as server, \
            ThreadPoolExecutor(max_workers=40) as pool:
        answers = list(pool.map(lambda n: _enrol(server, f"essai.{n}", "devine"), range(40)))
    assert {a.status_code for a in answers} == {401}
    assert 1 <= most[0] <= HASHES_AT_ONCE, f"{most[0]} Argon2 hashes at once"
