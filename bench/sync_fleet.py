"""150 agents syncing at once against one ``cpi-server`` process on PostgreSQL, for
``bench/sync.py``.

The devices are light: their mutations are those of one template store (three families taken
to planned measures through the services), with fresh ids per device and the device's agent as
the dossiers' agent; each sync is the engine's sequence (handshake, upload batches, download
pages with cursors) as real HTTP requests through ``Transport`` to the server process. Only the
SQLCipher side of a sync is left out: it runs on each laptop, not on the server.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from argon2 import PasswordHasher

from app.domain import UserRole
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.sync.local import outbox_batch
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.migrate import head_revision
from app.store.store import create_store
from sync.client.transport import Transport
from sync.protocol import (
    PROTOCOL_VERSION,
    UPLOAD_BATCH,
    Download,
    DownloadReply,
    Enrolment,
    EnrolmentReply,
    Handshake,
    HandshakeReply,
    Mutation,
    Operation,
    Status,
    Upload,
    UploadReply,
)
from sync.server import admin
from sync.server.db import make_engine, prepare_database
from sync.server.directory import copy_register, import_register
from sync.server.scopes import ADMIN_ONLY
from tests import pg_cluster
from tests.app.services.family import OFFICE, Family
from tests.sync.harness import PASSWORD, REGISTER

AGENTS = int(os.environ.get("CPI_BENCH_AGENTS", "150"))  # fewer: a quick look
FAMILIES_PER_AGENT = 3
#: Enrolling 152 devices at Argon2id's default cost took minutes; enrolment is not measured.
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime(2026, 3, 2, tzinfo=UTC).date()


@dataclass(frozen=True)
class FleetResult:
    agents: int
    mutations: int
    alone: float
    p50: float
    p95: float
    max: float
    wall: float
    server_cpu: float  # the server process's CPU seconds during the burst
    errors: int
    rejected: int
    #: The same burst with nothing to send just before (handshake and download only): the
    #: server's cost of a sync itself, whatever it carries.
    idle_p95: float
    idle_server_cpu: float
    processes: int = 1  # cpi-server processes (2: behind nginx)


@dataclass
class FleetDevice:
    """A device reduced to what the server sees: its token, its outbox, its cursors."""

    transport: Transport
    device_id: uuid.UUID
    outbox: list[Mutation]
    cursors: dict[str, int] = field(default_factory=dict)
    rejected: int = 0
    conflicts: int = 0
    #: Each uploaded record's version on the server: the base of the device's next edit.
    versions: dict[uuid.UUID, int] = field(default_factory=dict)

    def sync(self) -> None:
        reply = self.transport.post("/api/sync/handshake", Handshake(
            protocol=PROTOCOL_VERSION, schema_revision=head_revision(), app_version="bench",
            device_id=self.device_id, client_time=datetime.now(UTC)), HandshakeReply)
        assert reply.accepted, reply.reason
        while self.outbox:
            batch, self.outbox = self.outbox[:UPLOAD_BATCH], self.outbox[UPLOAD_BATCH:]
            results = self.transport.post("/api/sync/upload", Upload(mutations=batch),
                                          UploadReply).results
            self.rejected += sum(r.status is Status.REJECTED for r in results)
            self.conflicts += sum(r.status is Status.CONFLICT for r in results)
            records = {m.mutation_id: m.record_id for m in batch}
            self.versions.update((records[r.mutation_id], r.version) for r in results
                                 if r.version)
        more = True
        while more:
            page = self.transport.post("/api/sync/download", Download(cursors=self.cursors),
                                       DownloadReply)
            self.cursors, more = page.cursors, page.more


def template(folder: Path) -> tuple[str, uuid.UUID, list[uuid.UUID], dict[str, uuid.UUID]]:
    """Three families' mutations as JSON, with the ids to replace per device: the template
    agent's, the records' and mutations' ids, and the dossier numbers."""
    store = create_store(folder, "banc d'essai flotte 2026", "banc d'essai flotte 2026",
                         keyring_backend=None, kdf=LIGHT_KDF_FOR_TESTS)
    try:
        ctx = ServiceContext(store)
        prepare_store(ctx)
        with store.transaction("directory", None, from_server=True) as session:
            copy_register(session, REGISTER)  # the ONE's directory, as the server has it
        agent = sign_in_local_agent(ctx, "cpi.gabarit", "Agent gabarit", OFFICE)
        provider = None
        for surname in ("Tavares", "Schmit", "Hodžić")[:FAMILIES_PER_AGENT]:
            family = Family.open(agent, TODAY, surname=surname)
            family.provider = provider
            provider = family.analyse().assess().plan().provider
        pending = [m for m in outbox_batch(agent, 10_000) if m.entity not in ADMIN_ONLY]
    finally:
        store.lock()
    assert agent.actor_id is not None
    mutations = [Mutation(mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
                          operation=Operation(m.operation), changes=m.changes,
                          base_version=m.base_version, device_clock=m.device_clock,
                          created_at=m.created_at).model_dump(mode="json") for m in pending]
    ids = sorted({m.mutation_id for m in pending} | {m.record_id for m in pending})
    numbers = {m.changes["number"][1]: m.record_id for m in pending
               if m.entity == "case_file" and "number" in m.changes}
    return json.dumps(mutations), agent.actor_id, ids, numbers


def device_outbox(text: str, agent_id: uuid.UUID, ids: list[uuid.UUID],
                  numbers: dict[str, uuid.UUID], user_id: uuid.UUID,
                  taken: set[str]) -> list[Mutation]:
    fresh = {old: _fresh_id(taken) for old in ids}
    for number, case_id in numbers.items():
        prefix = number.removesuffix(case_id.hex[-6:].upper())
        text = text.replace(number, prefix + fresh[case_id].hex[-6:].upper())
    for old, new in fresh.items():
        text = text.replace(str(old), str(new))
    text = text.replace(str(agent_id), str(user_id))
    return [Mutation.model_validate(m) for m in json.loads(text)]


def _fresh_id(taken: set[str]) -> uuid.UUID:
    """A new id whose last six digits (the dossier number's) no other device has."""
    while True:
        new = uuid.uuid4()
        if new.hex[-6:] not in taken:
            taken.add(new.hex[-6:])
            return new


@contextmanager
def server_process(url: str, program: list[str] | None = None) -> Iterator[tuple[str, int]]:
    """``cpi-server`` as production runs it: one process, its own port. ``program``: another
    launcher taking the same options (``bench/server_launcher.py``)."""
    port = pg_cluster._free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [*(program or [sys.executable, "-m", "sync.server.main"]), "--database", url,
         "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("cpi-server did not start")
            time.sleep(0.1)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(30)


def enrol(base: str, login: str, code: str) -> tuple[Transport, uuid.UUID, uuid.UUID]:
    transport = Transport(base)
    device_id = uuid.uuid4()
    reply = transport.post("/api/devices/enrol", Enrolment(
        login=login, password=PASSWORD, device_id=device_id, device_name="banc", code=code),
        EnrolmentReply)
    transport.token = reply.token
    return transport, device_id, uuid.UUID(reply.user["id"])


@dataclass
class FleetServer:
    """What ``enrolled_fleet`` started, for a caller that looks further."""

    database_url: str = ""
    pids: list[int] = field(default_factory=list)


@contextmanager
def served(url: str, scratch: Path, processes: int,
           program: list[str] | None) -> Iterator[tuple[str, list[int]]]:
    """One ``cpi-server`` process, or two behind nginx as ``docs/deployment.md`` sets them up
    (``tests/sync/balanced.py``); the URL to talk to and the processes' ids."""
    if processes == 1:
        with server_process(url, program) as (base, pid):
            yield base, [pid]
        return
    from tests.sync.balanced import balanced  # nginx: only for this run
    with balanced(url, scratch / "balanced") as both:
        yield both.url, [p.process.pid for p in both.processes]


@contextmanager
def enrolled_fleet(count: int, scratch: Path, log: bool = True,
                   program: list[str] | None = None, processes: int = 1,
                   server: FleetServer | None = None,
                   ) -> Iterator[tuple[list[FleetDevice], int, int]]:
    """A throwaway PostgreSQL cluster, ``count`` agents on a ``cpi-server`` process, each
    device enrolled, synced once empty (the morning's sync) and holding its three families'
    outbox; yields the devices, the server's pid and the mutations per device."""
    started = time.perf_counter()
    with pg_cluster.cluster() as cluster:
        text, agent_id, ids, numbers = template(scratch / "template")
        url = cluster.new_database()
        engine = make_engine(url)
        sessions = prepare_database(engine)
        import_register(sessions, REGISTER)  # the providers the families' measures name
        logins = [f"agent.{n:03d}" for n in range(count)]
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda login: admin.create_user(
                sessions, login, login, UserRole.AGENT, OFFICE, PASSWORD, hasher=CHEAP), logins))
            codes = dict(zip(logins, pool.map(lambda login: admin.enrolment_code(
                sessions, login, hasher=CHEAP), logins), strict=True))
        engine.dispose()
        if log:
            print(f"  fleet: users created ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
        with served(url, scratch, processes, program) as (base, pids):
            pid = pids[0]
            if server is not None:
                server.database_url, server.pids = url, pids
            with ThreadPoolExecutor(8) as pool:
                enrolled = list(pool.map(lambda login: enrol(base, login, codes[login]),
                                         logins))
            taken: set[str] = set()
            fleet = [FleetDevice(transport, device_id, device_outbox(
                text, agent_id, ids, numbers, user_id, taken))
                for transport, device_id, user_id in enrolled]
            with ThreadPoolExecutor(8) as pool:  # the morning's sync, before the work
                list(pool.map(lambda device: device.sync(),
                              [FleetDevice(d.transport, d.device_id, []) for d in fleet]))
            if log:
                print(f"  fleet: devices enrolled and synced once "
                      f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
            try:
                yield fleet, pid, len(json.loads(text))
            finally:
                for device in fleet:
                    device.transport.close()


def run_fleet(processes: int = 1) -> FleetResult:
    """The burst on one ``cpi-server`` process, or on two behind nginx (``processes=2``)."""
    server = FleetServer()
    with tempfile.TemporaryDirectory(prefix="cpi-bench-fleet-") as scratch, \
            enrolled_fleet(AGENTS + 2, Path(scratch), processes=processes, server=server) \
            as (fleet, _pid, mutations):
        fleet = list(fleet)  # the last two sync alone
        fleet.pop().sync()  # warms the server's statement caches
        alone = fleet.pop()
        start = time.perf_counter()
        alone.sync()
        alone_s = time.perf_counter() - start
        cpu = cpu_seconds(*server.pids)
        idle_times, idle_errors, _wall = burst(
            [FleetDevice(d.transport, d.device_id, []) for d in fleet])
        idle_cpu = cpu_seconds(*server.pids) - cpu
        cpu = cpu_seconds(*server.pids)
        times, errors, wall = burst(fleet)
        cpu = cpu_seconds(*server.pids) - cpu
        rejected = sum(device.rejected for device in fleet) + alone.rejected
    ordered = sorted(times)
    return FleetResult(AGENTS, mutations, alone_s, statistics.median(ordered),
                       p95(ordered), ordered[-1], wall, cpu, errors + idle_errors, rejected,
                       p95(sorted(idle_times)), idle_cpu, processes)


def p95(ordered: list[float]) -> float:
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def cpu_seconds(*pids: int) -> float:
    """User and system CPU time of processes, from ``/proc`` (Linux)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def burst(fleet: list[FleetDevice]) -> tuple[list[float], int, float]:
    """Every device syncs at the same moment; each sync's time, the failures, the wall time."""
    barrier = threading.Barrier(len(fleet) + 1)
    times: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(device: FleetDevice) -> None:
        barrier.wait()
        start = time.perf_counter()
        try:
            device.sync()
        except Exception as failure:  # counted: the goal is no error
            with lock:
                errors.append(failure)
            return
        with lock:
            times.append(time.perf_counter() - start)

    threads = [threading.Thread(target=run, args=(device,)) for device in fleet]
    for thread in threads:
        thread.start()
    barrier.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    for failure in errors[:3]:
        print(f"  fleet error: {failure!r}", file=sys.stderr)
    return times or [float("inf")], len(errors), wall
