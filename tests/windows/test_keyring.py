"""The store on Windows: its device secret in the Credential Manager (keyring's WinVault
backend, Wine's implementation here), and the passphrase alone when Windows refuses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app.store import device_secret
from app.store.errors import DeviceSecretMissing, WrongPassphrase
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode, read_key_file
from app.store.paths import StorePaths
from app.store.store import create_store, unlock_store
from app.store.wipe import wipe_store
from tests.conftest import PASSPHRASE
from ui.operations import StoreOperations
from ui.unlock_dialog import SYSTEM_KEYRING, UnlockDialog


@pytest.fixture
def credential_manager() -> Iterator[KeyringBackend]:
    """The system keyring the app picks on Windows: the Credential Manager."""
    backend = device_secret.system_keyring()
    assert backend is not None, f"no usable keyring: {keyring.get_keyring()!r}"
    assert type(backend).__module__ == "keyring.backends.Windows", repr(backend)
    assert type(backend).__name__ == "WinVaultKeyring"
    yield backend


def test_a_store_made_with_the_credential_manager_needs_both_halves(
        tmp_path: Path, credential_manager: KeyringBackend) -> None:
    store = create_store(tmp_path / "store", PASSPHRASE, PASSPHRASE,
                         keyring_backend=credential_manager, kdf=LIGHT_KDF_FOR_TESTS)
    assert store.report.mode is SecretMode.KEYRING
    store.lock()
    # The secret is a Windows credential of the agent's account.
    name = _secret_name(tmp_path / "store")
    assert name in _credentials(credential_manager)
    reopened = unlock_store(tmp_path / "store", PASSPHRASE, keyring_backend=credential_manager)
    assert reopened.report.mode is SecretMode.KEYRING
    reopened.lock()
    with pytest.raises(WrongPassphrase):
        unlock_store(tmp_path / "store", "pas la bonne phrase 2026 !",
                     keyring_backend=credential_manager)
    # The passphrase alone (another Windows account, a copied disk) opens nothing.
    with pytest.raises(DeviceSecretMissing):
        unlock_store(tmp_path / "store", PASSPHRASE, keyring_backend=None)
    # Wiping the caseload forgets its credential too.
    opened = unlock_store(tmp_path / "store", PASSPHRASE, keyring_backend=credential_manager)
    wipe_store(opened, credential_manager)
    assert name not in _credentials(credential_manager)


def _secret_name(store_dir: Path) -> str:
    return f"device-secret:{read_key_file(StorePaths(store_dir).key_file).store_id}"


def _credentials(backend: KeyringBackend) -> list[str]:
    """The cpi-terrain device secrets held by the Credential Manager (CredEnumerate)."""
    from win32ctypes.pywin32 import pywintypes, win32cred
    try:
        found = win32cred.CredEnumerate(f"{device_secret.SERVICE}*", 0)
    except pywintypes.error as error:
        if error.winerror == 1168:  # ERROR_NOT_FOUND
            return []
        raise
    return [c["UserName"] for c in found if c["UserName"].startswith("device-secret:")]


def test_the_unlock_dialog_uses_the_credential_manager(
        qtbot: QtBot, tmp_path: Path, credential_manager: KeyringBackend) -> None:
    operations = StoreOperations()
    dialog = UnlockDialog(tmp_path / "store", operations, keyring_backend=SYSTEM_KEYRING,
                          kdf=LIGHT_KDF_FOR_TESTS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert operations.wait()
    qtbot.wait(200)  # the keyring's answer reaches the dialog
    assert dialog.keyring_warning.isHidden(), "the dialog announced a weaker protection"
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.store is not None or not dialog.message.isHidden(),
                    timeout=60_000)
    assert dialog.store is not None, dialog.message.text()
    assert dialog.store.report.mode is SecretMode.KEYRING
    name = _secret_name(tmp_path / "store")
    assert name in _credentials(credential_manager)
    wipe_store(dialog.store, credential_manager)
    assert operations.wait()
    assert name not in _credentials(credential_manager)


def test_a_refused_credential_manager_gives_a_passphrase_only_store_said_so(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses credentials where policy forbids storing them or the account has no
    logon session (ERROR_NO_SUCH_LOGON_SESSION): the store falls back to the passphrase
    alone, and the dialog says so before the agent chooses a passphrase."""
    from win32ctypes.pywin32 import pywintypes, win32cred

    def refused(*_args: object, **_kwargs: object) -> None:
        raise pywintypes.error(1312, "CredRead", "A specified logon session does not exist.")

    monkeypatch.setattr(win32cred, "CredRead", refused)
    monkeypatch.setattr(win32cred, "CredWrite", refused)
    assert device_secret.system_keyring() is None
    operations = StoreOperations()
    dialog = UnlockDialog(tmp_path / "store", operations, keyring_backend=SYSTEM_KEYRING,
                          kdf=LIGHT_KDF_FOR_TESTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_warning.isVisible(), timeout=20_000)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.store is not None or not dialog.message.isHidden(),
                    timeout=60_000)
    assert dialog.store is not None, dialog.message.text()
    assert dialog.store.report.mode is SecretMode.PASSPHRASE_ONLY
    dialog.store.lock()
    assert operations.wait()
    reopened = unlock_store(tmp_path / "store", PASSPHRASE, keyring_backend=None)
    assert reopened.report.mode is SecretMode.PASSPHRASE_ONLY
    reopened.lock()
