"""The wire protocol between a device and the ONE server: versioned messages, as pydantic
models, so that both sides and the OpenAPI description come from one definition.

Version history (the server accepts every version in ``ACCEPTED_PROTOCOLS``: the current one
and the one before, so that laptops can be updated after the server):
- 1: handshake, enrolment, upload of outbox batches, paged download per scope.
- 2: the upload answer names the fields merged and the conflicts made (1 gets the status only);
  attachments in chunks.
- 3: the device names points of the log it read or was answered (``Checkpoint``) and the
  server says up to which one its log still agrees: a restore is noticed even once other
  devices' new writes have carried the server's log past the device's high water (1 and 2
  compare high waters). A protocol-2 caller gets its replies without the fields of 3.
  A mutation may name the intention that made it (``action``, optional: a device that sends
  none gets a history entry without it), for the dossier's history the server writes.
  A device may name the dossiers it no longer holds but keeps changes of, answered as merged
  or in conflict (``kept_dossiers``, optional); the server answers which of them had a
  person anonymised (``anonymised``, left out when empty: an older device never asks), and
  the device forgets those changes (art. 7).

Enrolment also takes a one-time enrolment code and, when the ONE set the password, the new
one (optional fields: an older laptop's request still parses, and is refused for want of a
code with its own error code); ``/api/account/password`` changes the password of a device's
user. ``/api/one/semester-list`` and ``/api/one/statistics`` answer a ONE administrator's device
with the national documents as PDF (any other role: ``forbidden``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt

from app.domain.sync_state import scope_of
from app.services.sync.local import MAX_CHECKPOINTS

PROTOCOL_VERSION = 3
ACCEPTED_PROTOCOLS = (2, 3)
#: Fields of protocol 3, left out of the replies to older callers (their models forbid them).
PROTOCOL_3_FIELDS = {"log_agrees_up_to", "token", "anonymised"}
#: A laptop clock further than this from the server's is refused (times in the records).
MAX_CLOCK_SKEW_S = 300
#: At most this many dossiers named in one handshake as kept without being held (a laptop
#: keeps them 31 days after a transfer; the oldest go first, the rest at the next sync).
MAX_KEPT_DOSSIERS = 200
#: As large as a download page: a day's work (about 200 mutations) goes up in one request, so
#: a sync costs the same round trips whatever the day's count (bench/sync.py, issue 6).
UPLOAD_BATCH = 500
DOWNLOAD_PAGE = 500
TOKEN_HEADER = "X-Device-Token"
#: The device a chained token belongs to (sent with every request of a chained device).
DEVICE_HEADER = "X-Device-Id"
#: A chained device's hash chain: how many handshakes it lasts (the laptop hashes up to this
#: many times once per sync: about 0.3 s).
CHAIN_LENGTH = 500_000
#: A user's password counts at least this many characters (the server refuses shorter ones).
MIN_PASSWORD = 10
#: The protocol version a request speaks (the handshake says which the server accepts).
PROTOCOL_HEADER = "X-Cpi-Protocol"


def _not_a_number(value: Any) -> Any:
    """A time travels as ISO 8601 text: lax pydantic would read a number as seconds since 1970."""
    if isinstance(value, int | float):
        raise ValueError("une date et heure ISO 8601 est attendue")
    return value


#: A moment a device sends (see ``_not_a_number``).
WireTime = Annotated[datetime, BeforeValidator(_not_a_number)]
#: A day a device sends, as ISO 8601 text too, within the years a document may cover (a
#: birth date 18 years before the first one still exists in the calendar).
WireDay = Annotated[date, BeforeValidator(_not_a_number),
                    Field(ge=date(1950, 1, 1), le=date(2199, 12, 31))]
#: The languages of the documents.
DocumentLanguage = Literal["fr", "de"]


def _empty(value: list[Any]) -> bool:
    return not value


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Checkpoint(Message):
    """A point of the change log as a device read it: a sequence and the server's token for
    the entry there (a digest: it tells nothing of the entry)."""

    seq: StrictInt = Field(ge=0)
    token: str = Field(max_length=64)


#: Numbers a device sends are integers, never ``true`` or ``"2"``, and times are text: pydantic's
#: lax mode would take those, which the OpenAPI description (so any other client) says are refused.
class Handshake(Message):
    protocol: StrictInt
    schema_revision: str = Field(max_length=40)
    app_version: str = Field(max_length=40)
    device_id: uuid.UUID
    client_time: WireTime
    checkpoints: list[Checkpoint] = Field(default_factory=list, max_length=MAX_CHECKPOINTS)
    #: Dossiers this device no longer holds (transferred away) but keeps changes of, answered
    #: as merged or in conflict, for a restore of the server: were a person of one of them
    #: anonymised since, those changes may still name them (art. 7).
    #: Left out when empty: a server of the previous release refuses a field it does not know.
    kept_dossiers: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_KEPT_DOSSIERS,
                                           exclude_if=_empty)


class HandshakeReply(Message):
    accepted: bool
    reason: str = ""  # in French for the agent, when refused
    server_id: uuid.UUID
    server_time: datetime
    accepted_protocols: list[int]
    schema_revision: str
    #: The highest sequence of the change log: lower than the device's high water mark means
    #: the server was restored from an older backup.
    high_water: int
    user_id: uuid.UUID
    role: str
    #: The highest of the device's checkpoints that the server's log still has as the device
    #: read it (0: none); None when the device sent none. Lower than the device's high water:
    #: the log was restored there, whatever its length now.
    log_agrees_up_to: int | None = None
    #: Those of the device's ``kept_dossiers`` in which it wrote and a person was anonymised:
    #: the device forgets its changes of them. Left out when empty: a laptop of the previous
    #: release never asks, and its model forbids a field it does not know.
    anonymised: list[uuid.UUID] = Field(default_factory=list, exclude_if=_empty)


class Enrolment(Message):
    login: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=200)
    device_id: uuid.UUID
    device_name: str = Field(default="", max_length=120)
    #: The one-time code the ONE's IT gave with this computer (``cpi-server enrolment-code``).
    code: str = Field(default="", max_length=40)
    #: The user's new password, set in the same request (required when the ONE set theirs).
    new_password: str = Field(default="", max_length=200)
    #: The end of the device's hash chain (``H^CHAIN_LENGTH(seed)``, hex), from a laptop that
    #: shows a chained token (a new one at each handshake); empty: a plain token, as before.
    chain: str = Field(default="", pattern="^([0-9a-f]{64})?$")


class PasswordChange(Message):
    """The device's user changes their password (the device token says who)."""

    current_password: str = Field(min_length=1, max_length=200)
    new_password: str = Field(min_length=1, max_length=200)


class PasswordChanged(Message):
    changed_at: datetime


class SemesterListRequest(Message):
    """A ONE administrator asks for the national semester list (art. 6) on a reference day."""

    on: WireDay
    language: DocumentLanguage = "fr"


class StatisticsRequest(Message):
    """A ONE administrator asks for the national anonymised statistics (art. 7) of a period."""

    since: WireDay
    until: WireDay
    language: DocumentLanguage = "fr"


class EnrolmentReply(Message):
    token: str
    user: dict[str, Any]  # the user's own record, wire form
    server_id: uuid.UUID
    office: dict[str, Any] | None = None  # the user's office (a new one is not shipped yet)


class Operation(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    #: Full state sent again after the server lost it (restored from an older backup).
    RESTORE = "restore"


class Mutation(Message):
    mutation_id: uuid.UUID
    entity: str = Field(max_length=60)
    record_id: uuid.UUID
    operation: Operation
    changes: dict[str, list[Any]]  # field -> [before, after], wire values
    base_version: StrictInt = Field(ge=0)
    device_clock: StrictInt = Field(ge=0)
    created_at: WireTime
    #: The intention that made the change (the service's name), for the dossier's history
    #: (``DossierHistoryEntry``); an older device sends none.
    action: str = Field(default="", max_length=80)


class Upload(Message):
    mutations: list[Mutation] = Field(max_length=UPLOAD_BATCH)


class Status(StrEnum):
    APPLIED = "applied"
    MERGED = "merged"  # applied over changes of others to other fields
    CONFLICT = "conflict"  # some fields kept the server's value; conflict records made
    REJECTED = "rejected"


class MutationResult(Message):
    mutation_id: uuid.UUID
    status: Status
    reason: str = ""
    version: int = 0  # the record's version after this mutation (0: not applied)
    merged_fields: list[str] = Field(default_factory=list)  # protocol 2
    conflicts: list[uuid.UUID] = Field(default_factory=list)  # protocol 2
    #: Protocol 3: the server's token for the log entry at ``version`` (see ``Checkpoint``):
    #: what the device knows from answers alone is checked at the next handshake too.
    token: str = ""


class UploadReply(Message):
    results: list[MutationResult]


class Download(Message):
    cursors: dict[str, StrictInt]  # scope -> last sequence read
    limit: StrictInt = Field(default=DOWNLOAD_PAGE, ge=1, le=DOWNLOAD_PAGE)


class RowChange(Message):
    seq: int
    scope: str
    entity: str
    record_id: uuid.UUID
    data: dict[str, Any]  # the whole row at this version, wire values


class DownloadReply(Message):
    changes: list[RowChange]
    cursors: dict[str, int]  # every scope of the caller now, with its new position
    more: bool  # another page waits
    #: Scopes the caller no longer has (a dossier transferred away): purge them.
    dropped: list[str]
    #: The server's token for the entry at the highest of ``cursors`` (see ``Checkpoint``).
    token: str = ""


class ErrorCode(StrEnum):
    UNAUTHENTICATED = "unauthenticated"
    DEVICE_REVOKED = "device_revoked"
    PROTOCOL = "protocol"
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    #: Enrolment: the one-time code is missing, wrong, expired or used.
    ENROLMENT_CODE = "enrolment_code"
    #: Enrolment: the ONE set this user's password; a new one is to be given with it.
    PASSWORD_CHANGE = "password_change"
    #: A password change: the current password given is not the user's.
    WRONG_PASSWORD = "wrong_password"
    #: The caller's role may not ask for this (the national documents: ONE administrators).
    FORBIDDEN = "forbidden"
    #: The request breaks a rule of the law (a semester list off 1 April and 1 October, a
    #: period ending before it starts): the message says which.
    REFUSED = "refused"


class ErrorReply(Message):
    code: ErrorCode
    message: str


def case_scope(case_id: uuid.UUID) -> str:
    return scope_of(case_id)


#: Attachments (the bytes of signed scans) go up in chunks of this size, the last one shorter,
#: each with its own SHA-256 in ``CHUNK_HASH_HEADER``; the whole is named by its SHA-256.
CHUNK_SIZE = 256 * 1024
CHUNK_HASH_HEADER = "X-Chunk-Sha256"
SHA256_PATTERN = "^[0-9a-f]{64}$"


class AttachmentStatus(Message):
    """What the server holds of an attachment: whole (``stored``) or the chunks this device
    sent so far (an interrupted upload resumes from them)."""

    stored: bool
    chunk_size: int
    received: list[int]


class AttachmentFinish(Message):
    size: StrictInt = Field(ge=1)
