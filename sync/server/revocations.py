"""Revocations kept outside the database, so that a restore cannot take them back.

A server restored from last night's backup forgets what IT did since: a laptop revoked this
morning (lost, stolen) would be served again, with the caseload it holds. Every revocation
(``revoke-device``, ``disable-user``) is therefore also appended to a journal beside the
server's files, which backups of the database do not hold, and every start of ``cpi-server``
puts back in the database what the journal says and the database has forgotten (logged as
``revocation_replayed``).

One JSON object a line, flushed and synced before the command reports success: the kind
(``device`` or ``user``), the device id or the login, when. No family's data. The file is
the ONE's: keep it with the server's configuration, not with the database's backups."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import User
from sync.server.models import Credential, Device
from sync.server.security import Event, EventKind, note

ENVIRONMENT = "CPI_SERVER_REVOCATIONS"


class Revoked(StrEnum):
    DEVICE = "device"
    USER = "user"
    #: ``enable-user``: the user's earlier disabling is not put back.
    USER_ENABLED = "user_enabled"


@dataclass(frozen=True)
class Revocation:
    kind: Revoked
    #: The device's id, or the user's login.
    subject: str
    at: datetime


def journal_path() -> Path:
    """``$CPI_SERVER_REVOCATIONS``, else ``revocations.jsonl`` in the server's data folder."""
    given = os.environ.get(ENVIRONMENT)
    if given:
        return Path(given)
    return Path(platformdirs.user_data_dir("cpi-server", appauthor=False)) / "revocations.jsonl"


def remember(revocation: Revocation, path: Path | None = None) -> None:
    """Append one revocation, durably (the command says "done" after this)."""
    target = path or journal_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"kind": revocation.kind.value, "subject": revocation.subject,
                       "at": revocation.at.isoformat()}) + "\n"
    descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line.encode())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def journal(path: Path | None = None) -> list[Revocation]:
    """What the journal holds; a torn last line (a crash while writing) is skipped."""
    target = path or journal_path()
    if not target.exists():
        return []
    found = []
    for line in target.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
            found.append(Revocation(Revoked(row["kind"]), str(row["subject"]),
                                    datetime.fromisoformat(row["at"])))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def replay(sessions: sessionmaker[Session], path: Path | None = None) -> int:
    """Put back every revocation the database forgot (a restore); returns how many. A user's
    last word counts: disabled, or enabled again since."""
    revocations = journal(path)
    if not revocations:
        return 0
    last_of_user: dict[str, Revocation] = {}
    for revocation in revocations:
        if revocation.kind is not Revoked.DEVICE:
            last_of_user[revocation.subject] = revocation
    replayed = 0
    with sessions.begin() as session:
        for revocation in revocations:
            if revocation.kind is Revoked.DEVICE:
                replayed += _device_back(session, revocation)
        for revocation in last_of_user.values():
            if revocation.kind is Revoked.USER:
                replayed += _user_back(session, revocation)
    return replayed


def _device_back(session: Session, revocation: Revocation) -> int:
    try:
        device = session.get(Device, uuid.UUID(revocation.subject))
    except ValueError:
        return 0
    if device is None or device.revoked_at is not None:
        return 0
    device.revoked_at = revocation.at
    user = session.get(User, device.user_id)
    note(session, Event(EventKind.REVOCATION_REPLAYED, user.login if user else "", device.id,
                        "console:start", detail=Revoked.DEVICE.value))
    return 1


def _user_back(session: Session, revocation: Revocation) -> int:
    user = session.scalar(select(User).where(User.login == revocation.subject))
    if user is None:
        return 0
    put_back = 0
    credential = session.get(Credential, user.id)
    if credential is not None and credential.disabled_at is None:
        credential.disabled_at = revocation.at
        put_back = 1
    for device in session.scalars(select(Device).where(
            Device.user_id == user.id, Device.revoked_at.is_(None),
            Device.enrolled_at <= revocation.at)):
        device.revoked_at = revocation.at
        put_back = 1
    if put_back:
        note(session, Event(EventKind.REVOCATION_REPLAYED, user.login,
                            remote_address="console:start", detail=Revoked.USER.value))
    return put_back


def now() -> datetime:
    return datetime.now(UTC)
