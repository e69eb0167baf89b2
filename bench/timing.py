"""Timing helpers shared by the bench scripts: alternate contenders, keep medians."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def timed(work: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    start = clock()
    work()
    return clock() - start


def interleaved_medians(works: dict[str, Callable[[], object]], repeats: int,
                        clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """Alternate the contenders run by run, so drift and noise hit both alike. ``clock``:
    ``time.thread_time`` counts the calling thread's own work only (what a busy machine
    adds, waiting for a core, left out)."""
    samples: dict[str, list[float]] = {name: [] for name in works}
    gc.disable()
    try:
        for work in works.values():  # warm-up: first read fills each page cache
            work()
        for _ in range(repeats):
            for name, work in works.items():
                samples[name].append(timed(work, clock))
    finally:
        gc.enable()
    return {name: statistics.median(values) for name, values in samples.items()}
