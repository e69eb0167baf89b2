"""Issue 7, crash proof (d): the app killed with SIGKILL while the agent changes the passphrase
(the store open, writes between changes); after every kill exactly one passphrase opens the
store, the last one acknowledged or the one being set, and nothing acknowledged is lost."""

from __future__ import annotations

from pathlib import Path

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.store import keyfile
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.passphrase import normalise
from app.store.paths import StorePaths
from app.store.store import create_store
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.crash_checks import Acknowledged, check_acknowledged, reopen
from tests.proof.crash_kit import Tally, base_seed, round_rng, run_and_kill

KILLS = scale(8, 200)
CHANGES_PER_CHILD = 6
#: A change lasts a few milliseconds with the light KDF: kills after "changing" aim at it.
DELAYS = {"ready": 0.1, "changing": 0.02, "changed": 0.1, "case": 0.1}


def _phrase(n: int) -> str:
    return f"{PASSPHRASE} n°{n}"


def _opening(store_dir: Path, candidates: list[str]) -> list[str]:
    """The candidates that unwrap the database key, tried without counting a failure (an
    unlock with a wrong one would count it and slow the next one down)."""
    sealed = keyfile.read_key_file(StorePaths(store_dir).key_file)
    return [p for p in candidates if keyfile.unwrap(sealed, normalise(p), b"") is not None]


def test_kills_during_passphrase_changes_leave_exactly_one_that_opens(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    store = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    prepare_store(ServiceContext(store))
    store.lock()
    tally = Tally(base_seed())
    acknowledged = Acknowledged()
    current, mid_change = 0, 0  # the index of the passphrase that opens the store
    for round_no in range(KILLS):
        phrases = [PASSPHRASE if current == 0 else _phrase(current)] + [
            _phrase(current + i) for i in range(1, CHANGES_PER_CHILD + 1)]
        killed = run_and_kill(["passphrase", str(store_dir), *phrases],
                              round_rng(tally.seed, round_no),
                              labels=("ready", "changing", "changed", "case"),
                              max_delay=DELAYS)
        tally.kills += killed.killed
        acknowledged.add(killed)
        done = max((int(v) for v in killed.values("changed")), default=0)
        mid_change += bool(killed.lines) and killed.lines[-1].startswith("changing")
        opening = _opening(store_dir, phrases)
        # Only the last acknowledged passphrase or the one being set may open; and one only.
        if len(opening) != 1 or opening[0] not in phrases[done:done + 2]:
            tally.problem(round_no, "store_failed_to_open",
                          f"after change {done} acknowledged, opened by {len(opening)} "
                          f"passphrases, indexes {[phrases.index(p) for p in opening]}")
            break
        current = current + phrases.index(opening[0])
        reopened = reopen(store_dir, opening[0], tally, round_no)
        if reopened is None:
            break
        try:
            check_acknowledged(reopened, acknowledged, tally, round_no)
        finally:
            reopened.lock()
    record("crash_passphrase", tally.figures("kills_passphrase", passphrase_changes=current,
                                             killed_mid_change=mid_change))
    assert not tally.problems, tally.verdict()
