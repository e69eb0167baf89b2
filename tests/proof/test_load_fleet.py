"""Issue 7, item 5: many agents syncing at once, then a soak, against a real ``cpi-server``
process on a real PostgreSQL over loopback (``bench/sync_fleet.py``'s fleet). Errors must be
none and the server's memory must not run away; latencies are reported, their goals live in
``bench/``. CI: 20 agents and a 20 s soak; ``CPI_PROOF=long``: 150 agents and one hour;
``CPI_PROOF_AGENTS`` and ``CPI_PROOF_SOAK_S`` set anything between (150 and 120: a medium run)."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

import pytest

from bench.sync_fleet import burst, enrolled_fleet, p95
from tests import pg_cluster
from tests.proof.budget import record, scale
from tests.proof.soak import SoakAgent, soak

AGENTS = int(os.environ.get("CPI_PROOF_AGENTS", scale(20, 150)))
SOAK_S = int(os.environ.get("CPI_PROOF_SOAK_S", scale(20, 3600)))
#: Past the warm-up, what a soak may add to the server's memory without being a leak.
RSS_SLACK_MB = 64

pytestmark = pytest.mark.skipif(pg_cluster.unavailable_reason() is not None,
                                reason=pg_cluster.unavailable_reason() or "")


def test_agents_sync_at_once_then_keep_syncing_without_error(tmp_path: Path) -> None:
    with enrolled_fleet(AGENTS, tmp_path, log=False) as (fleet, pid, mutations):
        agents = [SoakAgent.of(device) for device in fleet]
        times, errors, wall = burst(fleet)
        rejected = sum(device.rejected for device in fleet)
        conflicts = sum(device.conflicts for device in fleet)
        soaked = soak(agents, pid, SOAK_S)
    ordered = sorted(times)
    record("load_fleet", {
        "agents": AGENTS, "mutations_per_agent": mutations, "p50_s": round(
            statistics.median(ordered), 3), "p95_s": round(p95(ordered), 3),
        "burst_wall_s": round(wall, 2), "errors": errors + soaked.errors,
        "rejected": rejected + soaked.rejected, "conflicts": conflicts + soaked.conflicts,
        "soak_s": SOAK_S,
        "soak_syncs": soaked.syncs, "soak_p50_s": round(soaked.p50, 3),
        "soak_p95_s": round(soaked.p95, 3),
        "server_rss_mb_start": round(soaked.rss_start_mb, 1),
        "server_rss_mb_end": round(soaked.rss_end_mb, 1)})
    assert (errors, rejected, conflicts) == (0, 0, 0)
    assert (soaked.errors, soaked.rejected, soaked.conflicts) == (0, 0, 0)
    assert soaked.syncs >= AGENTS * min(SOAK_S, 5)  # every agent kept syncing
    assert soaked.rss_end_mb < soaked.rss_start_mb * 1.5 + RSS_SLACK_MB
