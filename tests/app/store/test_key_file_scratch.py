"""A process killed while writing the key file (a passphrase change, a failed attempt counted)
leaves its scratch beside it: found by tests/proof/test_crash_passphrase.py. The next unlock
removes it, a wipe too, and the key file is its owner's only."""

from __future__ import annotations

import stat
from pathlib import Path

from app.store.keyfile import read_key_file
from app.store.paths import StorePaths
from app.store.store import Store, change_passphrase, unlock_store
from app.store.wipe import wipe_store
from tests.conftest import PASSPHRASE

NEW = "quetsch mirabelle Bouneschlupp 2027?"


def _cut_short_change(store_dir: Path) -> Path:
    """What a change killed between the scratch's write and its rename leaves: the whole new
    key file in the scratch (a cut one alike), the old one in force."""
    paths = StorePaths(store_dir)
    in_force = paths.key_file.read_text()
    change_passphrase(store_dir, PASSPHRASE, NEW, NEW, keyring_backend=None)
    paths.key_file_scratch.write_text(paths.key_file.read_text())
    paths.key_file.write_text(in_force)
    return paths.key_file_scratch


def test_unlock_removes_the_scratch_of_a_change_cut_short(store: Store, store_dir: Path) -> None:
    store.lock()
    scratch = _cut_short_change(store_dir)
    reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    reopened.lock()
    assert not scratch.exists()
    assert sorted(p.name for p in store_dir.iterdir()) == ["caseload.db", "caseload.key.json"]


def test_wipe_removes_the_scratch_and_the_folder(store: Store, store_dir: Path) -> None:
    _cut_short_change(store_dir)
    wipe_store(store, None)
    assert not store_dir.exists()


def test_the_key_file_is_readable_by_its_owner_only(store: Store, store_dir: Path) -> None:
    store.lock()
    change_passphrase(store_dir, PASSPHRASE, NEW, NEW, keyring_backend=None)
    key_file = StorePaths(store_dir).key_file
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert read_key_file(key_file).store_id
