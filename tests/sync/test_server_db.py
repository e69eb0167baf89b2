"""The server's database layer on both databases: native UUID and JSON columns on PostgreSQL,
the counter's RETURNING, rows read for update, a batch that is one transaction, and a busy
database that delays a mutation instead of rejecting it."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
import uuid6
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Case, User, UserRole
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_status
from app.store.wire import record_to_wire
from sync.client.errors import ServerError
from sync.server.db import make_engine, prepare_database
from sync.server.log import log_changes
from sync.server.models import ChangeLogEntry, LogCounter
from sync.server.models import Device as ServerDevice
from tests import pg_cluster
from tests.app.services.family import Family
from tests.sync.harness import Device, Server


@pytest.fixture
def sessions(database_url: str) -> sessionmaker[Session]:
    return prepare_database(make_engine(database_url))


def _user(login: str) -> User:
    return User(login=login, display_name=f"Élise « {login} »", role=UserRole.VALIDATOR)


def test_postgresql_columns_are_native(postgres: pg_cluster.Cluster) -> None:
    sessions = prepare_database(make_engine(postgres.new_database()))
    with sessions() as session:
        types = {f"{table}.{column}": kind for table, column, kind in session.execute(text(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'public'"))}
    assert {name: types[name] for name in (
        "change_log.record_id", "device.id", "case_file.id", "app_user.office_id",
        "applied_mutation.mutation_id", "change_log.data", "applied_mutation.result",
        "log_counter.value", "change_log.seq")} == {
        "change_log.record_id": "uuid", "device.id": "uuid", "case_file.id": "uuid",
        "app_user.office_id": "uuid", "applied_mutation.mutation_id": "uuid",
        "change_log.data": "json", "applied_mutation.result": "json",
        "log_counter.value": "bigint", "change_log.seq": "bigint"}


def test_ids_and_json_come_back_as_they_went(sessions: sessionmaker[Session]) -> None:
    device_id = uuid6.uuid7()  # the devices' ids are uuid6.UUID, a subclass
    with sessions.begin() as session:
        user = _user("aline")
        session.add(user)
        session.flush()
        session.add(ServerDevice(id=device_id, user_id=user.id, token_hash="a" * 64))
        log_changes(session, [user])
        wire = record_to_wire(user)
    with sessions() as session:
        device = session.get(ServerDevice, uuid.UUID(str(device_id)))
        assert device is not None and type(device.id) is uuid.UUID and device.id == device_id
        entry = session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == user.id)).one()
        assert type(entry.record_id) is uuid.UUID and entry.record_id == user.id
        assert entry.data == wire and entry.data["display_name"] == "Élise « aline »"


def test_the_counter_hands_out_consecutive_versions(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        alone = _user("un")
        session.add(alone)
        first = log_changes(session, [alone])
        users = [_user(login) for login in ("deux", "trois", "quatre")]
        session.add_all(users)
        later = log_changes(session, [*users, users[0]])  # a record twice: logged once
    assert list(first.values()) == [1] and list(later.values()) == [2, 3, 4]
    assert [user.server_version for user in users] == [2, 3, 4]
    with sessions() as session:
        counter = session.get(LogCounter, 1)
        assert counter is not None and counter.value == 4


def test_a_batch_is_one_transaction(sessions: sessionmaker[Session]) -> None:
    """What a mutation's savepoint applied goes away with its batch (SQLite's driver used to
    commit it on RELEASE)."""
    with sessions() as session, session.begin():
        savepoint = session.begin_nested()
        session.add(_user("annulee"))
        session.flush()
        savepoint.commit()
        session.rollback()
    with sessions() as session:
        assert session.scalar(select(User).where(User.login == "annulee")) is None


def test_a_record_read_for_update_waits_for_its_writer(sessions: sessionmaker[Session]) -> None:
    """Two uploads of one record: the second reads it only once the first has committed, so
    its conflict check sees the first's change (no lost update)."""
    with sessions.begin() as session:
        user = _user("partagee")
        session.add(user)
    with ThreadPoolExecutor(1) as pool, sessions.begin() as first:
        mine = first.get(User, user.id, with_for_update=True)
        assert mine is not None
        mine.display_name = "Première écriture"
        first.flush()
        second = pool.submit(_read_for_update, sessions, user.id)
        _until_blocked(sessions, second)
        assert not second.done()
    assert second.result(timeout=30) == "Première écriture"


def _read_for_update(sessions: sessionmaker[Session], user_id: uuid.UUID) -> str:
    with sessions.begin() as session:
        found = session.get(User, user_id, with_for_update=True)
        assert found is not None
        return found.display_name


def _until_blocked(sessions: sessionmaker[Session], reader: Future[str]) -> None:
    """PostgreSQL shows the wait; SQLite's busy wait shows nothing, so give it time."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not reader.done():
        if sessions.kw["bind"].dialect.name != "postgresql":
            time.sleep(0.5)
            return
        with sessions() as session:
            if session.scalar(text("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE wait_event_type = 'Lock'")):
                return
        time.sleep(0.02)


def test_a_busy_database_delays_a_mutation_without_rejecting_it(
        postgres: pg_cluster.Cluster, tmp_path: Path) -> None:
    """A lock timeout is the database's trouble, not the agent's: the change stays in the
    outbox and goes at the next sync (it used to be rejected for good)."""
    url = postgres.new_database()
    postgres.psql(f"ALTER DATABASE \"{url.rsplit('/', 1)[1]}\" SET lock_timeout = '300ms'")
    with Server.running(url) as server:
        server.user("agent.a")
        agent = Device.enrol(server, tmp_path / "agent.a", "agent.a")
        try:
            family = Family.open(agent.ctx, date(2026, 3, 2))
            agent.sync()
            set_working_frame(agent.ctx, family.case_id, "Rencontres le mardi")
            with server.sessions.begin() as other:  # someone else holds the dossier's row
                other.get(Case, family.case_id, with_for_update=True)
                with pytest.raises(ServerError):
                    agent.sync()
            assert sync_status(agent.ctx).pending == 1
            report = agent.sync()
            assert (report.uploaded, report.rejected) == (1, 0), report
        finally:
            agent.close()
    with server.sessions() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.working_frame == "Rencontres le mardi"


def test_a_database_error_does_not_name_the_values(sessions: sessionmaker[Session]) -> None:
    """The message of a failed statement reaches the journal with its traceback: the values
    written (a family's data) must not be in it."""
    planted = "Zyxwqvé-Mirandolina"
    with sessions.begin() as session:
        session.add(_user("planted"))
    failed = None
    try:
        with sessions.begin() as session:
            session.add(User(login="planted", display_name=planted, role=UserRole.VALIDATOR))
    except Exception as exc:  # the login is unique
        failed = exc
    assert failed is not None
    assert planted not in f"{failed}\n{failed!r}"


def test_every_device_table_is_synced_reference_or_device_only() -> None:
    """A table the device adds for its own bookkeeping must be named device-only, or the
    server's schema has it too (and its migrations must make it: test_server_migrations)."""
    from app.domain import Base
    from app.store.wire import synced_models
    from sync.server.db import DEVICE_ONLY_TABLES

    synced = {model.__tablename__ for model in synced_models().values()}
    unclassified = {name for name in Base.metadata.tables
                    if name not in synced | DEVICE_ONLY_TABLES and not name.startswith("ref_")}
    assert unclassified == set()
