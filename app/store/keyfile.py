"""The key file: the database key wrapped under the agent's passphrase and the device secret.

The database is encrypted with 32 random bytes used raw by SQLCipher (no second KDF on every
connection). Those bytes are kept wrapped with AES-256-GCM under a key-encryption key derived
with Argon2id from the passphrase, mixed (HKDF) with the device secret from the keyring. A
passphrase change re-wraps the same key, so the database is never re-encrypted. The file also
counts failed attempts so that guessing slows down.

In keyring mode the counter and the time of the last failure carry an HMAC keyed from the
device secret (``attempts_mac``): editing them in the file is seen, and counts as the longest
wait (``app.store.store``). The wrapped key's associated data says the file carries that MAC,
so removing it makes every passphrase fail: nothing to gain. A passphrase-only store has no
secret outside the file to key it with (its file can be attacked offline anyway).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.store.errors import KeyFileDamaged
from app.store.paths import scratch_of

FORMAT = 1
DATABASE_KEY_BYTES = 32
_HKDF_INFO = b"cpi-terrain/key-encryption-key/v1"
_MAC_INFO = b"cpi-terrain/failed-attempts-mac/v1"
#: In the associated data of a key whose file carries the attempts' MAC.
_MAC_MARK = "attempts-mac"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.5 s on the agents' laptops (2 cores)."""

    time_cost: int = 2
    memory_cost_kib: int = 256 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()
#: Only for tests and benchmarks that must create many stores quickly; never the default.
LIGHT_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


class SecretMode(StrEnum):
    KEYRING = "keyring"  # passphrase + device secret in the OS keyring
    PASSPHRASE_ONLY = "passphrase-only"  # no usable keyring when the store was made


@dataclass(frozen=True)
class KeyFile:
    """What lies on disk beside the database: nothing here reveals the key or any person."""

    store_id: str
    mode: SecretMode
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    failed_attempts: int = 0
    last_failure_at: float | None = None
    #: HMAC of the two counters under the device secret; None in passphrase-only mode and in
    #: files written before it existed (given one at their next unlock).
    attempts_mac: bytes | None = None

    def associated_data(self) -> bytes:
        """Binds the wrapped key to its store and parameters (tampering fails the tag), and
        to the presence of the attempts' MAC (removing it fails the tag too)."""
        bound: list[object] = [FORMAT, self.store_id, self.mode.value, asdict(self.kdf)]
        if self.attempts_mac is not None:
            bound.append(_MAC_MARK)
        return json.dumps(bound, sort_keys=True).encode()

    def with_attempts(self, failed: int, at: float | None, device_secret: bytes) -> KeyFile:
        """The same file with new counters, their MAC renewed when it carries one."""
        mac = (None if self.attempts_mac is None
               else _attempts_mac(self.store_id, failed, at, device_secret))
        return replace(self, failed_attempts=failed, last_failure_at=at, attempts_mac=mac)

    def attempts_genuine(self, device_secret: bytes) -> bool:
        """False when the counters were edited since this program wrote them."""
        if self.attempts_mac is None:
            return True
        expected = _attempts_mac(self.store_id, self.failed_attempts, self.last_failure_at,
                                 device_secret)
        return hmac.compare_digest(expected, self.attempts_mac)

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT,
            "store_id": self.store_id,
            "mode": self.mode.value,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "failed_attempts": self.failed_attempts,
            "last_failure_at": self.last_failure_at,
            **({} if self.attempts_mac is None else {"attempts_mac": _b64(self.attempts_mac)}),
        }, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            data: dict[str, Any] = json.loads(text)
            if data["format"] != FORMAT or data["kdf"]["name"] != "argon2id":
                raise KeyFileDamaged()
            kdf = data["kdf"]
            return cls(
                store_id=str(data["store_id"]),
                mode=SecretMode(data["mode"]),
                kdf=KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost_kib"]),
                              int(kdf["parallelism"])),
                salt=base64.b64decode(data["salt"]),
                nonce=base64.b64decode(data["nonce"]),
                wrapped_key=base64.b64decode(data["wrapped_key"]),
                failed_attempts=int(data.get("failed_attempts", 0)),
                last_failure_at=_moment(data.get("last_failure_at")),
                attempts_mac=(base64.b64decode(data["attempts_mac"])
                              if "attempts_mac" in data else None),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileDamaged() from exc


def _moment(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("last_failure_at")
    return float(value)


def _attempts_mac(store_id: str, failed: int, at: float | None, device_secret: bytes) -> bytes:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(
        device_secret)
    message = json.dumps([store_id, failed, at]).encode()
    return hmac.new(key, message, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def derive_kek(passphrase: str, device_secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    """Argon2id over the passphrase, then HKDF with the device secret: both are needed."""
    stretched = hash_secret_raw(
        passphrase.encode("utf-8"), salt, kdf.time_cost, kdf.memory_cost_kib,
        kdf.parallelism, 32, Type.ID,
    )
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(
        stretched + device_secret
    )


def wrap(store_id: str, mode: SecretMode, database_key: bytes, passphrase: str,
         device_secret: bytes, kdf: KdfParams) -> KeyFile:
    """A new key file holding ``database_key`` under fresh salt and nonce; in keyring mode
    its attempts carry their MAC."""
    draft = KeyFile(store_id, mode, kdf, secrets.token_bytes(16), secrets.token_bytes(12), b"",
                    attempts_mac=b"" if mode is SecretMode.KEYRING else None)
    kek = derive_kek(passphrase, device_secret, draft.salt, kdf)
    sealed = AESGCM(kek).encrypt(draft.nonce, database_key, draft.associated_data())
    fresh = replace(draft, wrapped_key=sealed)
    return fresh.with_attempts(0, None, device_secret)


def unwrap(key_file: KeyFile, passphrase: str, device_secret: bytes) -> bytes | None:
    """The database key, or None when the passphrase (or device secret) is wrong."""
    kek = derive_kek(passphrase, device_secret, key_file.salt, key_file.kdf)
    try:
        return AESGCM(kek).decrypt(key_file.nonce, key_file.wrapped_key,
                                   key_file.associated_data())
    except InvalidTag:
        return None


def read_key_file(path: Path) -> KeyFile:
    try:
        return KeyFile.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyFileDamaged() from exc


_MOVEFILE_REPLACE_EXISTING, _MOVEFILE_WRITE_THROUGH = 0x1, 0x8


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically: a crash leaves the old or the new one, never half
    (and maybe the scratch, which ``discard_scratch`` removes at the next unlock). Readable
    by its owner only, like the folder."""
    scratch = scratch_of(path)
    descriptor = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key_file.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    _replace_durably(scratch, path)


def _replace_durably(scratch: Path, path: Path) -> None:
    """Rename over the key file, the rename itself on disk before returning: on POSIX by
    syncing the folder; on Windows, where a folder cannot be opened as a file (this failed
    every new caseload, PermissionError), by MoveFileEx's write-through."""
    if sys.platform == "win32":
        import ctypes
        move = ctypes.windll.kernel32.MoveFileExW
        move.argtypes = (ctypes.c_wchar_p, ctypes.c_wchar_p, ctypes.c_uint32)
        if not move(str(scratch), str(path),
                    _MOVEFILE_REPLACE_EXISTING | _MOVEFILE_WRITE_THROUGH):
            raise ctypes.WinError()
        return
    os.replace(scratch, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard_scratch(path: Path) -> None:
    """Remove the scratch of a key file write that a killed process never finished: the key
    file in place is the one in force, the scratch a second copy of the key nobody uses (a
    wipe would otherwise leave it, and the folder, behind)."""
    scratch_of(path).unlink(missing_ok=True)
