"""Responsiveness of the caseload window: search latency and the longest GUI stall.

Run from the project root: ``python bench/ui.py`` (Qt runs offscreen). Two encrypted stores are
generated: 10,000 dossiers for the search latency per keystroke (the service, rows included,
beside the bare FTS5 query on the same store), and 2,000 dossiers for the GUI-thread watchdog,
which measures the longest gap in a 5 ms timer's ticks while the window loads the caseload,
answers a search typed key by key, opens a dossier and saves a wizard draft.
Goals (issue 4): longest stall under 50 ms; median search latency under 30 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text
from workflow import generate  # bench/ itself, the script's folder

from app.services.context import ServiceContext
from app.services.drafts import save_draft
from app.services.search import fts_query, search_caseload
from app.services.setup import prepare_store
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QApplication, QElapsedTimer, QTimer

TYPED = ("famille4", "enfant1 famille77", "famille123", "bench-0042")
STALL_LIMIT_MS = 50.0
SEARCH_LIMIT_MS = 30.0
PASSPHRASE = "banc d'essai quetsch 2026"


def new_store(root: Path, name: str, cases: int) -> Store:
    store = create_store(root / name, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    prepare_store(ServiceContext(store))
    generate(store, cases)
    return store


def keystrokes() -> list[str]:
    return [word[:end] for word in TYPED for end in range(1, len(word) + 1)]


def search_latency(store: Store) -> tuple[float, float]:
    """Median ms per keystroke: the service (rows included) and the bare FTS query."""
    ctx = ServiceContext(store)
    today = date.today()
    service, raw = [], []
    for typed in keystrokes() * 3:
        start = time.perf_counter()
        search_caseload(ctx, typed, today=today)
        service.append(time.perf_counter() - start)
        query = fts_query(typed)
        start = time.perf_counter()
        with store.reading() as session:
            session.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH :q "
                                 "ORDER BY rowid DESC LIMIT 200"), {"q": query}).all()
        raw.append(time.perf_counter() - start)
    return statistics.median(service) * 1000, statistics.median(raw) * 1000


class StallWatch:
    """Ticks every 5 ms on the GUI thread; the largest gap is the longest stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.longest = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last - 5)
        self.last = now


def spin_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer in time")
        app.processEvents()
        time.sleep(0.001)


def gui_stalls(app: QApplication, store: Store) -> dict[str, float]:
    ops = StoreOperations()
    window = MainWindow(ops, lambda: None)
    window.resize(1366, 768)
    window.show()
    ctx = ServiceContext(store)
    stalls: dict[str, float] = {}

    def measured(name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        watch = StallWatch()
        watch.start()
        action()
        spin_until(app, done)
        spin_until(app, lambda: ops.wait(0))
        for _ in range(20):  # let the last paint happen under the watch
            app.processEvents()
            time.sleep(0.005)
        watch.timer.stop()
        stalls[name] = float(watch.longest)

    measured("load the caseload", lambda: window.attach(ctx),
             lambda: window.model.rowCount() == 2000)

    def type_search() -> None:
        for char in "famille12":  # about 5 keys a second, as people type
            window.search.insert(char)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)

    measured("search typed key by key", type_search, lambda: window.model.rowCount() < 2000)
    measured("open a dossier", lambda: window.table.activated.emit(window.proxy.index(0, 0)),
             lambda: bool(window.dossier_windows))
    saved: list[bool] = []
    measured("save a wizard draft", lambda: ops.run(
        lambda: save_draft(ctx, "assessment", window.model.row_at(0).case_id, 1,
                           {"needs": "x" * 2000}), lambda _: saved.append(True),
        lambda exc: saved.append(False)), lambda: bool(saved))
    window.lock()
    ops.wait()
    return stalls


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        root = Path(scratch)
        big = new_store(root, "search", 10_000)
        service_ms, raw_ms = search_latency(big)
        big.lock()
        small = new_store(root, "window", 2_000)
        stalls = gui_stalls(app, small)
        small.lock()

    print(f"search over 10000 dossiers, median of {len(keystrokes()) * 3} keystrokes")
    print(f"{'':32} {'raw FTS ms':>10} {'service ms':>11}")
    print(f"{'search per keystroke':32} {raw_ms:10.2f} {service_ms:11.2f}")
    print()
    print("GUI thread over 2000 dossiers: longest stall of a 5 ms timer")
    for name, stall in stalls.items():
        print(f"{name:32} {stall:8.1f} ms")
    print()
    longest = max(stalls.values())
    print(f"goal: longest_gui_stall_ms = {longest:.1f} (limit {STALL_LIMIT_MS:.0f}) "
          f"{'ok' if longest < STALL_LIMIT_MS else 'MISSED'}")
    print(f"goal: median_search_ms = {service_ms:.1f} (limit {SEARCH_LIMIT_MS:.0f}) "
          f"{'ok' if service_ms < SEARCH_LIMIT_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
