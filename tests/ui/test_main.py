"""``cpi-terrain --demo`` end to end, in its own process as a user starts it: demo store made,
unlocked with the passphrase shown on screen, caseload displayed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.store.store import StorePaths
from ui.qt import QApplication, QImage

ROOT = Path(__file__).resolve().parents[2]


def _run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_demo_opens_on_invented_families_and_saves_screens(
    qapp: QApplication, tmp_path: Path
) -> None:
    shots = tmp_path / "shots"
    result = _run_app(tmp_path, "--demo", "--screenshot", str(shots))
    assert result.returncode == 0, result.stderr

    for name in ("unlock.png", "caseload.png", "dossier.png"):
        image = QImage(str(shots / name))
        assert not image.isNull() and image.width() > 300, name
    demo_store = StorePaths(tmp_path / "data" / "cpi-terrain" / "demo" / "store")
    assert demo_store.exists()
    assert not demo_store.database.read_bytes().startswith(b"SQLite format 3")


def test_screenshot_needs_demo(tmp_path: Path) -> None:
    result = _run_app(tmp_path, "--screenshot", str(tmp_path))
    assert result.returncode == 2 and "--demo" in result.stderr
