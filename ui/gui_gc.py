"""Python's cyclic garbage collection, on the GUI thread only, and never while the agent works.

The collector runs in whichever thread allocates when a threshold is crossed. When that is the
store lane and the garbage holds Qt objects (the widgets of a wizard closed at a lock, a
dossier window), Qt destroys them off the GUI thread and the process crashes (seen as a
segmentation fault "Garbage-collecting" in the store lane). So the automatic collector is
switched off, as PyQt's documentation advises for threaded programs, and a timer on the GUI
thread collects instead: the young generations when their counts say so (a few ms), the full
heap only after a pause in typing and clicking (it walks every object: up to 140 ms) and at
each lock, when the screen is being wiped anyway.
"""

from __future__ import annotations

import gc
import time

from ui.input_watch import input_watch
from ui.qt import QCoreApplication, QObject, QTimer, is_alive

CHECK_MS = 200
#: While the store lane works it allocates fast: collect in small bites, between its GIL
#: switches, so that no big batch is left for the moment its result is painted.
BUSY_CHECK_MS = 5
#: A full collection waits for this long without input, and comes at most this often.
QUIET_S = 5.0
FULL_EVERY_S = 30.0


class GuiThreadCollector(QObject):
    """One per application, child of the QApplication: collects when the counts say so."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.collections = 0
        self._busy_lanes = 0
        self.last_full = time.monotonic()
        input_watch()  # watching the windows from now on

    def lane_busy(self, busy: bool) -> None:
        """A store lane started or finished work (several lanes may exist, in tests)."""
        self._busy_lanes = max(0, self._busy_lanes + (1 if busy else -1))
        self._timer.setInterval(BUSY_CHECK_MS if self._busy_lanes else CHECK_MS)

    @property
    def last_input(self) -> float:
        """``time.monotonic()`` of the agent's last input (``ui.input_watch``)."""
        watch = input_watch()
        return watch.last_input if watch is not None else 0.0

    @last_input.setter
    def last_input(self, at: float) -> None:
        watch = input_watch()
        if watch is not None:
            watch.last_input = at

    def check(self) -> None:
        """Collect the oldest generation that is due, as gc would, the full heap only when
        the agent paused."""
        counts, now = gc.get_count(), time.monotonic()
        generation = -1
        if counts[0] > self.thresholds[0]:
            generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 1
        if (counts[2] > self.thresholds[2] and now - self.last_input >= QUIET_S
                and now - self.last_full >= FULL_EVERY_S):
            generation = 2
        if generation >= 0:
            self.collect(generation)

    def collect(self, generation: int = 2) -> None:
        gc.collect(generation)
        self.collections += 1
        if generation == 2:
            self.last_full = time.monotonic()


_collectors: dict[int, GuiThreadCollector] = {}


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """The application's collector, installed on first use."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    collector = _collectors.get(id(app))
    if collector is None or not is_alive(collector):
        collector = _collectors[id(app)] = GuiThreadCollector(app)
    return collector


def collect_everything() -> None:
    """A full collection now, on the GUI thread (at a lock: nothing on screen to keep fluid)."""
    collector = collect_on_gui_thread()
    if collector is not None:
        collector.collect(2)
