"""The sync's speed on loopback (issue 6): a day's work up and down, bytes on the wire, and 150
agents syncing at once against one server process on PostgreSQL.

Run from the project root: ``python bench/sync.py`` (about two minutes; PostgreSQL installed,
as root: the fleet part starts a throwaway cluster with ``tests/pg_cluster.py``).

1. An agent's device with 50, 100 and 200 mutations of dossier work (made with the services)
   syncs with the server (the FastAPI app served by uvicorn in this process, on SQLite); then
   an office clerk's device downloads them. Both had synced before the work, as on any day.
   Times are medians of ``REPEATS`` runs, each on a fresh server and fresh devices; round trips
   are compared with the 50-mutation run of the same bench. Goals: 200 mutations up and down
   in under 1 s; as many round trips for 200 as for 50 (one upload batch holds them).
2. Every byte of both syncs (HTTP heads included, bodies gzipped) against the same changes as
   plain JSON, gzipped: the mutations sent, the rows received. Goal: at most 1.5x.
3. See ``bench/sync_fleet.py``. Goals: p95 of a full sync under 2 s, no error.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sync_day import BenchDevice, day_of_work  # bench/ itself, the script's folder
from sync_fleet import FleetResult, run_fleet

from app.domain import UserRole
from sync.protocol import UPLOAD_BATCH
from tests.sync.harness import Server

COUNTS = (50, 100, 200, 500)
DAY = 200
REPEATS = 3
DAY_LIMIT_S = 1.0
BYTES_LIMIT = 1.5
P95_LIMIT_S = 2.0


@dataclass(frozen=True)
class DayRun:
    upload_s: float
    download_s: float
    upload_trips: int
    download_trips: int
    wire_bytes: int
    gzipped_json_bytes: int


def one_day(mutations: int, folder: Path) -> DayRun:
    """Fresh server and devices; the agent's sync, then the clerk's."""
    with Server.running(f"sqlite:///{folder / 'server.sqlite'}") as server:
        server.user("agent.bench", name="Agent de banc")
        server.user("clerk.bench", UserRole.OFFICE_CLERK, name="Employé de banc")
        agent = BenchDevice.enrol(server.url, folder / "agent", "agent.bench",
                                  server.code("agent.bench"))
        clerk = BenchDevice.enrol(server.url, folder / "clerk", "clerk.bench",
                                  server.code("clerk.bench"))
        try:
            agent.sync()
            clerk.sync()
            day_of_work(agent, mutations)
            for device in (agent, clerk):
                device.transport.reset()
            start = time.perf_counter()
            report = agent.sync()
            upload = time.perf_counter() - start
            assert report.applied + report.merged == mutations, report
            start = time.perf_counter()
            clerk.sync()
            download = time.perf_counter() - start
            return DayRun(upload, download, agent.transport.round_trips,
                          clerk.transport.round_trips,
                          agent.transport.wire() + clerk.transport.wire(),
                          agent.transport.gzipped_json() + clerk.transport.gzipped_json())
        finally:
            agent.close()
            clerk.close()


def days() -> dict[int, list[DayRun]]:
    runs: dict[int, list[DayRun]] = {count: [] for count in COUNTS}
    for repeat in range(REPEATS):
        for count in COUNTS:
            with tempfile.TemporaryDirectory(prefix="cpi-bench-sync-") as scratch:
                runs[count].append(one_day(count, Path(scratch)))
        print(f"  day of work, round {repeat + 1}/{REPEATS} done", file=sys.stderr)
    return runs


def median(runs: list[DayRun], name: str) -> float:
    return statistics.median(float(getattr(run, name)) for run in runs)


def verdict(name: str, value: float, limit: float, ok: bool, digits: int = 2) -> str:
    return (f"goal: {name} = {value:.{digits}f} (limit {limit:.{digits}f}) "
            f"{'ok' if ok else 'MISSED'}")


def main() -> int:
    runs = days()
    fleet = run_fleet()
    base = runs[COUNTS[0]]
    print(f"upload batch {UPLOAD_BATCH}; medians of {REPEATS} runs; agent then office clerk")
    print(f"{'mutations':>9} {'agent sync s':>12} {'clerk sync s':>12} {'total s':>8} "
          f"{'trips up':>8} {'trips dn':>8} {'trips/50':>8} {'wire kB':>8} {'gz JSON kB':>10} "
          f"{'ratio':>6}")
    for count, done in runs.items():
        trips = median(done, "upload_trips") + median(done, "download_trips")
        base_trips = median(base, "upload_trips") + median(base, "download_trips")
        wire, gz = median(done, "wire_bytes"), median(done, "gzipped_json_bytes")
        print(f"{count:>9} {median(done, 'upload_s'):>12.3f} {median(done, 'download_s'):>12.3f}"
              f" {median(done, 'upload_s') + median(done, 'download_s'):>8.3f}"
              f" {median(done, 'upload_trips'):>8.0f} {median(done, 'download_trips'):>8.0f}"
              f" {trips / base_trips:>8.2f} {wire / 1000:>8.1f} {gz / 1000:>10.1f}"
              f" {wire / gz:>6.2f}")
    print()
    print_fleet(fleet)
    print()
    day = runs[DAY]
    total = median(day, "upload_s") + median(day, "download_s")
    extra = (median(day, "upload_trips") + median(day, "download_trips")
             - median(base, "upload_trips") - median(base, "download_trips"))
    ratio = median(day, "wire_bytes") / median(day, "gzipped_json_bytes")
    print(verdict("day_of_work_200_up_and_down_s", total, DAY_LIMIT_S, total < DAY_LIMIT_S))
    print(verdict("round_trips_200_minus_50", extra, 0, extra <= 0, 0))
    print(verdict("wire_vs_gzipped_json", ratio, BYTES_LIMIT, ratio <= BYTES_LIMIT))
    print(verdict("fleet_150_p95_s", fleet.p95, P95_LIMIT_S, fleet.p95 < P95_LIMIT_S))
    print(verdict("fleet_150_errors", fleet.errors, 0, fleet.errors == 0, 0))
    return 0


def print_fleet(fleet: FleetResult) -> None:
    print(f"{fleet.agents} agents at once, one cpi-server process on PostgreSQL, "
          f"{fleet.mutations} mutations each; full sync = handshake + upload + download")
    print(f"{'measure':<34} {'s':>7} {'vs alone':>8}")
    print(f"{'one agent alone (baseline)':<34} {fleet.alone:>7.3f} {1:>8.2f}")
    for name, value in (("p50", fleet.p50), ("p95", fleet.p95), ("max", fleet.max)):
        print(f"{name + ' of 150 at once':<34} {value:>7.3f} {value / fleet.alone:>8.2f}")
    print(f"{'wall time of the burst':<34} {fleet.wall:>7.3f}")
    print(f"{'server process CPU in the burst':<34} {fleet.server_cpu:>7.3f} "
          f"({fleet.server_cpu / fleet.wall:.0%} of one core)")
    print(f"{'p95, nothing to send (just before)':<34} {fleet.idle_p95:>7.3f} "
          f"{fleet.idle_p95 / fleet.alone:>8.2f}")
    print(f"{'server CPU, nothing to send':<34} {fleet.idle_server_cpu:>7.3f} "
          f"({1000 * fleet.idle_server_cpu / fleet.agents:.1f} ms a sync; with the work "
          f"{1000 * fleet.server_cpu / fleet.agents:.1f} ms)")
    print(f"errors {fleet.errors}, rejected mutations {fleet.rejected}")


if __name__ == "__main__":
    sys.exit(main())
