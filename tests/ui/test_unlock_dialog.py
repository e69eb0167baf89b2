"""The unlock / create dialog, driven like an agent would, in French."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode
from app.store.migrate import MigrationProgress, head_revision
from app.store.store import Store
from tests.conftest import PASSPHRASE
from ui.operations import StoreOperations
from ui.unlock_dialog import UnlockDialog


def _dialog(qtbot: QtBot, store_dir: Path, operations: StoreOperations) -> UnlockDialog:
    dialog = UnlockDialog(store_dir, operations, keyring_backend=None, kdf=LIGHT_KDF_FOR_TESTS)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_refuses_a_weak_passphrase_and_keeps_the_typing(
    qtbot: QtBot, tmp_path: Path, operations: StoreOperations, french: None
) -> None:
    dialog = _dialog(qtbot, tmp_path / "store", operations)
    assert dialog.creating
    assert dialog.windowTitle().startswith("cpi-terrain")
    assert dialog.findChild(type(dialog.message), "keyringWarning").isVisible()
    qtbot.keyClicks(dialog.passphrase, "soleil2026")
    qtbot.keyClicks(dialog.confirmation, "soleil2026")
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.submit.isEnabled())
    assert "trop" in dialog.message.text()  # "trop courte" / "trop facile à deviner"
    assert dialog.passphrase.text() == "soleil2026"
    assert not (tmp_path / "store").exists()


def test_create_then_unlock_with_wrong_and_right_passphrase(
    qtbot: QtBot, tmp_path: Path, operations: StoreOperations, french: None
) -> None:
    store_dir = tmp_path / "store"
    dialog = _dialog(qtbot, store_dir, operations)
    dialog.passphrase.setText(PASSPHRASE)  # non-ASCII: set directly (see STACK.md)
    dialog.confirmation.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit.click()
    assert isinstance(dialog.store, Store)
    dialog.store.lock()

    unlock = _dialog(qtbot, store_dir, operations)
    assert not unlock.creating
    assert unlock.submit.text() == "Déverrouiller"
    qtbot.keyClicks(unlock.passphrase, "pas la bonne phrase")
    unlock.submit.click()
    qtbot.waitUntil(lambda: unlock.message.isVisible(), timeout=10_000)
    assert "Phrase secrète incorrecte" in unlock.message.text()
    assert unlock.passphrase.text() == "pas la bonne phrase"

    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(unlock.accepted, timeout=10_000):
        unlock.submit.click()
    assert unlock.store is not None
    unlock.store.lock()


def test_throttled_unlock_counts_down(
    qtbot: QtBot, tmp_path: Path, operations: StoreOperations, french: None, store: Store,
    store_dir: Path,
) -> None:
    store.lock()
    dialog = _dialog(qtbot, store_dir, operations)
    for _ in range(3):
        qtbot.waitUntil(dialog.submit.isEnabled, timeout=10_000)
        dialog.passphrase.setText("toujours pas la bonne")
        dialog.submit.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert not dialog.submit.isEnabled()
    assert dialog.submit.text().startswith("Attendez")


def test_the_system_keyring_is_looked_up_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, operations: StoreOperations, french: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dialog shows before keyring is even imported; the warning follows the lookup."""
    from app.store import device_secret
    from ui.unlock_dialog import SYSTEM_KEYRING

    looked_up: list[bool] = []
    monkeypatch.setattr(device_secret, "system_keyring",
                        lambda: looked_up.append(True))  # no keyring on this machine
    dialog = UnlockDialog(tmp_path / "store", operations, keyring_backend=SYSTEM_KEYRING,
                          kdf=LIGHT_KDF_FOR_TESTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_warning.isVisible())
    assert looked_up == [True]
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit.click()
    assert dialog.store is not None and dialog.store.report.mode is SecretMode.PASSPHRASE_ONLY
    assert looked_up == [True]  # once, not again at creation
    dialog.store.lock()


def test_a_store_of_the_previous_release_opens_with_its_update_shown(
    qtbot: QtBot, tmp_path: Path, operations: StoreOperations, french: None
) -> None:
    """The upgrade as the agent sees it (the data and the sync: tests/sync/
    test_upgrade_previous_release.py)."""
    from tests.sync.test_upgrade_previous_release import FIXTURE, MANIFEST

    shutil.copytree(FIXTURE / "store", tmp_path / "store")
    dialog = _dialog(qtbot, tmp_path / "store", operations)
    steps: list[MigrationProgress] = []
    dialog.migration_progress.connect(steps.append)
    dialog.passphrase.setText(MANIFEST["passphrase"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit.click()
    assert dialog.store is not None
    assert steps and steps[-1].done == steps[-1].total == dialog.store.report.migrations_applied
    # Shown while it ran (the bar goes back to busy once the store is open).
    assert dialog.progress.format() == "Mise à jour du format des dossiers : %v / %m"
    dialog.store.lock()


def test_a_store_of_a_newer_version_is_refused_in_french_and_left_untouched(
    qtbot: QtBot, operations: StoreOperations, french: None, store: Store, store_dir: Path
) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.lock()
    files = sorted(p for p in store_dir.iterdir() if p.is_file())
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    dialog = _dialog(qtbot, store_dir, operations)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.submit.isEnabled(),
                    timeout=10_000)
    assert "version plus récente de cpi-terrain (schéma 9999_future)" in dialog.message.text()
    assert "pas été modifiés" in dialog.message.text()
    assert dialog.store is None and dialog.isVisible()  # not opened, the dialog stays
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files} == before
    assert head_revision() != "9999_future"
