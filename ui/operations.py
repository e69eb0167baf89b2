"""Run store work off the GUI thread, one operation at a time, results back by signal.

SQLite wants one writer; Argon2id takes half a second: neither may freeze the window. Like
Anki's ``CollectionOp``, every store call goes through ``StoreOperations.run`` on a
single-thread pool, and ``done``/``failed`` callbacks run on the GUI thread.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

from ui.gui_gc import collect_on_gui_thread
from ui.qt import QObject, QRunnable, QThreadPool, Signal, Slot, is_alive

GIL_SWITCH_S = 0.001


def freeze_heap() -> None:
    """Hide the objects alive now (modules, classes, mappers) from the cyclic collector.

    A full collection walks every tracked object holding the GIL, on whichever thread
    allocates: with the core and the window loaded (about 130,000 objects) it took 90 ms, and
    when the store lane triggered it the GUI thread waited just as long. Called once the
    modules are loaded and before any dossier is read, it leaves collections the objects made
    later (5 ms); only cycles already garbage at that moment are never freed. Once per
    process: after a lock, the heap may hold garbage with names, which must stay collectable.
    """
    if not gc.get_freeze_count():
        gc.freeze()


class Relay(QObject):
    """Lives on the GUI thread; its slots are therefore called there (queued connection).

    Owned by the StoreOperations (its Qt parent) and deleted with ``deleteLater``: the job on
    the lane also holds it, and a Python-owned QObject whose last reference drops on the lane
    would be destroyed there, off its thread (a crash, rarely).
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 finished: Callable[[Relay], None], parent: QObject) -> None:
        super().__init__(parent)
        self._done = done
        self._failed = failed
        self._finished = finished
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, value: Any) -> None:
        self._finished(self)
        if receiver_alive(self._done):
            self._done(value)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finished(self)
        if receiver_alive(self._failed):
            self._failed(exc)


def receiver_alive(callback: Callable[..., None]) -> bool:
    """False when ``callback`` is a method of a widget Qt deleted meanwhile (a preview closed
    while its document was rendering): the result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or is_alive(owner)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI, never swallowed
            self._relay.failed.emit(exc)
            return
        self._relay.succeeded.emit(result)


class Lane(QObject):
    """A single-thread background lane: work runs off the GUI thread, its outcome on it."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[Relay] = set()
        collector = collect_on_gui_thread()  # the lane must never destroy Qt objects
        if collector is not None:
            self.busy_changed.connect(collector.lane_busy)

    def _start(self, work: Callable[[], Any], relay: Relay) -> None:
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def _finished(self, relay: Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()  # on the GUI thread, whoever holds the last Python reference
        if not self._relays:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is finished (shutdown and tests only)."""
        return bool(self._pool.waitForDone(msecs))


class StoreOperations(Lane):
    """The single background lane for store work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Store work is Python too: with the default 5 ms GIL switch interval the GUI thread
        # waited behind it (stalls of 80-100 ms while a search ran); 1 ms keeps it fluid.
        sys.setswitchinterval(GIL_SWITCH_S)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._start(work, Relay(done, failed, self._finished, self))
