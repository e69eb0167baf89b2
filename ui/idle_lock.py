"""Locking the caseload after a while without the agent touching keyboard or mouse.

A laptop left open on a family's kitchen table must not keep names on screen. The filter sees
every input event of the application; each restarts the countdown. Preferences set the delay
(default five minutes).
"""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QApplication, QEvent, QInputEvent, QObject, QTimer

DEFAULT_IDLE_MS = 5 * 60 * 1000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleLock(QObject):
    def __init__(self, on_idle: Callable[[], None], idle_ms: int = DEFAULT_IDLE_MS) -> None:
        super().__init__()
        self._on_idle = on_idle
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self) -> None:
        """Start counting (the store is open)."""
        self._timer.start()

    def disarm(self) -> None:
        """Stop counting (the store is locked)."""
        self._timer.stop()

    @property
    def idle_ms(self) -> int:
        return int(self._timer.interval())

    def set_idle_ms(self, idle_ms: int) -> None:
        self._timer.setInterval(idle_ms)
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A type check first (as ui.gui_gc's filter): this sees every event of the
        # application, and turning each one's type into a Python enum cost 5 us an event.
        if isinstance(event, QInputEvent) and event.type() in INPUT_EVENTS \
                and self._timer.isActive():
            self._timer.start()
        return False

    def _idle(self) -> None:
        self._on_idle()
