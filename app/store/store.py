"""Creating, unlocking, locking and re-keying the agent's encrypted caseload.

A store is a directory holding ``caseload.db`` (SQLCipher 4) and ``caseload.key.json`` (the
wrapped database key, see ``keyfile``). ``Store`` is the unlocked handle: it owns the engine and
the session factory; ``lock()`` disposes every pooled connection and drops the key.
"""

from __future__ import annotations

import errno
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.store import capture, device_secret, keyfile, migrate, throttle
from app.store.engine import encrypted_engine
from app.store.errors import (
    StoreAlreadyExists,
    StoreDamaged,
    StoreEnvironmentError,
    StoreNotFound,
    UnlockThrottled,
    WrongPassphrase,
)
from app.store.keyfile import DEFAULT_KDF, KdfParams, KeyFile, SecretMode
from app.store.passphrase import check_new_passphrase, normalise
from app.store.paths import StorePaths

Clock = Callable[[], float]


@dataclass(frozen=True)
class UnlockReport:
    """What the agent should be told after unlocking."""

    mode: SecretMode
    failed_attempts_before: int
    migrations_applied: int


class Store:
    """An unlocked caseload. Create with ``create_store`` or ``unlock_store``."""

    def __init__(self, paths: StorePaths, engine: Engine, report: UnlockReport) -> None:
        self.paths = paths
        self.report = report
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time across threads (the store lane and the sync lane): SQLite's
        # deferred BEGIN cannot upgrade a stale snapshot to a write and fails at once with
        # "database is locked" instead of waiting; readers stay concurrent (WAL).
        self._writer = threading.RLock()
        capture.install(self._sessions)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the store is locked")
        return self._engine

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @contextmanager
    def transaction(
        self, action: str, actor_id: uuid.UUID | None = None, *, from_server: bool = False
    ) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        ``action`` names the user's intention; it goes into the audit trail of every record
        the transaction changes. ``from_server`` marks data the server sent (not queued for
        upload). Disk-full and locked-file errors become StoreEnvironmentError.
        """
        if self._engine is None:
            raise RuntimeError("the store is locked")
        session = self._sessions()
        session.info[capture.ACTION_KEY] = action
        session.info[capture.ACTOR_KEY] = actor_id
        session.info[capture.CAPTURE_KEY] = not from_server
        try:
            with self._writer, translate_environment_errors(), session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session on one snapshot; objects stay readable after it closes."""
        if self._engine is None:
            raise RuntimeError("the store is locked")
        session = self._sessions()
        try:
            with translate_environment_errors():
                session.begin()
                yield session
        finally:
            session.close()  # releases the snapshot without expiring what was loaded

    def scrub(self) -> None:
        """Art. 7, after an anonymisation rewrote the dossier: the file rebuilt from its live
        rows (``VACUUM``) and its WAL copied in and emptied, so that no free page, no older
        version of a page nor a WAL frame still holds what the rewrite replaced (encrypted,
        but the database key would open them). Waits for readers holding an older snapshot."""
        with self._writer, translate_environment_errors():
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("VACUUM")
                for _attempt in range(50):
                    cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    row = cursor.fetchone()
                    if not row or not row[0]:
                        break
                    time.sleep(0.1)  # a reader holds an older snapshot: its end frees the WAL
                cursor.close()
            finally:
                raw.close()

    def lock(self) -> None:
        """Close every connection and forget the key; reopening needs the passphrase."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


@contextmanager
def translate_environment_errors() -> Iterator[None]:
    """Split storage failures: the machine's fault (retry) versus a bug (raised as is)."""
    try:
        yield
    except OperationalError as exc:
        detail = _environment_detail(exc)
        if detail is None:
            raise
        raise StoreEnvironmentError(detail) from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
            raise StoreEnvironmentError(exc.strerror or "disk") from exc
        raise


_ENVIRONMENT_MARKERS = {
    "database or disk is full": "disque plein / disk full",
    "disk i/o error": "erreur disque / disk I/O error",
    "database is locked": "fichier verrouillé / file locked",
    "readonly database": "lecture seule / read-only",
    "unable to open database file": "fichier inaccessible / file unreachable",
}


def _environment_detail(exc: OperationalError) -> str | None:
    text = str(exc.orig).lower()
    for marker, detail in _ENVIRONMENT_MARKERS.items():
        if marker in text:
            return detail
    return None


def create_store(
    directory: Path,
    passphrase: str,
    confirmation: str,
    *,
    keyring_backend: KeyringBackend | None,
    kdf: KdfParams = DEFAULT_KDF,
    progress: migrate.ProgressCallback | None = None,
) -> Store:
    """Make a new encrypted caseload in ``directory``.

    ``keyring_backend`` None (or unusable) gives a passphrase-only store, which the UI must
    announce as weaker protection.
    """
    phrase = check_new_passphrase(passphrase, confirmation)
    paths = StorePaths(directory)
    if paths.exists() or paths.database.exists():
        raise StoreAlreadyExists()
    with translate_environment_errors():
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    store_id = str(uuid.uuid4())
    backend = device_secret.usable(keyring_backend)
    if backend is None:
        mode, secret = SecretMode.PASSPHRASE_ONLY, b""
    else:
        mode, secret = SecretMode.KEYRING, device_secret.create(backend, store_id)
    database_key = secrets.token_bytes(keyfile.DATABASE_KEY_BYTES)
    sealed = keyfile.wrap(store_id, mode, database_key, phrase, secret, kdf)
    # Key file first: if the database cannot be made, nothing half-made is left behind;
    # if the process dies after this line, the next unlock finishes the schema.
    with translate_environment_errors():
        keyfile.write_key_file(paths.key_file, sealed)
    try:
        engine, applied = _open_and_migrate(paths, database_key, progress)
    except BaseException:
        for leftover in (paths.key_file, paths.key_file_scratch, *paths.database_files()):
            leftover.unlink(missing_ok=True)
        device_secret.forget(backend, store_id)
        raise
    return Store(paths, engine, UnlockReport(mode, 0, applied))


def unlock_store(
    directory: Path,
    passphrase: str,
    *,
    keyring_backend: KeyringBackend | None,
    clock: Clock = time.time,
    progress: migrate.ProgressCallback | None = None,
) -> Store:
    """Open an existing caseload; wrong passphrases are counted and slowed down."""
    paths = StorePaths(directory)
    sealed, database_key, secret = _unseal(paths, passphrase, keyring_backend, clock)
    with translate_environment_errors():
        keyfile.discard_scratch(paths.key_file)
    engine, applied = _open_and_migrate(paths, database_key, progress)
    if sealed.mode is SecretMode.KEYRING and sealed.attempts_mac is None:
        # Written before the attempts had their MAC: wrapped again, once, with it.
        with translate_environment_errors():
            keyfile.write_key_file(paths.key_file, keyfile.wrap(
                sealed.store_id, sealed.mode, database_key, normalise(passphrase), secret,
                sealed.kdf))
    elif sealed.failed_attempts:
        with translate_environment_errors():
            keyfile.write_key_file(paths.key_file, sealed.with_attempts(0, None, secret))
    return Store(paths, engine, UnlockReport(sealed.mode, sealed.failed_attempts, applied))


def change_passphrase(
    directory: Path,
    old_passphrase: str,
    new_passphrase: str,
    confirmation: str,
    *,
    keyring_backend: KeyringBackend | None,
    kdf: KdfParams | None = None,
    clock: Clock = time.time,
) -> None:
    """Re-wrap the database key under a new passphrase; the database is not re-encrypted."""
    phrase = check_new_passphrase(new_passphrase, confirmation)
    paths = StorePaths(directory)
    sealed, database_key, secret = _unseal(paths, old_passphrase, keyring_backend, clock)
    resealed = keyfile.wrap(sealed.store_id, sealed.mode, database_key, phrase, secret,
                            kdf or sealed.kdf)
    with translate_environment_errors():
        keyfile.write_key_file(paths.key_file, resealed)


def _unseal(
    paths: StorePaths, passphrase: str, keyring_backend: KeyringBackend | None, clock: Clock
) -> tuple[KeyFile, bytes, bytes]:
    """Read the key file and recover the database key, counting a failure in the key file."""
    if not paths.exists():
        raise StoreNotFound()
    sealed = keyfile.read_key_file(paths.key_file)
    secret = b""
    if sealed.mode is SecretMode.KEYRING:
        secret = device_secret.read(device_secret.usable(keyring_backend), sealed.store_id)
    now = clock()
    if not sealed.attempts_genuine(secret):
        # The counters were edited (to go on guessing for free): the longest wait, from now.
        sealed = sealed.with_attempts(max(sealed.failed_attempts, throttle.ATTEMPTS_AT_MAX),
                                      now, secret)
        with translate_environment_errors():
            keyfile.write_key_file(paths.key_file, sealed)
    if sealed.last_failure_at is not None and sealed.last_failure_at > now:
        # A last failure "in the future" (an edited file, a clock set back) is taken as now,
        # and kept so: it never locks the right passphrase out.
        sealed = sealed.with_attempts(sealed.failed_attempts, now, secret)
        with translate_environment_errors():
            keyfile.write_key_file(paths.key_file, sealed)
    wait = throttle.remaining_wait(sealed.failed_attempts, sealed.last_failure_at, now)
    if wait > 0:
        raise UnlockThrottled(wait, sealed.failed_attempts)
    database_key = keyfile.unwrap(sealed, normalise(passphrase), secret)
    if database_key is None:
        failed = sealed.failed_attempts + 1
        with translate_environment_errors():
            keyfile.write_key_file(paths.key_file, sealed.with_attempts(failed, clock(), secret))
        raise WrongPassphrase(failed, throttle.delay_after(failed))
    return sealed, database_key, secret


def _open_and_migrate(
    paths: StorePaths, database_key: bytes, progress: migrate.ProgressCallback | None
) -> tuple[Engine, int]:
    """A keyed engine on a schema at this version's head (or StoreTooNew, untouched)."""
    engine = _open_engine(paths, database_key)
    try:
        return engine, migrate.upgrade(engine, progress)
    except BaseException:
        engine.dispose()
        raise


def _open_engine(paths: StorePaths, database_key: bytes) -> Engine:
    engine = encrypted_engine(paths.database, database_key)
    try:
        with translate_environment_errors(), engine.connect():
            pass
    except DatabaseError as exc:
        engine.dispose()
        if isinstance(exc, OperationalError):
            raise
        # The key file opened, so the key is right: the database file itself is damaged.
        raise StoreDamaged() from exc
    return engine


__all__ = [
    "KeyFile", "Store", "StorePaths", "UnlockReport", "change_passphrase", "create_store",
    "unlock_store",
]
