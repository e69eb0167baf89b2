"""When the agent last typed, clicked, scrolled or moved the mouse: one watch for the idle lock
(``ui.idle_lock``) and the full garbage collection (``ui.gui_gc``).

The watch filters the windows' own events (``QWindow``: input, expose, one update request per
frame), not the application's: an application-wide filter in Python saw every event of every
widget (child added, polish, layout, each widget's paint) and cost more than half of building
a step wizard (11 of 19 ms) and of a dossier window. Input from the window system always
arrives at a window first; a window is watched from the moment it gets the focus, and every
window is looked for twice a second (a window shown without taking the focus).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ui.qt import QCoreApplication, QEvent, QGuiApplication, QInputEvent, QObject, QTimer, is_alive

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

LOOK_EVERY_MS = 500
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class InputWatch(QObject):
    """One per application, child of the QApplication (``input_watch``)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        #: ``time.monotonic()`` of the last input event (the start, before any).
        self.last_input = time.monotonic()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
            self._looking = QTimer(self)
            self._looking.setInterval(LOOK_EVERY_MS)
            self._looking.timeout.connect(self.watch_every_window)
            self._looking.start()
            self.watch_every_window()

    def watch_every_window(self) -> None:
        """Watch every top-level window there is now (a few: cheap to do again)."""
        for window in QGuiApplication.topLevelWindows():
            self.watch(window)

    def watch(self, window: QWindow | None) -> None:
        """Watch ``window``'s input (again is harmless: Qt keeps one filter per object)."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A type check first: converting each event's type to its Python enum costs more.
        if isinstance(event, QInputEvent) and event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_s(self) -> float:
        """Seconds since the last input."""
        return time.monotonic() - self.last_input


_watches: dict[int, InputWatch] = {}


def input_watch() -> InputWatch | None:
    """The application's watch, started on first use (None without an application)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    watch = _watches.get(id(app))
    if watch is None or not is_alive(watch):
        watch = _watches[id(app)] = InputWatch(app)
    return watch
