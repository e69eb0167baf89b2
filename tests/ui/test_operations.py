"""The lanes let go of the caller's objects on the GUI thread only: a work's closure, its
result or its exception's traceback may hold the last reference to a dialog, and a QWidget
destroyed off the GUI thread crashes the process (the unlock dialog's tests did, about one
run in three, before the relay held them)."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.errors import UserInputError
from app.i18n import Text
from ui.network import NetworkOperations
from ui.operations import Change, Lane, StoreOperations
from ui.qt import QApplication, QMessageBox, QTimer, QWidget


class _Sentinel:
    """Records the thread its last reference was dropped on."""

    def __init__(self, freed_on: list[int]) -> None:
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.get_ident())


def _closure_holding_the_last_reference(freed_on: list[int], *, fail: bool) -> Any:
    sentinel = _Sentinel(freed_on)

    def work(*_report: object) -> str:
        held = sentinel  # in the closure, and in the traceback's frame when it raises
        if fail:
            raise ValueError("refusé")
        return type(held).__name__

    return work


@pytest.mark.parametrize("fail", [False, True], ids=["result", "exception"])
@pytest.mark.parametrize("lane_kind", [StoreOperations, NetworkOperations])
def test_a_lane_lets_go_of_the_work_and_its_outcome_on_the_gui_thread(
        qtbot: QtBot, lane_kind: type[Lane], fail: bool) -> None:
    lane = lane_kind()
    freed_on: list[int] = []
    outcomes: list[object] = []
    work = _closure_holding_the_last_reference(freed_on, fail=fail)
    if isinstance(lane, NetworkOperations):
        progress: list[object] = []
        lane.run(work, outcomes.append, outcomes.append, progress.append)
    else:
        assert isinstance(lane, StoreOperations)
        lane.run(work, outcomes.append, outcomes.append)
    del work
    assert lane.wait()
    assert freed_on == []  # the job is done, but the relay still holds the work
    qtbot.waitUntil(lambda: bool(outcomes))
    outcomes.clear()  # the result, or the exception and its traceback's frames
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [threading.get_ident()]


class _Window(QWidget):
    """A window that shows refusals in its own message line (a ``FailureSink``)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def show_failure(self, message: str) -> None:
        self.shown.append(message)


def _refused() -> str:
    raise UserInputError(Text("Operations", "The birth date is in the future."))


def _buggy() -> str:
    raise ValueError("a bug")


def test_a_refusal_is_shown_in_the_window_that_asked(
        qtbot: QtBot, operations: StoreOperations) -> None:
    asking, other = _Window(), _Window()
    qtbot.addWidget(asking)
    qtbot.addWidget(other)
    results: list[str] = []
    operations.run(_refused, results.append, shown_in=asking)  # no handler of its own
    qtbot.waitUntil(lambda: bool(asking.shown))
    assert asking.shown == ["The birth date is in the future."]
    assert other.shown == [] and results == []


def test_a_refusal_shown_over_a_plain_window_is_a_warning_parented_to_it(
        qtbot: QtBot, operations: StoreOperations) -> None:
    asking = QWidget()
    qtbot.addWidget(asking)
    asking.show()
    seen: list[tuple[str, QWidget | None]] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.parentWidget()))
            box.accept()
        else:
            QTimer.singleShot(10, answer_the_box)

    QTimer.singleShot(0, answer_the_box)
    operations.run(_refused, lambda _result: None, shown_in=asking)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("The birth date is in the future.", asking)]


def test_a_bug_in_the_work_is_raised_on_the_gui_thread_not_shown(
        qtbot: QtBot, operations: StoreOperations) -> None:
    asking = _Window()
    qtbot.addWidget(asking)
    with qtbot.captureExceptions() as caught:
        operations.run(_buggy, lambda _result: None, shown_in=asking)
        qtbot.waitUntil(lambda: bool(caught))
    (kind, error, _traceback), = caught
    assert kind is ValueError and str(error) == "a bug"
    assert asking.shown == []


def test_a_write_says_what_it_changed_once_it_succeeded(
        qtbot: QtBot, operations: StoreOperations) -> None:
    changes: list[Change] = []
    operations.changed.connect(changes.append)
    case_id = uuid.uuid4()
    asking = _Window()
    qtbot.addWidget(asking)
    operations.run(_refused, lambda _result: None, shown_in=asking, change=Change(case_id))
    operations.run(lambda: "read", lambda _result: None)  # a read changes nothing
    with qtbot.waitSignal(operations.changed):
        operations.run(lambda: "written", lambda _result: None, change=Change(case_id))
    assert changes == [Change(case_id)] and asking.shown
    assert changes[0].touches(case_id) and not changes[0].touches(uuid.uuid4())
    assert Change().touches(case_id)  # unknown: every dossier refreshes
