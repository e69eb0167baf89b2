"""Garbage is collected on the GUI thread only, even when the store lane makes it."""

from __future__ import annotations

import gc
import threading
from typing import Any

from pytestqt.qtbot import QtBot

from ui.gui_gc import GuiThreadCollector
from ui.operations import StoreOperations
from ui.qt import QApplication


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _make_garbage() -> int:
    for _ in range(50_000):
        _Cycle()
    return 0


def test_the_lane_never_collects_and_the_gui_thread_does(
    qtbot: QtBot, qapp: QApplication, operations: StoreOperations,
) -> None:
    collector = qapp.findChild(GuiThreadCollector)
    assert collector is not None and not gc.isenabled()
    threads: list[str] = []

    def record(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        before = collector.collections
        done: list[int] = []
        for _ in range(4):
            operations.run(_make_garbage, done.append, lambda exc: None)
        qtbot.waitUntil(lambda: len(done) == 4, timeout=20_000)
        qtbot.waitUntil(lambda: collector.collections > before, timeout=5_000)
    finally:
        gc.callbacks.remove(record)
    assert threads and set(threads) == {threading.main_thread().name}
