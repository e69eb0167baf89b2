"""The security log: every enrolment (made or refused), failed login, refused device token,
password change, administrative act and national document sent to a device, with its time,
login, device id, the caller's address and its kind. Read by ``cpi-server security-log``.

What goes in is fixed words, logins, device ids, addresses and dossier numbers: never a
family's name nor a dossier's content (no request body is ever copied here).

A refusal is written in a transaction of its own: the request's transaction, where the refusal
was decided, is rolled back (a refused enrolment uses no code).
"""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sync.server.models import SecurityEvent


class EventKind(StrEnum):
    ENROLMENT = "enrolment"
    ENROLMENT_REFUSED = "enrolment_refused"
    #: An enrolment refused unchecked: too many failures before it (``sync.server.throttle``).
    ENROLMENT_THROTTLED = "enrolment_throttled"
    #: A wrong login or password (at enrolment, or the current one at a password change).
    LOGIN_FAILED = "login_failed"
    TOKEN_REFUSED = "token_refused"
    PASSWORD_CHANGED = "password_changed"
    PASSWORD_CHANGE_REFUSED = "password_change_refused"
    CREATE_USER = "create_user"
    DISABLE_USER = "disable_user"
    ENABLE_USER = "enable_user"
    SET_PASSWORD = "set_password"
    ENROLMENT_CODE = "enrolment_code"
    REVOKE_DEVICE = "revoke_device"
    TRANSFER = "transfer"
    #: A national document sent to a ONE administrator's device (the semester list names
    #: children): which one and its dates, never its content.
    NATIONAL_EXPORT = "national_export"
    NATIONAL_EXPORT_REFUSED = "national_export_refused"
    #: A dossier's history exported for the ONE (``cpi-server audit-export``): its number.
    AUDIT_EXPORT = "audit_export"
    #: A revocation a restore of the database had undone, put back at start from the
    #: journal kept outside it (``sync.server.revocations``).
    REVOCATION_REPLAYED = "revocation_replayed"


class Reason(StrEnum):
    """Why something was refused: the ``detail`` of a refusal."""

    WRONG_PASSWORD = "wrong_password"
    USER_DISABLED = "user_disabled"
    CODE_MISSING = "code_missing"
    CODE_WRONG = "code_wrong"
    NO_VALID_CODE = "no_valid_code"  # none issued, expired or used
    PASSWORD_CHANGE_REQUIRED = "password_change_required"
    NEW_PASSWORD_REFUSED = "new_password_refused"
    DEVICE_REVOKED = "device_revoked"
    OTHER_USER = "device_of_another_user"
    UNKNOWN_TOKEN = "unknown_token"
    USER_GONE = "user_gone"
    NOT_ONE_ADMIN = "not_one_admin"
    #: A device silent for longer than the server serves one (its token expired).
    TOKEN_EXPIRED = "token_expired"
    #: A handshake naming another device than the token's (a token copied elsewhere).
    OTHER_DEVICE = "token_of_another_device"
    #: Too many failures for this login, or from this address, just before.
    TOO_MANY_FAILURES = "too_many_failures"
    #: A chained token older than the one the server keeps (a late delivery, or a copy).
    OLD_TOKEN = "old_token_coming_back"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    login: str = ""
    device_id: uuid.UUID | None = None
    remote_address: str = ""
    detail: str = ""

    def row(self) -> SecurityEvent:
        return SecurityEvent(kind=self.kind.value, login=self.login[:120],
                             device_id=self.device_id,
                             remote_address=self.remote_address[:120],
                             detail=self.detail[:200])


def console() -> str:
    """Where an administrative command comes from: the server's console and its system user."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "?"
    return f"console:{who}"


def note(session: Session, event: Event) -> None:
    """In the transaction of what it records."""
    session.add(event.row())


def record(sessions: sessionmaker[Session], event: Event) -> None:
    """In a transaction of its own (a refusal)."""
    with sessions.begin() as session:
        session.add(event.row())


def read(sessions: sessionmaker[Session], since: datetime | None = None) -> list[SecurityEvent]:
    with sessions.begin() as session:
        query = select(SecurityEvent).order_by(SecurityEvent.seq)
        if since is not None:
            query = query.where(SecurityEvent.at >= since)
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows
