"""Auto-lock: after the idle time no name stays on screen and the store is closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.main import Application, parse_args
from ui.qt import QApplication, QLabel, QLineEdit, QListWidget


def _screen_texts(app: Application) -> str:
    texts = [label.text() for label in app.window.findChildren(QLabel)]
    texts += [edit.text() for edit in app.window.findChildren(QLineEdit)]
    for listing in app.window.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    model = app.window.model
    texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
              for c in range(model.columnCount())]
    return "\n".join(texts)


def test_idle_time_locks_the_store_and_wipes_the_screen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--demo"]), idle_ms=1500)
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None and app.demo_passphrase is not None
    app.dialog.passphrase.setText(app.demo_passphrase)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.model.rowCount() > 0,
                    timeout=20_000)
    store = app.store
    assert store is not None
    family = app.window.model.row_at(0).family_name.split(" / ")[0]
    assert family in _screen_texts(app)

    qtbot.waitUntil(lambda: app.store is None, timeout=10_000)
    assert app.operations.wait()
    assert store.is_locked
    assert not app.window.isVisible()
    assert family not in _screen_texts(app)
    assert app.dialog is not None and app.dialog.isVisible()
    app.dialog.close()
    app.idle_lock.disarm()
    qapp.removeEventFilter(app.idle_lock)
    app.shutdown()
