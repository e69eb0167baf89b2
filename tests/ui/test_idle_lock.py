"""Auto-lock: after the idle time no name stays on screen and the store is closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.demo_app import close_demo, screen_texts, unlocked_demo
from ui.qt import QApplication


def test_idle_time_locks_the_store_and_wipes_the_screen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    app = unlocked_demo(qtbot, tmp_path, monkeypatch, idle_ms=1500)
    store = app.store
    assert store is not None
    family = app.window.model.row_at(0).family_name.split(" / ")[0]
    assert family in screen_texts(app)

    qtbot.waitUntil(lambda: app.store is None, timeout=10_000)
    assert app.operations.wait()
    assert store.is_locked
    assert not app.window.isVisible()
    assert family not in screen_texts(app)
    assert app.dialog is not None and app.dialog.isVisible()
    close_demo(app, qapp)
