"""People and devices on a real ``cpi-server`` process (SQLite and PostgreSQL): a person who
leaves is disabled (their laptop wiped at its next contact, no enrolment until enabled again),
a new computer enrols only with a one-time code from the ONE's IT, a password set by the ONE
is replaced at the next enrolment, the password changes from the app, and the security log
says who did what from where without a family's name."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from app.domain import Case
from app.services.base.context import ServiceContext
from app.services.setup.demo import POOLS
from app.services.setup.store import prepare_store
from app.services.sync.local import sync_settings
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import create_store
from sync.client.enrol import change_password, enrol_device
from sync.client.errors import (
    DeviceRevoked,
    EnrolmentCodeRefused,
    NotEnrolled,
    PasswordChangeRequired,
    ServerError,
    WrongPassword,
)
from sync.server.models import EnrolmentCode
from tests.app.services.family import Family
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Device, Server
from tests.sync.server_process import Running
from ui.sync_work import wipe

TODAY = date(2026, 3, 2)
NEW_PASSWORD = "un-nouveau-mot-de-passe"
#: Every surname the demo's invented families may carry.
DEMO_SURNAMES = sorted({name for pool in POOLS for name in pool.surnames})


def _laptop(running: Running, folder: Path) -> ServiceContext:
    """A new computer's store, not enrolled."""
    store = create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return ctx


def _enrol(running: Running, ctx: ServiceContext, login: str, password: str = PASSWORD, *,
           code: str = "", new_password: str = "") -> ServiceContext:
    transport = running.endpoint.transport()
    try:
        return enrol_device(ctx, transport, login, password, "poste neuf", None, code=code,
                            new_password=new_password)
    finally:
        transport.close()


def _states(running: Running, login: str) -> dict[str, str]:
    """``cpi-server devices --user LOGIN``: device id -> state."""
    listed = running.admin("devices", "--user", login)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert all(len(row) == 6 and row[1] == login for row in rows), rows
    return {row[0]: row[3] for row in rows}


def _log(running: Running, *args: str) -> list[list[str]]:
    shown = running.admin("security-log", *args)
    assert shown.returncode == 0, shown.stderr
    return [line.split("\t") for line in shown.stdout.splitlines()]


def test_a_disabled_user_s_laptop_is_wiped_at_its_next_contact_until_enabled_again(
        cpi_server: Running, tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    cpi_server.user("agent.b")
    laptop = cpi_server.enrol(tmp_path, "agent.a")
    colleague = cpi_server.enrol(tmp_path, "agent.b")
    Family.open(laptop.ctx, TODAY)
    laptop.sync()
    spare_code = cpi_server.code("agent.a")  # issued before: disabling cancels it

    disabled = cpi_server.admin("disable-user", "agent.a")
    assert disabled.returncode == 0, disabled.stderr
    assert "1 poste(s) révoqué(s)" in disabled.stdout
    laptop_id = str(sync_settings(laptop.ctx).device_id)
    assert _states(cpi_server, "agent.a") == {laptop_id: "révoqué (compte désactivé)"}
    with pytest.raises(DeviceRevoked):  # its next contact
        laptop.sync()
    wipe(laptop.ctx, None)  # what the application does on DeviceRevoked (tests/ui)
    assert not (tmp_path / "agent.a").exists()
    colleague.sync()  # nobody else is touched

    refused = cpi_server.admin("enrolment-code", "agent.a")
    assert refused.returncode == 1 and "désactivé" in refused.stderr, refused.stderr
    again = _laptop(cpi_server, tmp_path / "nouveau")
    with pytest.raises(NotEnrolled, match="désactivé"):
        _enrol(cpi_server, again, "agent.a", code=spare_code)

    enabled = cpi_server.admin("enable-user", "agent.a")
    assert enabled.returncode == 0, enabled.stderr
    with pytest.raises(EnrolmentCodeRefused, match="Aucun code"):  # cancelled by the disable
        _enrol(cpi_server, again, "agent.a", code=spare_code)
    agent = _enrol(cpi_server, again, "agent.a", code=cpi_server.code("agent.a"))
    assert agent.actor_id is not None
    states = _states(cpi_server, "agent.a")
    assert states[laptop_id] == "révoqué"  # revoked devices stay revoked
    assert states[str(sync_settings(agent).device_id)] == "actif"
    again.store.lock()


def test_a_new_computer_needs_a_code_that_works_once(cpi_server: Running,
                                                      tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    first = _laptop(cpi_server, tmp_path / "premier")
    with pytest.raises(EnrolmentCodeRefused, match="code d'enrôlement"):
        _enrol(cpi_server, first, "agent.a")  # the password alone
    replaced = cpi_server.code("agent.a")
    code = cpi_server.code("agent.a")  # a new code replaces the unused one
    assert code != replaced and len(code) == 14 and code.count("-") == 2, code
    with pytest.raises(EnrolmentCodeRefused, match="pas le bon"):
        _enrol(cpi_server, first, "agent.a", code=replaced)
    with pytest.raises(EnrolmentCodeRefused, match="pas le bon"):
        _enrol(cpi_server, first, "agent.a", code="AAAA-AAAA-AAAA")
    with pytest.raises(NotEnrolled, match="Identifiant ou mot de passe"):  # code kept
        _enrol(cpi_server, first, "agent.a", "pas-le-mot-de-passe", code=code)
    _enrol(cpi_server, first, "agent.a", code=code.lower().replace("-", " "))
    second = _laptop(cpi_server, tmp_path / "second")
    with pytest.raises(EnrolmentCodeRefused, match="déjà utilisé"):
        _enrol(cpi_server, second, "agent.a", code=code)
    short = cpi_server.admin("enrolment-code", "agent.a", "--valid-days", "0")
    assert short.returncode == 1 and "1 à 30 jours" in short.stderr
    assert len(_states(cpi_server, "agent.a")) == 1
    for ctx in (first, second):
        ctx.store.lock()


def test_an_expired_code_is_refused(tmp_path: Path) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user("agent.a")
        code = server.code("agent.a")
        with server.sessions.begin() as session:
            session.execute(update(EnrolmentCode).values(
                expires_at=datetime.now(UTC) - timedelta(minutes=1)))
        with pytest.raises(EnrolmentCodeRefused, match="expiré"):
            Device.enrol(server, tmp_path / "poste", "agent.a", code=code)


def test_a_password_set_by_the_one_is_replaced_at_the_next_enrolment(
        cpi_server: Running, tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    provisional = "provisoire-2026"
    set_ = cpi_server.admin("set-password", "agent.a", stdin=provisional + "\n")
    assert set_.returncode == 0, set_.stderr
    code = cpi_server.code("agent.a")
    laptop = _laptop(cpi_server, tmp_path / "poste")
    with pytest.raises(NotEnrolled):  # the former password is gone
        _enrol(cpi_server, laptop, "agent.a", PASSWORD, code=code)
    with pytest.raises(PasswordChangeRequired):
        _enrol(cpi_server, laptop, "agent.a", provisional, code=code)
    with pytest.raises(ServerError, match="10 caractères"):
        _enrol(cpi_server, laptop, "agent.a", provisional, code=code, new_password="court")
    with pytest.raises(ServerError, match="différent"):
        _enrol(cpi_server, laptop, "agent.a", provisional, code=code, new_password=provisional)
    agent = _enrol(cpi_server, laptop, "agent.a", provisional, code=code,
                   new_password=NEW_PASSWORD)  # the same code: refusals used none
    assert agent.actor_id is not None
    other = _laptop(cpi_server, tmp_path / "autre")
    with pytest.raises(NotEnrolled):
        _enrol(cpi_server, other, "agent.a", provisional, code=cpi_server.code("agent.a"))
    _enrol(cpi_server, other, "agent.a", NEW_PASSWORD, code=cpi_server.code("agent.a"))
    short = cpi_server.admin("set-password", "agent.a", stdin="court\n")
    assert short.returncode == 1 and "10 caractères" in short.stderr
    for ctx in (laptop, other):
        ctx.store.lock()


def test_the_password_changes_from_the_app_and_the_old_one_then_fails(
        cpi_server: Running, tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    laptop = cpi_server.enrol(tmp_path, "agent.a")
    with pytest.raises(WrongPassword):
        change_password(laptop.transport, "pas-le-mot-de-passe", NEW_PASSWORD)
    with pytest.raises(ServerError, match="10 caractères"):
        change_password(laptop.transport, PASSWORD, "court")
    changed = change_password(laptop.transport, PASSWORD, NEW_PASSWORD)
    assert abs(changed - datetime.now(UTC)) < timedelta(minutes=1)
    laptop.sync()  # the laptop's token is untouched
    other = _laptop(cpi_server, tmp_path / "autre")
    code = cpi_server.code("agent.a")
    with pytest.raises(NotEnrolled, match="Identifiant ou mot de passe"):
        _enrol(cpi_server, other, "agent.a", PASSWORD, code=code)
    _enrol(cpi_server, other, "agent.a", NEW_PASSWORD, code=code)
    revoked = cpi_server.admin("revoke-device", str(sync_settings(laptop.ctx).device_id))
    assert revoked.returncode == 0, revoked.stderr
    with pytest.raises(DeviceRevoked):  # a revoked laptop changes nothing
        change_password(laptop.transport, NEW_PASSWORD, "encore-un-autre-mot")
    other.store.lock()


def test_an_unknown_login_is_said_and_changes_nothing(cpi_server: Running) -> None:
    cpi_server.user("agent.a")
    before = _log(cpi_server)
    for command in (("disable-user",), ("enable-user",), ("set-password",),
                    ("enrolment-code",), ("devices", "--user")):
        done = cpi_server.admin(*command, "agent.inconnu", stdin=NEW_PASSWORD + "\n")
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "Identifiant inconnu : agent.inconnu" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and done.stdout == ""
    assert _log(cpi_server) == before


def test_the_security_log_says_who_did_what_from_where_without_a_family_s_name(
        cpi_server: Running, tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    cpi_server.user("agent.b")
    laptop = cpi_server.enrol(tmp_path, "agent.a")
    for surname in DEMO_SURNAMES[:6]:
        Family.open(laptop.ctx, TODAY, surname=surname)
    laptop.sync()
    with laptop.ctx.reading() as session:
        number = session.scalars(select(Case.number).order_by(Case.number)).first()
    assert number is not None
    assert cpi_server.admin("transfer", number, "agent.b").returncode == 0
    intruder = _laptop(cpi_server, tmp_path / "intrus")
    with pytest.raises(NotEnrolled):
        _enrol(cpi_server, intruder, "agent.a", "devine-le-mot-de-passe", code="XXXX")
    with pytest.raises(EnrolmentCodeRefused):
        _enrol(cpi_server, intruder, "agent.a")
    change_password(laptop.transport, PASSWORD, NEW_PASSWORD)
    assert cpi_server.admin("set-password", "agent.b", stdin=NEW_PASSWORD + "\n").returncode == 0
    assert cpi_server.admin("disable-user", "agent.a").returncode == 0
    with pytest.raises(DeviceRevoked):
        laptop.sync()
    assert cpi_server.admin("enable-user", "agent.a").returncode == 0
    laptop_id = str(sync_settings(laptop.ctx).device_id)

    rows = _log(cpi_server)
    assert all(len(row) == 6 for row in rows), rows
    seen = {(row[1], row[2]) for row in rows}
    assert {("create_user", "agent.a"), ("create_user", "agent.b"),
            ("enrolment_code", "agent.a"), ("enrolment", "agent.a"),
            ("transfer", "agent.b"), ("login_failed", "agent.a"),
            ("enrolment_refused", "agent.a"), ("password_changed", "agent.a"),
            ("set_password", "agent.b"), ("disable_user", "agent.a"),
            ("token_refused", "agent.a"), ("enable_user", "agent.a")} <= seen, seen
    by_kind = {row[1]: row for row in rows}
    assert by_kind["enrolment"][3] == laptop_id and by_kind["enrolment"][4] == "127.0.0.1"
    assert by_kind["token_refused"][3] == laptop_id
    assert by_kind["token_refused"][5] == "device_revoked"
    assert by_kind["enrolment_refused"][5] == "code_missing"
    assert by_kind["create_user"][4].startswith("console:")
    assert by_kind["transfer"][5] == number
    text = cpi_server.admin("security-log").stdout
    for surname in DEMO_SURNAMES:
        assert surname not in text, surname
    assert "Tavares" not in text and "Weber" not in text  # the test family's own names
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert _log(cpi_server, "--since", tomorrow) == []
    assert _log(cpi_server, "--since", datetime.now(UTC).date().isoformat()) == rows
    bad = cpi_server.admin("security-log", "--since", "hier")
    assert bad.returncode == 1 and "AAAA-MM-JJ" in bad.stderr


def test_two_computers_giving_one_code_at_once_enrol_one(server: Server) -> None:
    """The code's row is locked while it is checked: the second enrolment waits, then finds
    it used (on SQLite the write lock orders them the same way)."""
    server.user("agent.a")
    code = server.code("agent.a")

    def enrol(_: int) -> int:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            return http.post("/api/devices/enrol", json={
                "login": "agent.a", "password": PASSWORD, "device_id": str(uuid.uuid4()),
                "device_name": "course", "code": code}).status_code

    with ThreadPoolExecutor(4) as pool:
        answers = sorted(pool.map(enrol, range(4)))
    assert answers == [200, 403, 403, 403], answers
