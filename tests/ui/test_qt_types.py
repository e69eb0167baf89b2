"""PySide6's types are made by ``ui.qt.type_steps`` before the store lane needs them.

Checked in a fresh interpreter (this one made its types long ago): after the steps, loading the
main window's modules (on the lane, in the application) and showing PySide6 a Qt-private
QObject (which makes it discover every QObject class at once) make next to no new type. A
PySide6 upgrade that adds QObject classes fails here: extend ``ui.qt._DISCOVERED``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import enum, json, sys
made = []
original = enum.EnumType._create_
def counted(cls, *args, **kwargs):
    made.append(args[0] if args else kwargs.get("class_name"))
    return original(cls, *args, **kwargs)
enum.EnumType._create_ = counted
from ui.qt import QApplication, type_steps, _discover
app = QApplication([])
steps = type_steps()
before = len(made)
for step in steps:
    step()
by_steps = len(made) - before
before = len(made)
import ui.main_window, ui.session_watch
by_imports = len(made) - before
before = len(made)
_discover()
print(json.dumps({"steps": by_steps, "imports": by_imports, "discovery": len(made) - before,
                  "step_count": len(steps)}))
"""


def test_the_steps_make_the_types_the_lane_and_the_discovery_would() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    made = json.loads(out.strip().splitlines()[-1])
    assert made["steps"] > 100  # the steps did make the bulk of them
    assert made["step_count"] > 10  # a few classes a step, not all at once
    assert made["imports"] <= 5, made  # the lane's imports find their types made
    assert made["discovery"] <= 5, made  # nothing left for a discovery on the GUI thread
