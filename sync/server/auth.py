"""Who is calling: the device token of a request, checked in the request's own transaction
(one connection and one commit per request, not two)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Annotated

from fastapi import Header
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain import User
from app.domain.base import aware
from sync.protocol import (
    ACCEPTED_PROTOCOLS,
    DEVICE_HEADER,
    PROTOCOL_HEADER,
    TOKEN_HEADER,
    ErrorCode,
    ErrorReply,
)
from sync.server import revocations, security
from sync.server.models import Credential, Device
from sync.server.scopes import Caller
from sync.server.security import Event, EventKind, Reason

#: How stale a device's "last seen" may be (the admins' list of devices shows it): a write a
#: minute at most, not one per request.
SEEN_EVERY = timedelta(minutes=1)
#: A device silent for longer is no longer served: its token has expired, and the agent enrols
#: it again with a one-time code (``cpi-server serve --device-idle-days``).
DEVICE_IDLE_DAYS = 90
#: How far ahead of the token the server keeps a device's chained token may be (handshakes the
#: server missed: answers lost, or a restore of the database to an older backup), and how far
#: back an old token is still recognised as this device's.
CHAIN_REACH = 2000
#: Longer than any network could delay an honest request: an old token arriving later than
#: this after the chain moved on is not a late delivery but a copy, and revokes the device.
LATE_WINDOW = timedelta(minutes=10)


class ApiError(Exception):
    """A refusal; ``event``: what the security log keeps of it (written by the app's handler
    in a transaction of its own, with the caller's address)."""

    def __init__(self, status: int, code: ErrorCode, message: str,
                 event: Event | None = None, revoke: uuid.UUID | None = None) -> None:
        super().__init__(message)
        self.status, self.reply = status, ErrorReply(code=code, message=message)
        self.event = event
        #: A device to revoke (in a transaction of its own: the request's is rolled back).
        self.revoke = revoke


@dataclass(frozen=True)
class Credentials:
    """What a request says of itself; believed once ``authenticate`` has checked it."""

    token: str
    protocol: int
    #: The device a chained token says it belongs to (``DEVICE_HEADER``), None for a plain one.
    device: uuid.UUID | None = None
    #: A handshake: the one request that moves a chained token on.
    handshake: bool = False
    #: Only checked (the gate): a handshake's chain moves on in the route's transaction.
    advance: bool = True


async def credentials(token: Annotated[str | None, Header(alias=TOKEN_HEADER)] = None,
                      protocol: Annotated[int, Header(alias=PROTOCOL_HEADER)] = 1,
                      device: Annotated[str | None, Header(alias=DEVICE_HEADER)] = None
                      ) -> Credentials:
    """The FastAPI dependency: the headers, refused early when they cannot be right. Async
    (it reads nothing but the headers): a plain function would cost every request a trip
    through the thread pool before the route's own."""
    return _credentials(token, protocol, device)


async def handshake_credentials(
        token: Annotated[str | None, Header(alias=TOKEN_HEADER)] = None,
        protocol: Annotated[int, Header(alias=PROTOCOL_HEADER)] = 1,
        device: Annotated[str | None, Header(alias=DEVICE_HEADER)] = None) -> Credentials:
    """``credentials`` of a handshake (a chained token moves on)."""
    return dataclasses.replace(_credentials(token, protocol, device), handshake=True)


def _credentials(token: str | None, protocol: int, device: str | None) -> Credentials:
    if protocol not in ACCEPTED_PROTOCOLS:
        raise ApiError(426, ErrorCode.PROTOCOL, protocol_refusal(protocol))
    if not token:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "Ce poste n'est pas enrôlé.")
    return Credentials(token, protocol, device_of(device))


def device_of(header: str | None) -> uuid.UUID | None:
    if not header:
        return None
    try:
        return uuid.UUID(header)
    except ValueError:
        return None


class Chain(Enum):
    """Where a chained token stands against the one the server keeps."""

    AHEAD = "ahead"
    OLD = "old"
    FOREIGN = "foreign"


def chain_position(token: str, kept_hash: str) -> Chain:
    """``AHEAD`` when hashing ``token`` 2 to ``CHAIN_REACH + 1`` times gives ``kept_hash`` (the
    device moved on by handshakes the server missed); ``OLD`` when ``token`` is ``kept_hash``
    hashed 0 to ``CHAIN_REACH`` times (a token the device showed before the one kept: a late
    delivery, or a copy); else ``FOREIGN``. (Hashed once: the token kept, found by lookup.)"""
    ahead = token_hash(token)
    back = kept_hash
    for _ in range(CHAIN_REACH + 1):
        if back == token:
            return Chain.OLD
        ahead = token_hash(ahead)
        if ahead == kept_hash:
            return Chain.AHEAD
        back = token_hash(back)
    return Chain.FOREIGN


def _chained(session: Session, given: Credentials) -> tuple[Device, User | None,
                                                            Credential | None] | None:
    """A chained device's row found by the device id its request names, when its token is
    ahead of the one kept (moved on there at a handshake); an old one refused."""
    if given.device is None:
        return None
    found = session.execute(
        select(Device, User, Credential)
        .join(User, User.id == Device.user_id, isouter=True)
        .join(Credential, Credential.user_id == Device.user_id, isouter=True)
        .where(Device.id == given.device, Device.chained.is_(True))).first()
    if found is None:
        return None
    device, user, credential = found
    position = chain_position(given.token, device.token_hash)
    if position is Chain.OLD:
        raise _old_token(device, user.login if user is not None else "", "")
    if position is Chain.FOREIGN or not given.handshake:
        return None
    if given.advance:
        device.token_hash = token_hash(given.token)
        device.token_advanced_at = datetime.now(UTC)
    return device, user, credential


def _old_token(device: Device, login: str, how: str) -> ApiError:
    """An old token of a chained device coming back: refused and logged; later than a network
    could have delayed it, a copy of the device's token was used: the device is revoked."""
    if device.revoked_at is not None:
        return ApiError(403, ErrorCode.DEVICE_REVOKED, "Ce poste a été révoqué par l'ONE.",
                        Event(EventKind.TOKEN_REFUSED, login, device.id,
                              detail=Reason.DEVICE_REVOKED))
    moved = device.token_advanced_at or device.enrolled_at
    late = moved is None or aware(moved) < datetime.now(UTC) - LATE_WINDOW
    detail = f"{Reason.OLD_TOKEN}{how}" + (" (poste révoqué)" if late else "")
    event = Event(EventKind.TOKEN_REFUSED, login, device.id, detail=detail)
    if late:
        return ApiError(403, ErrorCode.DEVICE_REVOKED,
                        "Un ancien jeton de ce poste est revenu : son jeton a été copié. Le "
                        "poste est révoqué ; adressez-vous au service informatique de l'ONE.",
                        event, revoke=device.id)
    return ApiError(401, ErrorCode.UNAUTHENTICATED,
                    "Ancien jeton de ce poste : refusé.", event)


def authenticate(session: Session, given: Credentials,
                 idle: timedelta = timedelta(days=DEVICE_IDLE_DAYS)) -> Caller:
    """The device and its user, as the server's tables say now (revoked, or silent for longer
    than ``idle``: refused)."""
    row = session.execute(
        select(Device, User, Credential)
        .join(User, User.id == Device.user_id, isouter=True)
        .join(Credential, Credential.user_id == Device.user_id, isouter=True)
        .where(Device.token_hash == token_hash(given.token))).first()
    found = (row[0], row[1], row[2]) if row is not None else _chained(session, given)
    if found is not None and row is not None and given.handshake and found[0].chained:
        moved = found[0].token_advanced_at or found[0].enrolled_at
        if moved is not None and aware(moved) < datetime.now(UTC) - LATE_WINDOW:
            # A handshake shows a new token each time: the one kept shown again, long after,
            # is a copy's (a duplicate delivery comes within the window).
            raise _old_token(found[0], found[1].login if found[1] is not None else "",
                             " (déjà montré)")
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



def settle_refusal(sessions: sessionmaker[Session], refused: ApiError, address: str) -> None:
    """A refusal's consequences, in transactions of their own (the request's is rolled back):
    its event in the security log, and the device it revokes (journaled outside the database,
    like a revocation by IT). A database failing meanwhile loses them; the refusal still goes
    out (and the old token comes back again at the device's next sync)."""
    if refused.event is not None:
        with contextlib.suppress(SQLAlchemyError):
            security.record(sessions, dataclasses.replace(refused.event,
                                                          remote_address=address))
    if refused.revoke is None:
        return
    with contextlib.suppress(SQLAlchemyError), sessions.begin() as session:
        device = session.get(Device, refused.revoke)
        if device is None or device.revoked_at is not None:
            return
        device.revoked_at = datetime.now(UTC)
        user = session.get(User, device.user_id)
        security.note(session, Event(EventKind.REVOKE_DEVICE, user.login if user else "",
                                     device.id, address, Reason.OLD_TOKEN.value))
    with contextlib.suppress(OSError):
        revocations.remember(revocations.Revocation(
            revocations.Revoked.DEVICE, str(refused.revoke), revocations.now()))
