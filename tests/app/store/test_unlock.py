"""Creating, unlocking, throttling and re-keying a real SQLCipher store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.domain import Office
from app.store.errors import (
    StoreAlreadyExists,
    UnlockThrottled,
    WeakPassphrase,
    WrongPassphrase,
)
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode, read_key_file
from app.store.store import Store, change_passphrase, create_store, unlock_store
from tests.conftest import PASSPHRASE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _database_digest(store_dir: Path) -> str:
    return hashlib.sha256((store_dir / "caseload.db").read_bytes()).hexdigest()


def _add_office(store: Store, code: str) -> None:
    with store.transaction("test") as session:
        session.add(Office(code=code, name="Bureau", region="nord", locality="Diekirch"))


def _office_codes(store: Store) -> set[str]:
    with store.reading() as session:
        return {o.code for o in session.query(Office)}


def test_create_then_unlock_round_trip(store: Store, store_dir: Path) -> None:
    _add_office(store, "nord")
    store.lock()
    reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    assert _office_codes(reopened) == {"nord"}
    assert reopened.report.mode is SecretMode.PASSPHRASE_ONLY
    reopened.lock()


def test_weak_passphrase_creates_nothing(store_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        create_store(store_dir, "abc", "abc", keyring_backend=None, kdf=LIGHT_KDF_FOR_TESTS)
    assert not store_dir.exists()


def test_existing_store_is_never_overwritten(store: Store, store_dir: Path) -> None:
    _add_office(store, "est")
    with pytest.raises(StoreAlreadyExists):
        create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                     kdf=LIGHT_KDF_FOR_TESTS)
    assert _office_codes(store) == {"est"}


def test_wrong_passphrase_is_explained_in_french_and_slows_down(
    store: Store, store_dir: Path
) -> None:
    _add_office(store, "sud")
    store.lock()
    before = _database_digest(store_dir)
    clock = FakeClock()
    delays = []
    for attempt in range(1, 7):
        with pytest.raises(WrongPassphrase) as raised:
            unlock_store(store_dir, "pas la bonne phrase", keyring_backend=None, clock=clock)
        assert raised.value.failed_attempts == attempt
        assert "Phrase secrète incorrecte" in raised.value.message("fr")
        delays.append(raised.value.next_delay_seconds)
        if raised.value.next_delay_seconds:
            # Trying again at once is refused without even checking the passphrase.
            with pytest.raises(UnlockThrottled) as throttled:
                unlock_store(store_dir, PASSPHRASE, keyring_backend=None, clock=clock)
            assert "attendez" in throttled.value.message("fr").lower()
        clock.now += raised.value.next_delay_seconds
    assert delays == sorted(delays) and delays[-1] > delays[2] > 0
    assert read_key_file(store_dir / "caseload.key.json").failed_attempts == 6
    assert _database_digest(store_dir) == before

    reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None, clock=clock)
    assert reopened.report.failed_attempts_before == 6
    assert _office_codes(reopened) == {"sud"}
    reopened.lock()
    assert read_key_file(store_dir / "caseload.key.json").failed_attempts == 0


def test_passphrase_change_rewraps_without_reencrypting(store: Store, store_dir: Path) -> None:
    _add_office(store, "centre")
    store.lock()
    before = _database_digest(store_dir)
    new_phrase = "Schueberfouer Riesenrad Gromperekichelcher 7"
    change_passphrase(store_dir, PASSPHRASE, new_phrase, new_phrase, keyring_backend=None)
    assert _database_digest(store_dir) == before
    with pytest.raises(WrongPassphrase):
        unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    reopened = unlock_store(store_dir, new_phrase, keyring_backend=None)
    assert _office_codes(reopened) == {"centre"}
    reopened.lock()


def test_passphrase_change_needs_the_old_one(store: Store, store_dir: Path) -> None:
    store.lock()
    new_phrase = "Schueberfouer Riesenrad Gromperekichelcher 7"
    with pytest.raises(WrongPassphrase):
        change_passphrase(store_dir, "not the old one at all", new_phrase, new_phrase,
                          keyring_backend=None)
    unlock_store(store_dir, PASSPHRASE, keyring_backend=None).lock()


def test_default_kdf_stays_strong() -> None:
    from app.store.keyfile import DEFAULT_KDF

    assert DEFAULT_KDF.memory_cost_kib >= 64 * 1024 and DEFAULT_KDF.time_cost >= 2
