"""The lanes let go of the caller's objects on the GUI thread only: a work's closure, its
result or its exception's traceback may hold the last reference to a dialog, and a QWidget
destroyed off the GUI thread crashes the process (the unlock dialog's tests did, about one
run in three, before the relay held them)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.network import NetworkOperations
from ui.operations import Lane, StoreOperations


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
