"""Issue 7, crash proof (c): the app killed with SIGKILL while it writes and syncs with a real
server (the FastAPI app over HTTP on SQLite, in this process), downloading a colleague's
dossiers written between the kills; after every kill the store opens
whole, keeps what the app saw committed, and every change is on the server or still in the
outbox; a clean sync then makes device and server agree, nothing applied twice."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from app.domain import OutboxEntry, UserRole
from app.services.setup.store import agent_context
from app.services.sync.local import sync_settings
from app.store.store import unlock_store
from sync.client.engine import sync_once
from sync.client.transport import Transport
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.crash_checks import Acknowledged, check_acknowledged, reopen
from tests.proof.crash_child import write_one
from tests.proof.crash_kit import Tally, base_seed, round_rng, run_and_kill
from tests.proof.crash_sync_checks import applied_twice, records, unsent_lost
from tests.sync.harness import Device, Server

KILLS = scale(10, 250)
#: An office clerk's device: it holds the office's dossiers, so it downloads the colleague's.
LOGIN = "clerk.crash"
COLLEAGUE = "agent.colleague"  # writes and syncs between the kills


def test_kills_during_sync_lose_nothing_and_apply_nothing_twice(tmp_path: Path) -> None:
    tally = Tally(base_seed())
    acknowledged = Acknowledged()
    store_dir = tmp_path / "device"
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user(LOGIN, UserRole.OFFICE_CLERK, name="Employé Crash")
        server.user(COLLEAGUE, name="Agent Collègue")
        Device.enrol(server, store_dir, LOGIN).close()
        colleague = Device.enrol(server, tmp_path / "colleague", COLLEAGUE)
        theirs: set[uuid.UUID] = set()  # the colleague's dossiers, downloaded by the device
        made = syncs = mid_sync = 0
        for round_no in range(KILLS):
            rng = round_rng(tally.seed, round_no)
            write_one(colleague.ctx, 100_000 + round_no, report=lambda tag, *v: theirs.add(
                v[0]) if tag == "case" else None)
            colleague.sync()
            killed = run_and_kill(["sync", str(store_dir), PASSPHRASE, str(made),
                                   str(rng.random())], rng,
                                  labels=("ready", "case", "note", "syncing", "synced"),
                                  max_delay=0.4)
            tally.kills += killed.killed
            made += acknowledged.add(killed) + 1
            syncs += killed.lines.count("synced")
            mid_sync += bool(killed.lines) and killed.lines[-1] == "syncing"
            store = reopen(store_dir, PASSPHRASE, tally, round_no)
            if store is None:
                break
            try:
                check_acknowledged(store, acknowledged, tally, round_no)
                for lost in unsent_lost(store, server.sessions, theirs):
                    tally.problem(round_no, "acknowledged_lost", lost)
            finally:
                store.lock()
        colleague.close()
        _clean_sync_converges(store_dir, server, tally)
        record("crash_sync", tally.figures("kills_sync", completed_syncs=syncs,
                                           killed_mid_sync=mid_sync,
                                           acknowledged_cases=len(acknowledged.cases),
                                           colleague_cases=len(theirs)))
    assert not tally.problems, tally.verdict()


def _clean_sync_converges(store_dir: Path, server: Server, tally: Tally) -> None:
    """After the kills, one sync left alone: the same records on both sides, the outbox
    empty, every answer an application."""
    store = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    ctx = agent_context(store)
    settings = sync_settings(ctx)
    transport = Transport(settings.server_url, settings.device_token)
    try:
        sync_once(ctx, transport)
        sync_once(ctx, transport)  # the first one's own uploads come back: nothing changes
        with store.reading() as session:
            local = records(session)
            waiting = len(list(session.scalars(select(OutboxEntry.seq))))
        if waiting:
            tally.problem(-1, "acknowledged_lost", f"{waiting} changes still in the outbox")
        with server.sessions() as session:
            remote = records(session)
        if local != remote:
            differing = sorted(str(k) for k in local.keys() ^ remote.keys())[:5] + sorted(
                str(k) for k in local.keys() & remote.keys() if local[k] != remote[k])[:5]
            tally.problem(-1, "acknowledged_lost", f"device and server differ: {differing}")
        for problem in applied_twice(store, server.sessions):
            tally.problem(-1, "applied_twice", problem)
    finally:
        transport.close()
        store.lock()
