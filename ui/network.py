"""The network lane: server calls (sync, enrolment, the reachability probe) off the GUI thread.

A sync waits on the network for seconds; on the store lane it would hold up every caseload
read meanwhile. So it gets its own single-thread pool, like ``StoreOperations``: ``done`` and
``failed`` run on the GUI thread, and the work may report progress, delivered there too. Its
store transactions run next to the store lane's (``Store`` lets one writer in at a time).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.gui_gc import collect_on_gui_thread
from ui.operations import Relay, receiver_alive
from ui.qt import QObject, QRunnable, QThreadPool, Signal, Slot

#: What the work gets to report progress with (any value; it reaches ``progress``).
Report = Callable[[Any], None]


class _Relay(Relay):
    """A store lane's relay that also carries progress to the GUI thread."""

    progressed = Signal(object)

    def __init__(self, done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 progress: Callable[[Any], None] | None,
                 finished: Callable[[_Relay], None], parent: QObject) -> None:
        super().__init__(done, failed, finished, parent)  # type: ignore[arg-type]
        self._progress = progress
        self.progressed.connect(self._on_progressed)

    @Slot(object)
    def _on_progressed(self, value: Any) -> None:
        if self._progress is not None and receiver_alive(self._progress):
            self._progress(value)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Report], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except BaseException as exc:  # handed to the GUI, never swallowed
            self._relay.failed.emit(exc)
            return
        self._relay.succeeded.emit(result)


class NetworkOperations(QObject):
    """The single background lane for talking to the ONE server."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        collector = collect_on_gui_thread()  # this lane must never destroy Qt objects either
        if collector is not None:
            self.busy_changed.connect(collector.lane_busy)

    def run(self, work: Callable[[Report], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None],
            progress: Callable[[Any], None] | None = None) -> None:
        """Queue ``work(report)``; ``report(value)`` calls ``progress(value)`` on the GUI
        thread."""
        relay = _Relay(done, failed, progress, self._finished, self)
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is finished (shutdown and tests only)."""
        return bool(self._pool.waitForDone(msecs))
