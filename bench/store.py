"""Encrypted store against plain SQLite, on the application's own workload.

Run from the project root: ``python bench/store.py``. Each row times the same service code on
a SQLCipher store and on a plain SQLite file, created in this run on the same disk, and prints
the ratio; the goal (issue 2) is encrypted / plain <= 1.3 for every row. The unlock time is the
Argon2id derivation plus opening and checking the schema, with the default (strong) cost.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.caseload import get_dossier, list_caseload
from app.services.context import ServiceContext
from app.services.demo import populate
from app.services.setup import prepare_store
from app.store import migrate
from app.store.engine import plain_engine
from app.store.keyfile import DEFAULT_KDF, SecretMode
from app.store.store import Store, StorePaths, UnlockReport, create_store, unlock_store

CASES = 1_000
REPEATS = 15
LIMIT = 1.3
PASSPHRASE = "banc d'essai mirabelle quetsch 2026"
TODAY = date(2026, 11, 22)


def plain_store(directory: Path) -> Store:
    directory.mkdir(parents=True)
    engine = plain_engine(directory / "caseload.db")
    migrate.upgrade(engine)
    return Store(StorePaths(directory), engine, UnlockReport(SecretMode.PASSPHRASE_ONLY, 0, 1))


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def median_of(work: Callable[[], object]) -> float:
    return statistics.median(timed(work) for _ in range(REPEATS))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        root = Path(scratch)
        encrypted = create_store(root / "encrypted", PASSPHRASE, PASSPHRASE,
                                 keyring_backend=None, kdf=DEFAULT_KDF)
        plain = plain_store(root / "plain")
        contexts = {"encrypted": ServiceContext(encrypted), "plain": ServiceContext(plain)}
        for ctx in contexts.values():
            prepare_store(ctx)

        results: dict[str, dict[str, float]] = {}
        # Alternate halves so that disk and CPU drift hit both stores alike.
        create = {"encrypted": 0.0, "plain": 0.0}
        opened: dict[str, list[object]] = {"encrypted": [], "plain": []}
        for half in range(2):
            for name, ctx in contexts.items():
                start = time.perf_counter()
                opened[name] += populate(ctx, ["sud-esch-sur-alzette", "nord-diekirch"],
                                         families=CASES // 2, seed=half, today=TODAY)
                create[name] += time.perf_counter() - start
        results[f"create {CASES} cases with families"] = create
        results["load the caseload list"] = {
            name: median_of(lambda ctx=ctx: list_caseload(ctx))  # type: ignore[misc]
            for name, ctx in contexts.items()
        }
        results["open one dossier"] = {
            name: median_of(lambda ctx=ctx, case=opened[name][CASES // 2]:  # type: ignore[misc]
                            get_dossier(ctx, case.case_id))
            for name, ctx in contexts.items()
        }
        encrypted.lock()
        plain.lock()
        unlock = median_of_unlock(root / "encrypted")

    print(f"{'workload':40} {'plain s':>10} {'encrypted s':>12} {'ratio':>7}")
    for row, times in results.items():
        ratio = times["encrypted"] / times["plain"]
        print(f"{row:40} {times['plain']:10.4f} {times['encrypted']:12.4f} {ratio:7.2f}")
    print(f"{'unlock (Argon2id default + open)':40} {'':10} {unlock:12.4f} {'':>7}")
    print()
    for row, times in results.items():
        ratio = times["encrypted"] / times["plain"]
        verdict = "ok" if ratio <= LIMIT else "MISSED"
        name = row.replace(" ", "_")
        print(f"goal: encrypted/plain {name} = {ratio:.2f} (limit {LIMIT}) {verdict}")


def median_of_unlock(directory: Path) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        store = unlock_store(directory, PASSPHRASE, keyring_backend=None)
        times.append(time.perf_counter() - start)
        store.lock()
    return statistics.median(times)


if __name__ == "__main__":
    main()
