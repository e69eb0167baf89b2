"""The wrong-passphrase counters in the key file (issue 18): edited, they are seen (an HMAC
keyed from the device secret) and count as the longest wait; a last failure "in the future"
never locks the right passphrase out."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend

from app.store import device_secret, keyfile, throttle
from app.store.errors import UnlockThrottled, WrongPassphrase
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode, read_key_file
from app.store.store import create_store, unlock_store
from tests.conftest import PASSPHRASE

WRONG = "pas la bonne phrase du tout"


class MemoryKeyring(KeyringBackend):
    """An OS keyring's stand-in, in memory (tests/app/store/test_keyring_modes.py runs the
    real Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _edit(key_path: Path, **fields: object) -> None:
    data = json.loads(key_path.read_text(encoding="utf-8"))
    for name, value in fields.items():
        if value is ...:
            data.pop(name, None)
        else:
            data[name] = value
    key_path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def keyring_store(tmp_path: Path) -> tuple[Path, KeyringBackend]:
    backend = MemoryKeyring()
    create_store(tmp_path / "store", PASSPHRASE, PASSPHRASE, keyring_backend=backend,
                 kdf=LIGHT_KDF_FOR_TESTS).lock()
    assert read_key_file(tmp_path / "store" / "caseload.key.json").mode is SecretMode.KEYRING
    return tmp_path / "store", backend


def test_counters_edited_in_the_key_file_count_as_the_longest_wait(
        keyring_store: tuple[Path, KeyringBackend]) -> None:
    folder, backend = keyring_store
    key_path, clock = folder / "caseload.key.json", Clock()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            unlock_store(folder, WRONG, keyring_backend=backend, clock=clock)
        clock.now += 60
    assert read_key_file(key_path).attempts_mac is not None
    _edit(key_path, failed_attempts=0, last_failure_at=None)  # guessing for free, hoped
    with pytest.raises(UnlockThrottled) as throttled:
        unlock_store(folder, PASSPHRASE, keyring_backend=backend, clock=clock)
    assert throttled.value.remaining_seconds == pytest.approx(throttle.MAX_DELAY_SECONDS)
    clock.now += throttle.MAX_DELAY_SECONDS
    unlock_store(folder, PASSPHRASE, keyring_backend=backend, clock=clock).lock()
    assert read_key_file(key_path).failed_attempts == 0


def test_removing_the_mac_gains_nothing(keyring_store: tuple[Path, KeyringBackend]) -> None:
    """Without its MAC the file no longer opens with any passphrase (the wrapped key's
    associated data says it had one): no free guesses."""
    folder, backend = keyring_store
    _edit(folder / "caseload.key.json", attempts_mac=...)
    with pytest.raises(WrongPassphrase):
        unlock_store(folder, PASSPHRASE, keyring_backend=backend, clock=Clock())


def test_a_key_file_from_before_the_mac_gets_one_at_its_next_unlock(
        keyring_store: tuple[Path, KeyringBackend]) -> None:
    folder, backend = keyring_store
    key_path = folder / "caseload.key.json"
    sealed = read_key_file(key_path)
    secret = device_secret.read(backend, sealed.store_id)
    database_key = keyfile.unwrap(sealed, PASSPHRASE, secret)
    assert database_key is not None
    legacy = replace(sealed, attempts_mac=None, nonce=secrets.token_bytes(12))
    kek = keyfile.derive_kek(PASSPHRASE, secret, legacy.salt, legacy.kdf)
    legacy = replace(legacy, wrapped_key=AESGCM(kek).encrypt(
        legacy.nonce, database_key, legacy.associated_data()))
    keyfile.write_key_file(key_path, legacy)
    assert "attempts_mac" not in key_path.read_text(encoding="utf-8")
    unlock_store(folder, PASSPHRASE, keyring_backend=backend, clock=Clock()).lock()
    upgraded = read_key_file(key_path)
    assert upgraded.attempts_mac is not None and upgraded.attempts_genuine(secret)
    unlock_store(folder, PASSPHRASE, keyring_backend=backend, clock=Clock()).lock()


def test_a_last_failure_in_the_future_never_locks_the_right_passphrase_out(
        tmp_path: Path) -> None:
    folder = tmp_path / "store"
    create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                 kdf=LIGHT_KDF_FOR_TESTS).lock()
    clock = Clock()
    _edit(folder / "caseload.key.json", failed_attempts=3,
          last_failure_at=clock.now + 10 * 365 * 86400)  # a clock set back, or an edit
    with pytest.raises(UnlockThrottled) as throttled:
        unlock_store(folder, PASSPHRASE, keyring_backend=None, clock=clock)
    assert throttled.value.remaining_seconds <= throttle.delay_after(3)
    clock.now += throttle.delay_after(3)
    unlock_store(folder, PASSPHRASE, keyring_backend=None, clock=clock).lock()


def test_a_last_failure_that_is_not_a_number_is_a_damaged_file(tmp_path: Path) -> None:
    from app.store.errors import KeyFileDamaged
    folder = tmp_path / "store"
    create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                 kdf=LIGHT_KDF_FOR_TESTS).lock()
    _edit(folder / "caseload.key.json", last_failure_at="demain")
    with pytest.raises(KeyFileDamaged):
        unlock_store(folder, PASSPHRASE, keyring_backend=None, clock=Clock())
