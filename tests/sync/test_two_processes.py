"""Two ``cpi-server`` processes behind a real nginx on one PostgreSQL database (issue 18,
item 4): the documented answer to load. The sync scenarios run through the balancer (each
request to either process); then what two processes could get wrong: the log stays in commit
order across them, a replay sent to the other process gets the stored answer, and a process
killed in the middle of an upload loses nothing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from app.domain import Person
from app.services.dossier.opening import update_person_notes
from app.services.sync.local import outbox_batch, sync_status
from sync.client.errors import ServerUnreachable
from sync.protocol import Mutation, Operation, Upload, UploadReply
from sync.server.models import ChangeLogEntry
from tests import pg_cluster
from tests.app.services.family import Family
from tests.sync.balanced import Balanced, balanced, balancer_unavailable
from tests.sync.harness import Device, Endpoint
from tests.sync.test_scenarios import (  # noqa: F401  (run here again, through the balancer)
    test_a_dossier_made_offline_reaches_the_server_and_the_office,
    test_a_dossier_transferred_while_its_agent_is_offline,
    test_a_response_lost_after_the_server_committed_is_replayed_without_duplicates,
    test_a_revoked_device_is_refused,
    test_a_wrong_clock_is_refused_with_the_reason,
    test_different_fields_merge_and_the_same_field_becomes_a_conflict,
)

TODAY = date(2026, 3, 2)


@pytest.fixture
def server(postgres: pg_cluster.Cluster, tmp_path: Path) -> Iterator[Balanced]:
    """Overrides the sync tests' server: two processes and nginx, PostgreSQL only (the
    embedded SQLite server is one process by design)."""
    reason = balancer_unavailable()
    if reason:
        pytest.fail(reason)
    with balanced(postgres.new_database(), tmp_path / "balanced") as running:
        yield running


def _upload_of(device: Device) -> Upload:
    return Upload(mutations=[Mutation(
        mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
        operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
        device_clock=m.device_clock, created_at=m.created_at)
        for m in outbox_batch(device.ctx, 500)])


def _log(server: Balanced) -> list[int]:
    with server.sessions() as session:
        return list(session.scalars(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq)))


def test_both_processes_answer_and_the_log_stays_in_commit_order(
        server: Balanced, devices: dict[str, Device]) -> None:
    """Two agents sync at the same time, again and again, each request to either process:
    the log has no gap and no repeat, and every laptop ends equal to the server."""
    agents = [devices["agent.a"], devices["agent.b"]]
    families = [Family.open(agent.ctx, TODAY, surname=name)
                for agent, name in zip(agents, ("Weber", "Nachtigall"), strict=True)]
    failures: list[BaseException] = []

    def work(agent: Device, family: Family) -> None:
        try:
            for turn in range(6):
                update_person_notes(agent.ctx, family.mother, f"Visite {turn}")
                report = agent.sync()
                assert report.rejected == 0, report
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=pair) for pair in zip(agents, families,
                                                                          strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert failures == []
    clerk = devices["clerk"]
    clerk.sync()
    log = _log(server)
    assert log == list(range(log[0], log[0] + len(log)))  # gapless, each sequence once
    with server.sessions() as session:
        on_server = {p.id: p.notes for p in session.scalars(select(Person))}
    with clerk.ctx.reading() as session:
        assert {p.id: p.notes for p in session.scalars(select(Person))} == on_server
    for family in families:
        assert on_server[family.mother] == "Visite 5"
    served = server.served_by_each()
    ports = {int(p.url.rsplit(":", 1)[1]) for p in server.processes}
    assert set(served) == ports and min(served.values()) > 10, served


def test_a_replay_sent_to_the_other_process_gets_the_stored_answer(
        server: Balanced, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, TODAY).analyse()
    upload = _upload_of(agent)
    first_process, second_process = (Endpoint(p.url).transport(agent.transport.token)
                                     for p in server.processes)
    first = first_process.post("/api/sync/upload", upload, UploadReply)
    logged = _log(server)
    again = second_process.post("/api/sync/upload", upload, UploadReply)
    assert again.results == first.results
    assert _log(server) == logged
    report = agent.sync()
    assert report.rejected == 0 and sync_status(agent.ctx).pending == 0
    with server.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 3


def _wait_for_its_transaction(server: Balanced, outcome: list[object]) -> None:
    """Until the upload's transaction is open on the database (the process is applying it),
    as PostgreSQL itself tells: the kill lands in the middle, not before or after."""
    with server.sessions() as session:
        while not outcome:
            working = session.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
                "AND state <> 'idle'"))
            session.rollback()
            if working:
                return
            time.sleep(0.002)
    pytest.fail(f"the upload was answered before its transaction was seen: {outcome}")


def test_a_process_killed_in_the_middle_of_an_upload_loses_nothing(
        server: Balanced, devices: dict[str, Device]) -> None:
    """A big upload sent to the first process, which is killed while it works; the laptop
    syncs again through the balancer, which now has the second process only."""
    agent = devices["agent.a"]
    families = [Family.open(agent.ctx, TODAY, surname=f"Famille{n}").analyse()
                for n in range(12)]
    upload = _upload_of(agent)
    victim = server.processes[0]
    direct = Endpoint(victim.url).transport(agent.transport.token)
    outcome: list[object] = []

    def send() -> None:
        try:
            outcome.append(direct.post("/api/sync/upload", upload, UploadReply))
        except Exception as exc:  # the process died under it
            outcome.append(exc)

    sender = threading.Thread(target=send)
    sender.start()
    _wait_for_its_transaction(server, outcome)
    victim.kill()
    sender.join(60)
    assert outcome and isinstance(outcome[0], ServerUnreachable), outcome  # never answered
    for _attempt in range(20):  # nginx takes the dead process out at its next check
        try:
            report = agent.sync()
            break
        except Exception:  # sent to the dead one
            time.sleep(0.5)
    else:
        pytest.fail("no sync went through the balancer after the kill")
    assert report.rejected == 0, report
    assert sync_status(agent.ctx).pending == 0
    with agent.ctx.reading() as session:
        on_laptop = sorted(str(p.id) for p in session.scalars(select(Person)))
    with server.sessions() as session:
        on_server = sorted(str(p.id) for p in session.scalars(select(Person)))
    assert on_server == on_laptop and len(on_server) == 3 * len(families)
    log = _log(server)
    assert len(log) == len(set(log))
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{victim.url}/api/health", timeout=2)
