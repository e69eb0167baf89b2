"""Start-up time: launch to the unlock dialog, and unlock to the caseload on screen.

Run from the project root: ``python bench/startup.py`` (Qt runs offscreen). The launch time is
measured from the parent process, launch to the moment the child reports its first window shown,
for ``cpi-terrain`` (unlock dialog) and for a bare PySide6 window, alternated, median of 15 each:
both pay the interpreter and Qt start-up alike. Goal (issue 4): the application at most 1.5x the
bare window. The second figure opens a store of 500 dossiers with the default Argon2id cost and
times passphrase submitted -> caseload shown, submitted once the application has prepared the
main window (as it does while an agent types; at most TYPING_S after the dialog shows).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workflow import generate  # bench/ itself, the script's folder

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.store.keyfile import DEFAULT_KDF
from app.store.store import create_store
from ui.main import Application, parse_args
from ui.qt import QApplication

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15
LIMIT = 1.5
#: The longest an agent is assumed to take typing the passphrase (a few words).
TYPING_S = 5.0
PASSPHRASE = "banc d'essai quetsch 2026"
BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("cpi-terrain")
label.show()
QTimer.singleShot(0, lambda: (print(f"unlock-dialog-shown {time.time():.6f}", flush=True),
                              app.quit()))
app.exec()
"""


def launch(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                         check=True).stdout
    shown = next(float(line.split()[1]) for line in out.splitlines()
                 if line.startswith("unlock-dialog-shown"))
    return shown - start


def unlock_to_caseload(store_dir: Path) -> float:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    application = Application(parse_args(["--store", str(store_dir)]))
    application.start()
    dialog = application.dialog
    assert dialog is not None
    typing_ends = time.monotonic() + TYPING_S
    while application._window is None and time.monotonic() < typing_ends:
        app.processEvents()
        time.sleep(0.005)
    dialog.passphrase.setText(PASSPHRASE)
    start = time.perf_counter()
    dialog.submit.click()
    while not (application.window.isVisible() and application.window.model.rowCount() == 500):
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    application.window.lock()
    application.shutdown()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        store_dir = Path(scratch) / "store"
        store = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                             kdf=DEFAULT_KDF)
        prepare_store(ServiceContext(store))
        generate(store, 500)
        store.lock()
        env = {**os.environ, "XDG_DATA_HOME": str(Path(scratch) / "data"),
               "XDG_STATE_HOME": str(Path(scratch) / "state")}
        app_times, bare_times = [], []
        for _ in range(RUNS):
            app_times.append(launch([sys.executable, "-m", "ui.main", "--store", str(store_dir),
                                     "--measure-startup"], env))
            bare_times.append(launch([sys.executable, "-c", BARE], env))
        unlock = unlock_to_caseload(store_dir)

    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_s / bare_s
    print(f"median of {RUNS} alternated launches")
    print(f"{'launch to first window':34} {'bare PySide6 s':>14} {'cpi-terrain s':>14} "
          f"{'ratio':>6}")
    print(f"{'':34} {bare_s:14.3f} {app_s:14.3f} {ratio:6.2f}")
    print(f"{'unlock (Argon2id default) to 500 dossiers shown':50} {unlock:8.3f} s")
    print()
    print(f"goal: launch_vs_bare_window = {ratio:.2f} (limit {LIMIT}) "
          f"{'ok' if ratio <= LIMIT else 'MISSED'}")


if __name__ == "__main__":
    main()
