"""Who is calling: the device token of a request, checked in the request's own transaction
(one connection and one commit per request, not two)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Header
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import User
from app.domain.base import aware
from sync.protocol import (
    ACCEPTED_PROTOCOLS,
    PROTOCOL_HEADER,
    TOKEN_HEADER,
    ErrorCode,
    ErrorReply,
)
from sync.server.models import Credential, Device
from sync.server.scopes import Caller
from sync.server.security import Event, EventKind, Reason

#: How stale a device's "last seen" may be (the admins' list of devices shows it): a write a
#: minute at most, not one per request.
SEEN_EVERY = timedelta(minutes=1)
#: A device silent for longer is no longer served: its token has expired, and the agent enrols
#: it again with a one-time code (``cpi-server serve --device-idle-days``).
DEVICE_IDLE_DAYS = 90


class ApiError(Exception):
    """A refusal; ``event``: what the security log keeps of it (written by the app's handler
    in a transaction of its own, with the caller's address)."""

    def __init__(self, status: int, code: ErrorCode, message: str,
                 event: Event | None = None) -> None:
        super().__init__(message)
        self.status, self.reply = status, ErrorReply(code=code, message=message)
        self.event = event


@dataclass(frozen=True)
class Credentials:
    """What a request says of itself; believed once ``authenticate`` has checked it."""

    token: str
    protocol: int


def credentials(token: Annotated[str | None, Header(alias=TOKEN_HEADER)] = None,
                protocol: Annotated[int, Header(alias=PROTOCOL_HEADER)] = 1) -> Credentials:
    """The FastAPI dependency: the headers, refused early when they cannot be right."""
    if protocol not in ACCEPTED_PROTOCOLS:
        raise ApiError(426, ErrorCode.PROTOCOL, protocol_refusal(protocol))
    if not token:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "Ce poste n'est pas enrôlé.")
    return Credentials(token, protocol)


def authenticate(session: Session, given: Credentials,
                 idle: timedelta = timedelta(days=DEVICE_IDLE_DAYS)) -> Caller:
    """The device and its user, as the server's tables say now (revoked, or silent for longer
    than ``idle``: refused)."""
    found = session.execute(
        select(Device, User, Credential)
        .join(User, User.id == Device.user_id, isouter=True)
        .join(Credential, Credential.user_id == Device.user_id, isouter=True)
        .where(Device.token_hash == token_hash(given.token))).first()
    if found is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED,
                       "Jeton de poste inconnu : enrôlez ce poste à nouveau.",
                       Event(EventKind.TOKEN_REFUSED, detail=Reason.UNKNOWN_TOKEN))
    device, user, credential = found
    login = user.login if user is not None else ""
    if device.revoked_at is not None:
        raise ApiError(403, ErrorCode.DEVICE_REVOKED, "Ce poste a été révoqué par l'ONE.",
                       Event(EventKind.TOKEN_REFUSED, login, device.id,
                             detail=Reason.DEVICE_REVOKED))
    if user is None or user.deleted_at is not None:
        raise ApiError(403, ErrorCode.DEVICE_REVOKED, "Le compte de ce poste n'existe plus.",
                       Event(EventKind.TOKEN_REFUSED, login, device.id,
                             detail=Reason.USER_GONE))
    if credential is not None and credential.disabled_at is not None:
        # Disabling revokes every device; one enrolled in the same instant is refused too.
        raise ApiError(403, ErrorCode.DEVICE_REVOKED, "Le compte de ce poste est désactivé.",
                       Event(EventKind.TOKEN_REFUSED, login, device.id,
                             detail=Reason.USER_DISABLED))
    now = datetime.now(UTC)
    contact = device.last_seen_at or device.enrolled_at
    if contact is not None and aware(contact) < now - idle:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED,
                       f"Ce poste n'a pas contacté le serveur depuis plus de {idle.days} jours : "
                       "son jeton a expiré. Enrôlez-le à nouveau avec un code d'enrôlement du "
                       "service informatique de l'ONE.",
                       Event(EventKind.TOKEN_REFUSED, login, device.id,
                             detail=Reason.TOKEN_EXPIRED))
    if device.last_seen_at is None or aware(device.last_seen_at) < now - SEEN_EVERY:
        device.last_seen_at = now
    return Caller(user.id, user.role, user.office_id, device.id, given.protocol)


#: ``authenticate`` with the server's own settings bound (``app.build_app``).
Authenticate = Callable[[Session, Credentials], Caller]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def protocol_refusal(protocol: int) -> str:
    return (f"Le protocole de synchronisation {protocol} n'est plus accepté par le serveur "
            f"(acceptés : {', '.join(map(str, ACCEPTED_PROTOCOLS))}) : mettez cpi-terrain à "
            "jour.")

