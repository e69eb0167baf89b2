"""The network lane: server calls (sync, enrolment, the reachability probe) off the GUI thread.

A sync waits on the network for seconds; on the store lane it would hold up every caseload
read meanwhile. So it gets its own single-thread pool, like ``StoreOperations``: ``done`` and
``failed`` run on the GUI thread, and the work may report progress, delivered there too. Its
store transactions run next to the store lane's (``Store`` lets one writer in at a time).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ui.operations import Lane, Relay, receiver_alive
from ui.qt import QObject, Signal, Slot

#: What the work gets to report progress with (any value; it reaches ``progress``).
Report = Callable[[Any], None]


class _Relay(Relay):
    """A store lane's relay that also carries progress to the GUI thread."""

    progressed = Signal(object)

    def __init__(self, done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 progress: Callable[[Any], None] | None,
                 finished: Callable[[Relay], None], parent: QObject) -> None:
        super().__init__(done, failed, finished, parent)
        self._progress = progress
        self.progressed.connect(self._on_progressed)

    @Slot(object)
    def _on_progressed(self, value: Any) -> None:
        if self._progress is not None and receiver_alive(self._progress):
            self._progress(value)

    def _release(self) -> None:
        self._progress = None


class NetworkOperations(Lane):
    """The single background lane for talking to the ONE server."""

    def run(self, work: Callable[[Report], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None],
            progress: Callable[[Any], None] | None = None) -> None:
        """Queue ``work(report)``; ``report(value)`` calls ``progress(value)`` on the GUI
        thread."""
        relay = _Relay(done, failed, progress, self._finished, self)
        self._start(partial(work, relay.progressed.emit), relay)
