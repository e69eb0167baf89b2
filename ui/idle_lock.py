"""Locking the caseload after a while without the agent touching keyboard or mouse.

A laptop left open on a family's kitchen table must not keep names on screen. Any input seen at
the application's windows (``ui.input_watch``) starts the countdown again. Preferences set the
delay (default five minutes).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ui.input_watch import input_watch
from ui.qt import QObject, QTimer

DEFAULT_IDLE_MS = 5 * 60 * 1000


class IdleLock(QObject):
    """Counts from the last input (``ui.input_watch``) or from ``arm``, whichever is later:
    when the countdown ends, input seen meanwhile starts it again for the time left."""

    def __init__(self, on_idle: Callable[[], None], idle_ms: int = DEFAULT_IDLE_MS) -> None:
        super().__init__()
        self._on_idle = on_idle
        self._armed_at = time.monotonic()
        self._idle_ms = idle_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._countdown_ended)
        input_watch()  # watching from now on: the windows shown before the unlock too

    def arm(self) -> None:
        """Start counting (the store is open)."""
        self._armed_at = time.monotonic()
        self._timer.start(self._idle_ms)

    def disarm(self) -> None:
        """Stop counting (the store is locked)."""
        self._timer.stop()

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int) -> None:
        self._idle_ms = idle_ms
        if self._timer.isActive():
            self._countdown_ended()

    def _countdown_ended(self) -> None:
        watch = input_watch()
        last = max(self._armed_at, watch.last_input if watch is not None else 0.0)
        left_ms = self._idle_ms - (time.monotonic() - last) * 1000
        if left_ms > 0:
            self._timer.start(max(1, int(left_ms)))
        else:
            self._on_idle()
