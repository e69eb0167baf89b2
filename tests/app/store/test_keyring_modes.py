"""The device secret against a real Secret Service, and the passphrase-only fallback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.store import device_secret
from app.store.errors import DeviceSecretMissing, WrongPassphrase
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode
from app.store.store import create_store, unlock_store
from tests import keyring_session
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def real_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringBackend]:
    if not keyring_session.available():
        pytest.fail("gnome-keyring and dbus-daemon are required (python3 bootstrap.py test)")
    with keyring_session.secret_service(tmp_path_factory.mktemp("keyring-home")) as backend:
        yield backend


@pytest.mark.keyring
def test_store_with_real_keyring_needs_both_secrets(
    real_keyring: KeyringBackend, tmp_path: Path
) -> None:
    store = create_store(tmp_path, PASSPHRASE, PASSPHRASE, keyring_backend=real_keyring,
                         kdf=LIGHT_KDF_FOR_TESTS)
    assert store.report.mode is SecretMode.KEYRING
    store.lock()

    unlock_store(tmp_path, PASSPHRASE, keyring_backend=real_keyring).lock()
    with pytest.raises(WrongPassphrase):
        unlock_store(tmp_path, "une autre phrase bien longue", keyring_backend=real_keyring)
    # The passphrase alone is not enough without this device's keyring.
    with pytest.raises(DeviceSecretMissing) as missing:
        unlock_store(tmp_path, PASSPHRASE, keyring_backend=None)
    assert "trousseau" in missing.value.message("fr")


@pytest.mark.keyring
def test_lost_device_secret_is_explained(real_keyring: KeyringBackend, tmp_path: Path) -> None:
    store = create_store(tmp_path, PASSPHRASE, PASSPHRASE, keyring_backend=real_keyring,
                         kdf=LIGHT_KDF_FOR_TESTS)
    store_id = store.report and __import__("json").loads(
        (tmp_path / "caseload.key.json").read_text())["store_id"]
    store.lock()
    device_secret.forget(real_keyring, store_id)
    with pytest.raises(DeviceSecretMissing):
        unlock_store(tmp_path, PASSPHRASE, keyring_backend=real_keyring)


def test_no_keyring_backend_gives_passphrase_only_mode(tmp_path: Path) -> None:
    store = create_store(tmp_path, PASSPHRASE, PASSPHRASE, keyring_backend=fail.Keyring(),
                         kdf=LIGHT_KDF_FOR_TESTS)
    assert store.report.mode is SecretMode.PASSPHRASE_ONLY
    store.lock()
    unlock_store(tmp_path, PASSPHRASE, keyring_backend=None).lock()


def test_plaintext_keyrings_are_refused() -> None:
    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must never be written")

        def delete_password(self, service: str, username: str) -> None:
            pass

    assert device_secret.usable(PlaintextKeyring()) is None
    assert device_secret.usable(fail.Keyring()) is None
