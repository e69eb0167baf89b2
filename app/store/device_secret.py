"""The device secret: half of what opens a store, kept in the operating system's keyring.

With it, a copy of the disk alone cannot be attacked offline by guessing passphrases; the keyring
alone opens nothing either. Where no trustworthy keyring exists the store falls back to the
passphrase alone, and says so; a plaintext "keyring" file would be worse than none, so such
backends are refused.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.store.errors import DeviceSecretMissing

SERVICE = "cpi-terrain"
SECRET_BYTES = 32
_log = logging.getLogger(__name__)

_UNTRUSTED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def system_keyring() -> KeyringBackend | None:
    """The OS keyring if it is real and usable now, else None."""
    return usable(keyring.get_keyring())


def usable(backend: KeyringBackend | None) -> KeyringBackend | None:
    """Return ``backend`` when it is a trustworthy, working keyring; None otherwise."""
    if backend is None:
        return None
    chain = getattr(backend, "backends", None)
    members = list(chain) if chain is not None else [backend]
    if not members or any(_untrusted(member) for member in members):
        return None
    try:
        if backend.priority <= 0:
            return None
        backend.get_password(SERVICE, "probe")
    except Exception as exc:  # a keyring may fail in many backend-specific ways
        _log.info("keyring not usable: %s", type(exc).__name__)
        return None
    return backend


def _untrusted(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    return module.startswith(_UNTRUSTED_MODULE_PREFIXES) or "plaintext" in name


def _username(store_id: str) -> str:
    return f"device-secret:{store_id}"


def create(backend: KeyringBackend, store_id: str) -> bytes:
    """Make a fresh device secret for a new store and save it in the keyring."""
    secret = secrets.token_bytes(SECRET_BYTES)
    try:
        backend.set_password(SERVICE, _username(store_id), base64.b64encode(secret).decode())
    except Exception as exc:
        _log.warning("keyring refused the device secret: %s", type(exc).__name__)
        raise DeviceSecretMissing() from exc
    return secret


def read(backend: KeyringBackend | None, store_id: str) -> bytes:
    """Read the store's device secret, or explain that the keyring must be opened first."""
    if backend is None:
        raise DeviceSecretMissing()
    try:
        encoded = backend.get_password(SERVICE, _username(store_id))
    except Exception as exc:
        _log.warning("keyring read failed: %s", type(exc).__name__)
        raise DeviceSecretMissing() from exc
    if encoded is None:
        raise DeviceSecretMissing()
    return base64.b64decode(encoded)


def forget(backend: KeyringBackend | None, store_id: str) -> None:
    """Remove a store's secret (when the store itself is deleted)."""
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, _username(store_id))
