"""Issue 7, crash proof (a): the app killed with SIGKILL in the middle of service writes; the
store still opens, is whole, and keeps every write the app saw return."""

from __future__ import annotations

from pathlib import Path

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import create_store
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.crash_checks import Acknowledged, check_acknowledged, reopen
from tests.proof.crash_kit import Tally, base_seed, round_rng, run_and_kill

KILLS = scale(8, 300)


def test_kills_during_service_writes_lose_nothing_acknowledged(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    store = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    prepare_store(ServiceContext(store))
    store.lock()
    tally = Tally(base_seed())
    acknowledged = Acknowledged()
    made = 0
    for round_no in range(KILLS):
        killed = run_and_kill(["writes", str(store_dir), PASSPHRASE, str(made)],
                              round_rng(tally.seed, round_no),
                              labels=("ready", "case", "frame", "note"), max_delay=0.3)
        tally.kills += killed.killed
        made += acknowledged.add(killed) + 1
        reopened = reopen(store_dir, PASSPHRASE, tally, round_no)
        if reopened is None:
            break
        try:
            check_acknowledged(reopened, acknowledged, tally, round_no)
        finally:
            reopened.lock()
    record("crash_writes", tally.figures("kills_writes", acknowledged_cases=len(
        acknowledged.cases)))
    assert not tally.problems, tally.verdict()
    assert len(acknowledged.cases) >= KILLS // 2, "too few writes acknowledged to prove much"
