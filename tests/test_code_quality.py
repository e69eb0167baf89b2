"""The code stays ruff and mypy clean, and the core stays free of Qt and HTTP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_may_not_import_qt_or_http() -> None:
    result = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "--stdin-filename", "app/probe.py", "-"],
        input="import PySide6\nimport httpx\nfrom ui import qt\n", cwd=ROOT,
        capture_output=True, text=True, timeout=60,
    )
    assert result.stdout.count("TID251") == 3, result.stdout
