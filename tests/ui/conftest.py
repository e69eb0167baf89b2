"""UI fixtures: French translations installed, as the agents see the application."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from app import i18n as core_i18n
from ui.i18n import install_translations
from ui.operations import StoreOperations
from ui.qt import QApplication, QEvent, QSettings, Qt, QWidget
from ui.settings import SETTINGS_FORMAT


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """Preferences go to the test's folder, never to the developer's ~/.config."""
    folder = tmp_path / "settings"
    QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.UserScope, str(folder))
    # Nor the machine's: IT's system-wide file (the office server's address) too.
    QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.SystemScope, str(folder / "system"))
    return folder


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "fr")
    yield
    install_translations(qapp, "en")  # the translators go: the next test reads its own texts
    core_i18n.set_translator(None)
    core_i18n.set_language("fr")


@pytest.fixture
def operations(qtbot: QtBot) -> Iterator[StoreOperations]:
    ops = StoreOperations()
    yield ops
    assert ops.wait(), "store work still running at the end of the test"


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included.

    ``qtbot.keyClicks`` aborts the whole process on non-ASCII text (a Qt assertion), so each
    character goes as a key event that carries its text, as a keyboard layout would send it.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
