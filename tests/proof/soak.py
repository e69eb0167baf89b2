"""The soak: agents of ``bench/sync_fleet.py`` keep syncing, each time with one fresh small edit
(their first dossier's working frame), until a fixed time; every loop stops by itself (a deadline
and a cap on rounds). The server's resident memory is read at the start and at the end."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.sync_fleet import FleetDevice, p95
from sync.protocol import Mutation, Operation

#: Between two syncs of one agent: a busy day compressed, not a tight loop.
PAUSE_S = 1.0


@dataclass
class SoakAgent:
    device: FleetDevice
    case_id: uuid.UUID
    clock: int
    frame: str = ""

    @classmethod
    def of(cls, device: FleetDevice) -> SoakAgent:
        """Before the device's outbox goes: its first dossier and its clock."""
        case_id = next(m.record_id for m in device.outbox
                       if m.entity == "case_file" and m.operation is Operation.INSERT)
        frame = next(m.changes["working_frame"][1] for m in reversed(device.outbox)
                     if m.record_id == case_id and "working_frame" in m.changes)
        return cls(device, case_id, max(m.device_clock for m in device.outbox), frame)

    def edit(self) -> Mutation:
        """A new working frame, on the version the server last gave back."""
        self.clock += 1
        before, self.frame = self.frame, f"Point de suivi n° {self.clock} (synthétique)"
        return Mutation(mutation_id=uuid.uuid4(), entity="case_file", record_id=self.case_id,
                        operation=Operation.UPDATE,
                        changes={"working_frame": [before, self.frame]},
                        base_version=self.device.versions[self.case_id],
                        device_clock=self.clock, created_at=datetime.now(UTC))


@dataclass(frozen=True)
class SoakResult:
    seconds: float
    syncs: int
    p50: float
    p95: float
    errors: int
    rejected: int
    conflicts: int
    rss_start_mb: float
    rss_end_mb: float


def rss_mb(pid: int) -> float:
    """A process's resident memory, from ``/proc`` (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def soak(agents: list[SoakAgent], server_pid: int, seconds: float) -> SoakResult:
    rss_start = rss_mb(server_pid)
    deadline = time.monotonic() + seconds
    most = int(seconds / PAUSE_S) + 1
    times: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    before = [(agent.device.rejected, agent.device.conflicts) for agent in agents]

    def run(agent: SoakAgent) -> None:
        for _round in range(most):
            if time.monotonic() >= deadline:
                return
            agent.device.outbox = [agent.edit()]
            start = time.perf_counter()
            try:
                agent.device.sync()
            except Exception as failure:  # counted: the goal is none
                with lock:
                    errors.append(failure)
            else:
                with lock:
                    times.append(time.perf_counter() - start)
            time.sleep(PAUSE_S)

    started = time.monotonic()
    threads = [threading.Thread(target=run, args=(agent,), daemon=True) for agent in agents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ordered = sorted(times) or [float("inf")]
    for failure in errors[:3]:
        print(f"  soak error: {failure!r}")
    return SoakResult(time.monotonic() - started, len(times), statistics.median(ordered),
                      p95(ordered), len(errors),
                      sum(a.device.rejected - b[0] for a, b in zip(agents, before, strict=True)),
                      sum(a.device.conflicts - b[1] for a, b in zip(agents, before, strict=True)),
                      rss_start, rss_mb(server_pid))
