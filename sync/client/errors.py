"""Why a sync did not happen, in the agent's words (translated like every other message).

``SyncProblem`` is an ``EnvironmentProblem``: nothing is lost, the outbox keeps every change
until the next successful sync.
"""

from __future__ import annotations

from app.errors import EnvironmentProblem
from app.i18n import QT_TRANSLATE_NOOP


class SyncProblem(EnvironmentProblem):
    """Base of the sync's expected failures."""


class ServerUnreachable(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server cannot be reached ({detail}). Your changes stay on this "
                    "computer and will be sent at the next sync.").format(detail=detail))


class InsecureServer(SyncProblem):
    def __init__(self, url: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The server address {url} is not secure: use an https:// address (plain "
                    "http only for this computer).").format(url=url))


class NotEnrolled(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "This computer is not enrolled with the ONE server ({detail}). Enrol it at "
                    "the office with your login.").format(detail=detail))


class DeviceRevoked(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE has revoked this computer ({detail}): its caseload is erased "
                    "from it.").format(detail=detail))


class ProtocolRefused(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server does not accept this version of cpi-terrain. {detail}")
            .format(detail=detail))


class ClockSkew(SyncProblem):
    def __init__(self, minutes: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "This computer's clock is {minutes} minutes away from the ONE server's. "
                    "Set the date and time right (the times of your notes depend on it), then "
                    "sync again.").format(minutes=minutes))


class OtherServer(SyncProblem):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "This server is not the one this computer is enrolled with. Check the "
                    "server address, or ask the ONE's IT team."))


class ServerError(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server could not complete the sync ({detail}). Your changes stay "
                    "on this computer; try again later.").format(detail=detail))


class EnrolmentRefused(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server refused the enrolment ({detail}). Check your login and "
                    "password, then try again.").format(detail=detail))


class EnrolmentCodeRefused(SyncProblem):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server refused the enrolment code: {detail}").format(
            detail=detail))


class PasswordChangeRequired(SyncProblem):
    """At enrolment: the ONE's IT set this user's password; the enrolment gives a new one."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE's IT set your password: choose a new one (at least 10 "
                    "characters), type it twice below, then enrol again."))


class WrongPassword(SyncProblem):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "Your current password is not the right one: nothing was changed."))


class NotAllowed(SyncProblem):
    """The server refuses the request to this computer's user (their role)."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server refused: {detail}").format(detail=detail))


class RequestRefused(SyncProblem):
    """The server refuses what was asked (a rule of the law): the detail says which."""

    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Sync", "The ONE server refused the request: {detail}").format(detail=detail))
