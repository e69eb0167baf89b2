"""Erasing a caseload from this computer: what a revoked laptop does at its next contact.

A laptop the ONE revoked (lost, stolen, its agent gone) must keep nothing of the families:
the store is locked, its files deleted, and the keyring forgets the device secret that opened
it and any other entry named by the caller (the sync token).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence

import keyring.errors
from keyring.backend import KeyringBackend

from app.store import device_secret, keyfile
from app.store.store import Store, translate_environment_errors

_log = logging.getLogger(__name__)


def wipe_store(store: Store, keyring_backend: KeyringBackend | None,
               keyring_entries: Sequence[str] = ()) -> None:
    """Lock ``store``, delete its files and forget its keyring secrets."""
    paths = store.paths
    store_id: str | None = None
    with contextlib.suppress(Exception):  # a damaged key file must not stop the wipe
        store_id = keyfile.read_key_file(paths.key_file).store_id
    store.lock()
    with translate_environment_errors():
        for leftover in (*paths.database_files(), paths.key_file, paths.key_file_scratch):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: other files are not ours to delete
            paths.directory.rmdir()
    if keyring_backend is None:
        return
    if store_id is not None:
        device_secret.forget(keyring_backend, store_id)
    for entry in keyring_entries:
        try:
            keyring_backend.delete_password(device_secret.SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            pass  # never saved there
        except keyring.errors.KeyringError as exc:
            _log.warning("keyring entry not forgotten: %s", type(exc).__name__)
