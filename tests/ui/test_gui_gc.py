"""Garbage is collected on the GUI thread only, even when the store lane makes it."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.gui_gc import GuiThreadCollector
from ui.operations import StoreOperations
from ui.qt import QApplication, QLineEdit, Qt


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


def test_typing_postpones_the_full_collection(
    qtbot: QtBot, qapp: QApplication, operations: StoreOperations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collector = qapp.findChild(GuiThreadCollector)
    assert collector is not None
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitActive(field)
    qtbot.wait(600)  # the input watch looks for new windows twice a second
    collector.last_input = 0.0
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_A)  # as the window system delivers it
    assert field.text() == "a"
    assert collector.last_input > 0.0
    generations: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (701, 11, 11))  # every generation due
    monkeypatch.setattr(gc, "collect", generations.append)
    collector.last_full = 0.0
    collector.check()
    assert generations == [1]  # the agent just typed: young generations only
    collector.last_input -= 60
    collector.check()
    assert generations == [1, 2] and collector.last_full > 0.0
