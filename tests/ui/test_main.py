"""``cpi-terrain --demo`` end to end: demo store made, unlocked with the shown passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.store import StorePaths
from ui import main as entry
from ui.qt import QApplication, QImage


def test_demo_opens_on_invented_families_and_saves_screens(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shots = tmp_path / "shots"

    assert entry.main(["--demo", "--screenshot", str(shots)]) == 0

    for name in ("unlock.png", "caseload.png"):
        image = QImage(str(shots / name))
        assert not image.isNull() and image.width() > 300, name
    demo_store = StorePaths(tmp_path / "data" / "cpi-terrain" / "demo")
    assert demo_store.exists()
    assert not demo_store.database.read_bytes().startswith(b"SQLite format 3")


def test_screenshot_needs_demo(tmp_path: Path) -> None:
    assert entry.main(["--screenshot", str(tmp_path)]) == 2
