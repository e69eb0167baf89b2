"""The input watch (``ui.input_watch``): input reaching a window is seen, a window's own work
is not, and the idle lock counts from the last input."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.idle_lock import IdleLock
from ui.input_watch import input_watch
from ui.qt import QApplication, QLineEdit, Qt, QVBoxLayout, QWidget


def shown_field(qtbot: QtBot) -> QLineEdit:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitActive(field)
    watch = input_watch()
    assert watch is not None
    qtbot.waitUntil(lambda: field.windowHandle() is not None)
    watch.watch_every_window()  # as its timer does twice a second
    return field


def test_input_at_a_window_is_seen_and_building_widgets_is_not(
        qtbot: QtBot, qapp: QApplication) -> None:
    watch = input_watch()
    assert watch is not None
    field = shown_field(qtbot)
    watch.last_input = 0.0
    page = QWidget()  # a window built, polished, laid out and painted: no input
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    for number in range(50):
        layout.addWidget(QLineEdit(f"champ {number}"))
    page.show()
    qtbot.waitExposed(page)
    page.close()
    assert watch.last_input == 0.0
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_B)
    assert field.text() == "b"
    assert watch.idle_s() < 1.0
    watch.last_input = 0.0
    QTest.mouseClick(field.windowHandle(), Qt.MouseButton.LeftButton)
    assert watch.idle_s() < 1.0


def test_the_idle_lock_counts_from_the_last_input(qtbot: QtBot, qapp: QApplication) -> None:
    field = shown_field(qtbot)
    locked: list[float] = []
    lock = IdleLock(lambda: locked.append(time.monotonic()), idle_ms=400)
    armed = time.monotonic()
    lock.arm()
    qtbot.wait(250)
    QTest.keyClick(field.windowHandle(), Qt.Key.Key_C)  # the agent types: the count restarts
    typed = time.monotonic()
    qtbot.wait(250)
    assert not locked  # 500 ms after arming, 250 after the input
    qtbot.waitUntil(lambda: bool(locked), timeout=3000)
    assert locked[0] - typed >= 0.39
    assert locked[0] - armed >= 0.6
    lock.disarm()


def test_an_idle_lock_disarmed_never_locks(qtbot: QtBot, qapp: QApplication) -> None:
    locked: list[bool] = []
    lock = IdleLock(lambda: locked.append(True), idle_ms=100)
    lock.arm()
    lock.disarm()
    qtbot.wait(300)
    assert not locked
    lock.set_idle_ms(50)  # changed in the preferences while locked: still nothing
    qtbot.wait(150)
    assert not locked
