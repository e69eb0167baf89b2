"""Run store work off the GUI thread, one operation at a time, results back by signal.

SQLite wants one writer; Argon2id takes half a second: neither may freeze the window. Like
Anki's ``CollectionOp``, every store call goes through ``StoreOperations.run`` on a
single-thread pool, and ``done``/``failed`` callbacks run on the GUI thread.

A failure needs no handler of its own: by default a ``CpiError`` (a refusal, the machine in the
way) is shown to the person in the window that asked (``shown_in``: a ``FailureSink`` shows it
where it says, any other widget in a message box over it), and anything else is a bug, raised
on the GUI thread. A write names what it touched (``change``); once it succeeded the lane
emits ``changed`` and every open screen refreshes what it shows of it: screens never reload
each other by hand.
"""

from __future__ import annotations

import gc
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from app.errors import CpiError
from ui.gui_gc import collect_on_gui_thread
from ui.qt import QObject, QRunnable, QThreadPool, Signal, Slot, is_alive

if TYPE_CHECKING:
    from ui.qt import QWidget

GIL_SWITCH_S = 0.001
T = TypeVar("T")


@runtime_checkable
class FailureSink(Protocol):
    """A screen that shows a refusal where the person is looking (under its fields, in its
    message line) rather than in a message box. It decides itself whether it is still there
    to show it (closed meanwhile: nothing to say)."""

    def show_failure(self, message: str) -> None: ...


@dataclass(frozen=True)
class Change:
    """What a successful write touched: a dossier, or ``None`` when it may be any."""

    case_id: uuid.UUID | None = None

    def touches(self, case_id: uuid.UUID) -> bool:
        return self.case_id is None or self.case_id == case_id


def show_failure(exc: BaseException, shown_in: FailureSink | QWidget | None = None) -> None:
    """The default failure path (on the GUI thread).

    A ``CpiError`` is for the person who asked: shown by ``shown_in`` if it is a
    ``FailureSink``, else in a warning over it (nothing when Qt deleted it meanwhile). Anything
    else is a bug and is raised here, on the GUI thread, as it would be without the lane.
    """
    if not isinstance(exc, CpiError):
        raise exc
    if isinstance(shown_in, QObject) and not is_alive(shown_in):
        return  # the window that asked is gone: nobody to tell
    if isinstance(shown_in, FailureSink):
        shown_in.show_failure(exc.message())
        return
    # Imported here: the unlock dialog's start-up imports this module, not the message box.
    from ui.plain import plain_message
    from ui.qt import QCoreApplication, QMessageBox
    box = plain_message(QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "cpi-terrain"),
        exc.message(), QMessageBox.StandardButton.Ok, shown_in))
    box.exec()


def refusal_ignored(exc: BaseException) -> None:
    """A failure handler for work nobody waits on (a draft saved in passing): a refusal is
    dropped on purpose, a bug still raises."""
    if not isinstance(exc, CpiError):
        raise exc


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
    would be destroyed there, off its thread (a crash, rarely). For the same reason the relay,
    not the job, holds the work and its outcome, and lets go of them on the GUI thread: the
    work's closure, a result, or an exception's traceback (whose frames hold ``self``) may
    be the last reference to a dialog; dropped on the lane, the dialog was destroyed there
    (a segmentation fault in the unlock dialog's tests, about one run in three).
    """

    outcome_ready = Signal()

    def __init__(self, done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 finished: Callable[[Relay], None], parent: QObject,
                 succeeded: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._done: Callable[[Any], None] | None = done
        self._failed: Callable[[BaseException], None] | None = failed
        self._finished = finished
        #: Called after ``done`` (even when its receiver is gone: the write happened).
        self._succeeded = succeeded
        #: Set on the GUI thread before the job starts; cleared there once delivered.
        self.work: Callable[[], Any] | None = None
        #: Set by the job (succeeded, value or exception) before ``outcome_ready``.
        self.outcome: tuple[bool, Any] | None = None
        self.outcome_ready.connect(self._deliver)

    @Slot()
    def _deliver(self) -> None:
        assert self.outcome is not None
        (succeeded, value), done, failed = self.outcome, self._done, self._failed
        after = self._succeeded
        self.outcome = self.work = self._done = self._failed = self._succeeded = None
        self._release()
        self._finished(self)
        if succeeded:
            if done is not None and receiver_alive(done):
                done(value)
            if after is not None:
                after()
        elif failed is not None and receiver_alive(failed):
            failed(value)

    def _release(self) -> None:
        """Drop what a subclass holds of the caller (on the GUI thread)."""


def receiver_alive(callback: Callable[..., None]) -> bool:
    """False when ``callback`` is a method of a widget Qt deleted meanwhile (a preview closed
    while its document was rendering): the result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or is_alive(owner)


class _Job(QRunnable):
    def __init__(self, relay: Relay) -> None:
        super().__init__()
        self._relay = relay

    def run(self) -> None:
        relay = self._relay
        assert relay.work is not None
        try:
            # No local keeps the work, its result or the exception past this point: the
            # relay holds them, and they are let go of on the GUI thread.
            relay.outcome = (True, relay.work())
        except BaseException as exc:  # handed to the GUI, never swallowed
            relay.outcome = (False, exc)
        relay.outcome_ready.emit()


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
        relay.work = work
        self._pool.start(_Job(relay))

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

    #: A write through the lane succeeded: the ``Change`` says what it touched.
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Store work is Python too: with the default 5 ms GIL switch interval the GUI thread
        # waited behind it (stalls of 80-100 ms while a search ran); 1 ms keeps it fluid.
        sys.setswitchinterval(GIL_SWITCH_S)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        shown_in: FailureSink | QWidget | None = None,
        change: Change | None = None,
    ) -> None:
        """Queue ``work``; then ``done(result)`` on the GUI thread, or ``failed(exc)``.

        Without ``failed``, the default path (``show_failure``) shows a refusal in
        ``shown_in`` and raises a bug. With ``change``, a success emits ``changed(change)``
        after ``done``, so that every open screen showing it refreshes.
        """
        handler = failed if failed is not None else partial(show_failure, shown_in=shown_in)
        succeeded = None if change is None else partial(self.changed.emit, change)
        self._start(work, Relay(done, handler, self._finished, self, succeeded))
