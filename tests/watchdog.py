"""A GUI-thread watchdog: the longest event-loop stall while a scenario runs.

A precise timer ticks every few milliseconds on the GUI thread; when the thread is busy (a
blocking store call, a model reset, a heavy paint) the next tick comes late. The largest gap
between two ticks, minus the interval, is the longest time the window could not answer. One
implementation for the tests (a generous freeze bound) and ``bench/ui.py`` (the 50 ms goal).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from ui.qt import QElapsedTimer, Qt, QTimer

TICK_MS = 5


class StallWatchdog:
    """Measures the longest stall of the GUI thread's event loop while it is started.

    Use it from the GUI thread, with the event loop running (``qtbot.waitUntil``,
    ``processEvents``): ticks only happen when events are processed.
    """

    def __init__(self, interval_ms: int = TICK_MS) -> None:
        self.interval_ms = interval_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last_ms = 0
        self._last_cpu_s = 0.0
        self.longest_ms = 0.0
        #: CPU time the GUI thread itself spent within the longest stall: the rest is waiting
        #: (for the GIL behind another thread, or for a core on a busy machine).
        self.longest_cpu_ms = 0.0
        #: The most CPU time the GUI thread itself spent between two ticks: work done on the
        #: GUI thread, whatever a loaded machine adds to the wall-clock stalls.
        self.busiest_cpu_ms = 0.0
        self.ticks = 0
        #: The longest stall of each named scenario (see ``watch``), and its CPU time.
        self.stalls: dict[str, float] = {}
        self.stall_cpu: dict[str, float] = {}

    def start(self) -> None:
        """Forget earlier figures and start ticking."""
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0
        self.busiest_cpu_ms = 0.0
        self.ticks = 0
        self._clock.start()
        self._last_ms = 0
        self._last_cpu_s = time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        """Stop ticking, count the time since the last tick as a gap too; the longest stall."""
        self._timer.stop()
        self._record(self._clock.elapsed())
        return self.longest_ms

    def _tick(self) -> None:
        self.ticks += 1
        self._record(self._clock.elapsed())

    def _record(self, now_ms: int) -> None:
        cpu_s = time.thread_time()
        gap_ms = float(now_ms - self._last_ms - self.interval_ms)
        gap_cpu_ms = (cpu_s - self._last_cpu_s) * 1000
        self.busiest_cpu_ms = max(self.busiest_cpu_ms, gap_cpu_ms)
        if gap_ms > self.longest_ms:
            self.longest_ms = gap_ms
            self.longest_cpu_ms = gap_cpu_ms
        self._last_ms, self._last_cpu_s = now_ms, cpu_s

    @contextmanager
    def watch(self, scenario: str) -> Iterator[StallWatchdog]:
        """Measure the ``with`` block; its longest stall goes to ``stalls[scenario]``."""
        self.start()
        try:
            yield self
        finally:
            self.stalls[scenario] = self.stop()
            self.stall_cpu[scenario] = self.longest_cpu_ms
