"""The server's CPU for a sync, for ``bench/sync.py`` (issue 18): a ``cpi-server`` process on
PostgreSQL (``bench/server_launcher.py``: the product's app with one constant route added), its
CPU read from ``/proc`` before and after (user and system time of the whole process: uvicorn's
loop, the thread pool, the database driver; PostgreSQL's own processes not counted).

1. A sync with nothing to send (handshake and download, the agents' every-few-minutes case)
   against a bare request through the same stack: ``POST /api/bench/constant`` with the same
   headers and token, answered with a constant by the same uvicorn and middlewares.
2. Per mutation uploaded (the sync with the work, less a sync with nothing to send, over the
   mutations it carried) against inserting the rows those uploads left in the database (the
   records, their log entries, the stored answers) with psycopg's ``executemany`` into copies
   of the same tables: the CPU of the bench's thread doing it (the driver's share, as the
   server process's is the driver's and the app's).
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Json
from sync_fleet import FleetDevice, FleetServer, cpu_seconds, enrolled_fleet

from sync.client.transport import send_raw

LAUNCHER = Path(__file__).resolve().parent / "server_launcher.py"
IDLE_DEVICES = 10
IDLE_ROUNDS = 10
CONSTANT_REQUESTS = 300
UPLOADERS = 10


@dataclass(frozen=True)
class ServerCpu:
    idle_sync_ms: float  # server CPU of one sync with nothing to send
    idle_requests: int  # requests of that sync
    constant_ms: float  # server CPU of one bare request (constant route)
    per_mutation_ms: float  # server CPU per mutation uploaded (sync with work less idle sync)
    executemany_ms: float  # CPU of psycopg's executemany of the same rows, per mutation
    mutations: int
    rows: int


def run_server_cpu() -> ServerCpu:
    server = FleetServer()
    with tempfile.TemporaryDirectory(prefix="cpi-bench-cpu-") as scratch, enrolled_fleet(
            IDLE_DEVICES + UPLOADERS + 1, Path(scratch), log=False,
            program=[sys.executable, str(LAUNCHER)], server=server) as (fleet, pid, _n):
        fleet = list(fleet)
        fleet.pop().sync()  # warms the server's statement caches, uploads included
        idle = [FleetDevice(d.transport, d.device_id, []) for d in fleet[:IDLE_DEVICES]]
        for device in idle:
            device.sync()  # the cursors at the log's end: the next syncs bring nothing
        before = cpu_seconds(pid)
        trips = idle[0].transport.round_trips
        for _ in range(IDLE_ROUNDS):
            for device in idle:
                device.sync()
        idle_s = (cpu_seconds(pid) - before) / (IDLE_ROUNDS * len(idle))
        idle_requests = (idle[0].transport.round_trips - trips) // IDLE_ROUNDS
        transport = idle[0].transport
        before = cpu_seconds(pid)
        for _ in range(CONSTANT_REQUESTS):
            send_raw(transport, "POST", "/api/bench/constant", content=b"{}",
                     headers={"Content-Type": "application/json"})
        constant_s = (cpu_seconds(pid) - before) / CONSTANT_REQUESTS
        uploaders = fleet[IDLE_DEVICES:IDLE_DEVICES + UPLOADERS]
        sent = [m for device in uploaders for m in device.outbox]
        for device in uploaders:  # their morning's cursors, so that the sync below reads
            work, device.outbox = device.outbox, []  # only what it wrote itself
            device.sync()
            device.outbox = work
        before = cpu_seconds(pid)
        for device in uploaders:
            device.sync()
        work_s = cpu_seconds(pid) - before - len(uploaders) * idle_s
        assert not any(device.rejected for device in uploaders)
        rows, insert_s = _executemany(server.database_url, [(m.entity, m.record_id) for m in sent],
                                      [m.mutation_id for m in sent])
    return ServerCpu(1000 * idle_s, idle_requests, 1000 * constant_s,
                     1000 * work_s / len(sent), 1000 * insert_s / len(sent), len(sent), rows)


def _executemany(url: str, records: Sequence[tuple[str, uuid.UUID]],
                 mutations: Sequence[uuid.UUID]) -> tuple[int, float]:
    """The rows the uploads left (records, log entries, stored answers) inserted again with
    ``executemany`` into copies of their tables; the rows and the thread's CPU seconds."""
    by_table: dict[str, set[uuid.UUID]] = {}
    for entity, record_id in records:
        by_table.setdefault(entity, set()).add(record_id)
    wanted = [(table, "id", list(ids)) for table, ids in by_table.items()]
    wanted += [("change_log", "record_id", [r for ids in by_table.values() for r in ids]),
               ("applied_mutation", "mutation_id", list(mutations))]
    with psycopg.connect(url.replace("postgresql+psycopg:", "postgresql:"),
                         autocommit=True) as connection:
        copies: list[tuple[sql.Composed, list[tuple[Any, ...]]]] = []
        connection.execute("CREATE SCHEMA bench")
        for table, key, ids in wanted:
            cursor = connection.execute(
                sql.SQL("SELECT * FROM {} WHERE {} = ANY(%s)").format(
                    sql.Identifier(table), sql.Identifier(key)), [ids])
            names = [column.name for column in cursor.description or []]
            found = [tuple(Json(v) if isinstance(v, dict | list) else v for v in row)
                     for row in cursor.fetchall()]
            connection.execute(sql.SQL("CREATE TABLE bench.{} (LIKE public.{} INCLUDING ALL)")
                               .format(sql.Identifier(table), sql.Identifier(table)))
            copies.append((sql.SQL("INSERT INTO bench.{} ({}) VALUES ({})").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names))), found))
        connection.autocommit = False
        start = time.thread_time()
        with connection.cursor() as cursor:
            for statement, found in copies:
                cursor.executemany(statement, found)
        connection.commit()
        spent = time.thread_time() - start
    return sum(len(found) for _statement, found in copies), spent
