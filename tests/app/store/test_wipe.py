"""A revoked laptop erases its caseload: files gone, keyring entries forgotten, store locked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store import device_secret
from app.store.errors import StoreNotFound
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, read_key_file
from app.store.store import Store, create_store, unlock_store
from app.store.wipe import wipe_store
from tests import keyring_session
from tests.app.services.family import OFFICE, Family
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def real_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringBackend]:
    if not keyring_session.available():
        pytest.fail("gnome-keyring and dbus-daemon are required (python3 bootstrap.py test)")
    with keyring_session.secret_service(tmp_path_factory.mktemp("keyring-home")) as backend:
        yield backend


def _with_a_family(store: Store) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    Family.open(sign_in_local_agent(ctx, "agent.w", "Agent W", OFFICE), date(2026, 3, 2))


def test_wiping_deletes_every_file_and_locks(store: Store, store_dir: Path) -> None:
    _with_a_family(store)
    assert store.paths.database.exists()
    wipe_store(store, None)
    assert store.is_locked
    assert not store_dir.exists()
    with pytest.raises(StoreNotFound):
        unlock_store(store_dir, PASSPHRASE, keyring_backend=None)


def test_wiping_keeps_files_that_are_not_the_store(store: Store, store_dir: Path) -> None:
    (store_dir / "notes-de-l-agent.txt").write_text("pas à nous")
    wipe_store(store, None)
    assert sorted(p.name for p in store_dir.iterdir()) == ["notes-de-l-agent.txt"]


@pytest.mark.keyring
def test_wiping_forgets_the_device_secret_and_the_token(
        real_keyring: KeyringBackend, tmp_path: Path) -> None:
    store = create_store(tmp_path / "store", PASSPHRASE, PASSPHRASE,
                         keyring_backend=real_keyring, kdf=LIGHT_KDF_FOR_TESTS)
    store_id = read_key_file(store.paths.key_file).store_id
    real_keyring.set_password(device_secret.SERVICE, "sync-token:poste", "jeton-synthetique")
    wipe_store(store, real_keyring, ["sync-token:poste", "jamais-enregistre"])
    assert not (tmp_path / "store").exists()
    assert real_keyring.get_password(device_secret.SERVICE, "sync-token:poste") is None
    assert real_keyring.get_password(device_secret.SERVICE,
                                     f"device-secret:{store_id}") is None
