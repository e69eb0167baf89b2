"""The change log is commit-ordered under real concurrency: devices upload at once while another
reads the log page by page, and the reader gets every version exactly once, never passing a
sequence number that commits later (which a plain database sequence would allow)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.domain import User, UserRole
from app.services.dossier.opening import update_person_notes
from sync.protocol import Download, DownloadReply
from sync.server.log import log_changes
from sync.server.models import ChangeLogEntry, LogCounter
from tests import pg_cluster
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)
UPLOADERS = 6
ROUNDS = 4
PAGE = 7  # small pages: many reads while the uploads commit


@dataclass
class Reader:
    """A clerk's device reading its office's log with its own cursors, keeping all it got."""

    device: Device
    cursors: dict[str, int] = field(default_factory=dict)
    received: list[int] = field(default_factory=list)
    passed_back: list[str] = field(default_factory=list)  # rows at or below their cursor
    pages: int = 0

    def run(self, stop: threading.Event) -> None:
        """Read until stopped; the last pages start after ``stop``, so they see all."""
        while True:
            stopping = stop.is_set()
            self.read_all()
            if stopping:
                return

    def read_all(self) -> None:
        while True:
            reply = self.device.transport.post("/api/sync/download", Download(
                cursors=self.cursors, limit=PAGE), DownloadReply)
            self.pages += 1
            for change in reply.changes:
                if change.seq <= self.cursors.get(change.scope, 0):
                    self.passed_back.append(f"{change.seq} in {change.scope}")
                self.received.append(change.seq)
            self.cursors = dict(reply.cursors)
            if not reply.more:
                return

    def check_against(self, server: Server) -> list[int]:
        """Every row of the server's log received exactly once; returns the log's seqs."""
        with server.sessions() as session:
            logged = list(session.scalars(select(ChangeLogEntry.seq).order_by(
                ChangeLogEntry.seq)))
            counter = session.get(LogCounter, 1)
            assert counter is not None
        # Unique, gap-free sequence numbers up to the counter: nothing taken by a rollback.
        assert logged == list(range(1, counter.value + 1))
        assert self.passed_back == []
        assert len(self.received) == len(set(self.received)), "a row came twice"
        missed = sorted(set(logged) - set(self.received))
        assert missed == [], f"the reader passed rows committed after it read: {missed[:20]}"
        return logged


def upload_rounds(device: Device, round_name: str) -> int:
    """Dossiers made offline and synced, round after round; returns the rejected count."""
    rejected = 0
    for round_number in range(ROUNDS):
        family = Family.open(device.ctx, TODAY, surname=f"Essai{round_number}")
        steps = (family.analyse, family.assess, family.plan, partial(
            update_person_notes, device.ctx, family.mother, f"Note {round_name} {round_number}"))
        for step in steps:  # a sync after each step: many small batches commit at once
            rejected += device.sync().rejected
            step()
        rejected += device.sync().rejected
    return rejected


@pytest.fixture
def devices(server: Server, tmp_path: Path) -> Iterator[dict[str, Device]]:
    """Enrolled one after the other: making a store (its migrations) is not for threads."""
    logins = [f"agent.{number}" for number in range(UPLOADERS)]
    for login in logins:
        server.user(login)
    server.user("clerk", UserRole.OFFICE_CLERK)
    opened = {login: Device.enrol(server, tmp_path / login, login)
              for login in [*logins, "clerk"]}
    yield opened
    for device in opened.values():
        device.close()


def test_a_reader_never_passes_a_row_committed_later(
        server: Server, devices: dict[str, Device]) -> None:
    reader = Reader(devices.pop("clerk"))
    stop = threading.Event()
    with ThreadPoolExecutor(UPLOADERS + 1) as pool:
        reading = pool.submit(reader.run, stop)
        uploads = [pool.submit(upload_rounds, device, login)
                   for login, device in devices.items()]
        try:
            rejected = [upload.result(timeout=600) for upload in uploads]
        finally:
            stop.set()
        reading.result(timeout=120)
    assert rejected == [0] * UPLOADERS
    logged = reader.check_against(server)
    assert len(logged) > UPLOADERS * ROUNDS * 10
    assert reader.pages > len(logged) // PAGE  # it read while the uploads went on


def test_a_later_writer_waits_for_the_earlier_to_commit(
        postgres: pg_cluster.Cluster, tmp_path: Path) -> None:
    """The race a stress test may miss, forced: a transaction holds its sequence number
    uncommitted while another logs; the reader in between must not pass the first."""
    with Server.running(postgres.new_database()) as server:
        server.user("clerk", UserRole.OFFICE_CLERK)
        reader = Reader(Device.enrol(server, tmp_path / "clerk", "clerk"))
        try:
            reader.read_all()
            with ThreadPoolExecutor(1) as pool, server.sessions.begin() as first:
                user = User(login="premier", display_name="Premier", role=UserRole.VALIDATOR)
                first.add(user)
                log_changes(first, [user])
                later = pool.submit(server.user, "second", UserRole.VALIDATOR)
                blocked_or_done(server, later)  # done: the log is not commit-ordered
                reader.read_all()
            later.result(timeout=30)
            reader.read_all()
            reader.check_against(server)
        finally:
            reader.device.close()


def blocked_or_done(server: Server, writer: Future[object]) -> None:
    """Wait until ``writer`` waits on a lock (the counter's) or has committed."""
    deadline = time.monotonic() + 30
    while not writer.done():
        with server.sessions() as session:
            if session.scalar(text("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE wait_event_type = 'Lock'")):
                return
        assert time.monotonic() < deadline, "the second writer neither waits nor ends"
        time.sleep(0.02)
