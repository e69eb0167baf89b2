"""Shared by the locking tests: the demo application, unlocked, and what its window shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.main import Application, parse_args
from ui.qt import QApplication, QLabel, QLineEdit, QListWidget


def screen_texts(app: Application) -> str:
    """Every text the main window shows: labels, fields, lists and the caseload's cells."""
    texts = [label.text() for label in app.window.findChildren(QLabel)]
    texts += [edit.text() for edit in app.window.findChildren(QLineEdit)]
    for listing in app.window.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    model = app.window.model
    texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
              for c in range(model.columnCount())]
    return "\n".join(texts)


def unlocked_demo(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  **options: int) -> Application:
    """``cpi-terrain --demo`` in this process, unlocked, its caseload on screen."""
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--demo"]), **options)
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None and app.demo_passphrase is not None
    app.dialog.passphrase.setText(app.demo_passphrase)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.model.rowCount() > 0,
                    timeout=20_000)
    return app


def close_demo(app: Application, qapp: QApplication) -> None:
    """Leave no dialog, timer or bus connection behind for the next test."""
    if app.dialog is not None:
        app.dialog.close()
    app.idle_lock.disarm()
    app.shutdown()
