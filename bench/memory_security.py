"""What SQLCipher's ``cipher_memory_security = ON`` (every freed block wiped, issue 18) costs on
the application's own workload: two encrypted stores made in this run on the same disk, one
with it and one without, the same service code on both, alternated.

Run from the project root: ``python bench/memory_security.py``. Goal: at most 1.15x on every
row (then it stays on: app/store/engine.py).
"""

from __future__ import annotations

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
from app.store.engine import encrypted_engine
from app.store.keyfile import SecretMode
from app.store.store import Store, StorePaths, UnlockReport

CASES = 400
BATCH = 40
REPEATS = 30
LIMIT = 1.15
OFFICES = ["sud-esch-sur-alzette", "nord-diekirch"]
TODAY = date(2026, 11, 22)
KEY = bytes(range(32))


def store(directory: Path, *, memory_security: bool) -> Store:
    directory.mkdir(parents=True)
    engine = encrypted_engine(directory / "caseload.db", KEY, memory_security=memory_security)
    migrate.upgrade(engine)
    return Store(StorePaths(directory), engine, UnlockReport(SecretMode.KEYRING, 0, 1))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        root = Path(scratch)
        stores = {"on": store(root / "on", memory_security=True),
                  "off": store(root / "off", memory_security=False)}
        with stores["on"].engine.connect() as connection:
            assert connection.exec_driver_sql(
                "PRAGMA cipher_memory_security").scalar() in (1, "1")
        contexts = {name: ServiceContext(s) for name, s in stores.items()}
        for ctx in contexts.values():
            prepare_store(ctx)
        results: dict[str, dict[str, float]] = {}
        create = {"on": 0.0, "off": 0.0}
        opened: dict[str, list[OpenedCase]] = {"on": [], "off": []}
        for batch in range(CASES // BATCH):
            for name, ctx in contexts.items():
                start = time.perf_counter()
                opened[name] += populate(ctx, OFFICES, families=BATCH, seed=batch, today=TODAY)
                create[name] += time.perf_counter() - start
        results[f"create {CASES} cases with families"] = create
        results["load the caseload list"] = interleaved_medians({
            name: partial(list_caseload, ctx) for name, ctx in contexts.items()}, REPEATS)
        results["open one dossier"] = interleaved_medians({
            name: partial(get_dossier, ctx, opened[name][CASES // 2].case_id)
            for name, ctx in contexts.items()}, REPEATS * 10)
        for s in stores.values():
            s.lock()
    print(f"{'workload':40} {'off s':>10} {'on s':>10} {'ratio':>7}")
    for row, times in results.items():
        print(f"{row:40} {times['off']:10.4f} {times['on']:10.4f} "
              f"{times['on'] / times['off']:7.2f}")
    print()
    for row, times in results.items():
        ratio = times["on"] / times["off"]
        print(f"goal: memory_security_on/off {row.replace(' ', '_')} = {ratio:.2f} "
              f"(limit {LIMIT}) {'ok' if ratio <= LIMIT else 'MISSED'}")


if __name__ == "__main__":
    main()
