"""Timing helpers shared by the bench scripts: alternate contenders, keep medians."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def interleaved_medians(works: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    """Alternate the contenders run by run, so drift and noise hit both alike."""
    samples: dict[str, list[float]] = {name: [] for name in works}
    gc.disable()
    try:
        for work in works.values():  # warm-up: first read fills each page cache
            work()
        for _ in range(repeats):
            for name, work in works.items():
                samples[name].append(timed(work))
    finally:
        gc.enable()
    return {name: statistics.median(values) for name, values in samples.items()}
