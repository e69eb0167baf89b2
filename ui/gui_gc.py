"""Python's cyclic garbage collection, on the GUI thread only.

The collector runs in whichever thread allocates when a threshold is crossed. When that is the
store lane and the garbage holds Qt objects (the widgets of a wizard closed at a lock, a
dossier window), Qt destroys them off the GUI thread and the process crashes (seen as a
segmentation fault "Garbage-collecting" in the store lane). So the automatic collector is
switched off and a timer on the GUI thread collects instead, with the same thresholds, as
PyQt's documentation advises for threaded programs.
"""

from __future__ import annotations

import gc

from ui.qt import QCoreApplication, QObject, QTimer

CHECK_MS = 200


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

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as gc would."""
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if count > threshold:
                generation = index
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1


def collect_on_gui_thread() -> None:
    """Install the collector once (safe to call from every place that starts threads)."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
