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
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import interleaved_medians  # bench/ itself, the script's folder

from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier, list_caseload
from app.services.dossier.opening import OpenedCase
from app.services.setup.demo import populate
from app.services.setup.store import prepare_store
from app.store import migrate
from app.store.engine import plain_engine
from app.store.keyfile import DEFAULT_KDF, SecretMode
from app.store.store import Store, StorePaths, UnlockReport, create_store, unlock_store

CASES = 1_000
BATCH = 50
REPEATS = 30
OFFICES = ["sud-esch-sur-alzette", "nord-diekirch"]
LIMIT = 1.3
PASSPHRASE = "banc d'essai mirabelle quetsch 2026"
TODAY = date(2026, 11, 22)


def plain_store(directory: Path) -> Store:
    directory.mkdir(parents=True)
    engine = plain_engine(directory / "caseload.db")
    migrate.upgrade(engine)
    return Store(StorePaths(directory), engine, UnlockReport(SecretMode.PASSPHRASE_ONLY, 0, 1))


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
        # Alternate small batches so that disk and CPU drift hit both stores alike.
        create = {"encrypted": 0.0, "plain": 0.0}
        opened: dict[str, list[OpenedCase]] = {"encrypted": [], "plain": []}
        for batch in range(CASES // BATCH):
            for name, ctx in contexts.items():
                start = time.perf_counter()
                opened[name] += populate(ctx, OFFICES, families=BATCH, seed=batch, today=TODAY)
                create[name] += time.perf_counter() - start
        results[f"create {CASES} cases with families"] = create
        results["load the caseload list"] = interleaved_medians({
            name: partial(list_caseload, ctx) for name, ctx in contexts.items()
        }, REPEATS)
        results["open one dossier"] = interleaved_medians({
            name: partial(get_dossier, ctx, opened[name][CASES // 2].case_id)
            for name, ctx in contexts.items()
        }, REPEATS * 10)
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
