"""Errors of opening and using the encrypted store, each with the text the agent reads."""

from __future__ import annotations

from app.errors import CpiError, EnvironmentProblem, UserInputError
from app.i18n import QT_TRANSLATE_NOOP


class WeakPassphrase(UserInputError):
    """The chosen passphrase is too easy to guess."""


class PassphraseMismatch(UserInputError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "The two passphrases differ. Type the same passphrase twice.",
        ))


class WrongPassphrase(UserInputError):
    """The passphrase (or this device's secret) does not open the store."""

    def __init__(self, failed_attempts: int, next_delay_seconds: float) -> None:
        if next_delay_seconds > 0:
            text = QT_TRANSLATE_NOOP(
                "Store",
                "Wrong passphrase. The caseload stays locked and unchanged. "
                "Failed attempts: {attempts}. Next attempt possible in {delay} s.",
            ).format(attempts=failed_attempts, delay=round(next_delay_seconds))
        else:
            text = QT_TRANSLATE_NOOP(
                "Store",
                "Wrong passphrase. The caseload stays locked and unchanged. "
                "Failed attempts: {attempts}. Check the keyboard layout and Caps Lock.",
            ).format(attempts=failed_attempts)
        super().__init__(text)
        self.failed_attempts = failed_attempts
        self.next_delay_seconds = next_delay_seconds


class UnlockThrottled(UserInputError):
    """Too many wrong passphrases: the next attempt must wait."""

    def __init__(self, remaining_seconds: float, failed_attempts: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "After {attempts} wrong passphrases, wait {delay} s before trying again.",
        ).format(attempts=failed_attempts, delay=max(1, round(remaining_seconds))))
        self.remaining_seconds = remaining_seconds
        self.failed_attempts = failed_attempts


class StoreNotFound(UserInputError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "No caseload exists on this computer yet. Create one first."))


class StoreAlreadyExists(UserInputError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "A caseload already exists here. Open it with its passphrase; "
            "it was not overwritten.",
        ))


class StoreTooNew(CpiError):
    """The store was written by a newer version; opening it could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "This caseload was saved by a newer version of cpi-terrain (schema {revision}). "
            "It was left untouched. Install the current version, then open it again.",
        ).format(revision=revision))
        self.revision = revision


class DeviceSecretMissing(CpiError):
    """The store needs this device's keyring secret, which cannot be read."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "The caseload is protected by a secret in this computer's keyring, which cannot be "
            "read right now. Open your session's keyring (or log in normally), then try again. "
            "Nothing was changed.",
        ))


class KeyFileDamaged(CpiError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "The caseload's key file is damaged or missing, so the caseload cannot be opened. "
            "Do not delete anything; contact the ONE's IT support.",
        ))


class StoreDamaged(CpiError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "The caseload file is damaged and cannot be opened. Do not delete anything; "
            "contact the ONE's IT support, who can restore it from the server.",
        ))


class StoreEnvironmentError(EnvironmentProblem):
    """Disk full, read-only medium, file locked by another program: retry, data is safe."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Store",
            "The caseload cannot be written right now ({detail}). Nothing was lost: free disk "
            "space or close the other program using it, then try again.",
        ).format(detail=detail))
        self.detail = detail
