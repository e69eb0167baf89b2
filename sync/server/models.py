"""The server's own tables, beside the shared domain tables (``app.domain``): the change log,
the answers already given to mutations, devices and their tokens, passwords (and whether the
account is disabled), one-time enrolment codes, the security log, transfers, attachments
(whole, and in chunks while they arrive)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.base import NAMING, new_id, utc_now
from app.domain.ids import RecordId


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ServerInfo(ServerBase):
    """One row: this database's id (a device notices a different or re-created server)."""

    __tablename__ = "server_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_id: Mapped[uuid.UUID] = mapped_column(RecordId, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class LogCounter(ServerBase):
    """The change log's sequence. Taken with a row lock as the last step before commit, so
    sequence numbers are given in commit order: a reader that saw N has seen everything below
    N (a PostgreSQL sequence would hand out numbers that commit out of order)."""

    __tablename__ = "log_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLogEntry(ServerBase):
    """A record's whole state at one version, in the scope that may read it."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_scope_seq", "scope", "seq"),)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    scope: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    committed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AppliedMutation(ServerBase):
    """The answer given to a mutation: a replay gets the same answer, nothing applied twice."""

    __tablename__ = "applied_mutation"
    mutation_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class HeldRestore(ServerBase):
    """A record a device gave back after the server was restored from an older backup, for a
    dossier the restored server gives to someone else (a transfer the restore undid): kept,
    not applied, until the ONE gives the dossier back to that agent (``transfer_case``), so
    that nothing acknowledged is lost and nobody writes a dossier that is not theirs."""

    __tablename__ = "held_restore"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    #: The mutation as sent (``sync.protocol.Mutation``, JSON).
    mutation: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Device(ServerBase):
    __tablename__ = "device"
    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256, hex
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    #: Protocol 4: the device shows the tokens of a hash chain backwards, one step further at
    #: each handshake (``sync.server.auth``); ``token_hash`` is then the hash of the last token
    #: it showed, which is the token it showed before that.
    chained: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: When the chain last moved on (the window of a late delivery counts from there).
    token_advanced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                               default=None)


class Credential(ServerBase):
    """A user's password (Argon2id hash), asked when a laptop is enrolled and to change it;
    the account's state on the server: disabled (no enrolment; every device was revoked), or
    its password set by the ONE's IT, to be replaced at the next enrolment."""

    __tablename__ = "credential"
    user_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class EnrolmentCode(ServerBase):
    """A one-time code the ONE's IT gives with a laptop: a new computer enrols with its user's
    password AND this code. Stored as an Argon2id hash; used once; expires. A user has at most
    one unused code (a new one replaces it)."""

    __tablename__ = "enrolment_code"
    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    #: The device it enrolled.
    device_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)


class SecurityEvent(ServerBase):
    """One line of the security log (``sync.server.security``): who, from where, what kind of
    event. Never a family's name nor a dossier's content: logins, device ids, addresses,
    dossier numbers and fixed reason words only."""

    __tablename__ = "security_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    #: The user concerned, as typed or known ("" when none).
    login: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    #: The caller's IP address, or ``console:<system user>`` for an administrative command.
    remote_address: Mapped[str] = mapped_column(String(120), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")


class Transfer(ServerBase):
    """A dossier given to another agent: edits its former agent made before this moment are
    still judged (and kept when they fit); later ones are refused."""

    __tablename__ = "transfer"
    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    from_agent_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    to_agent_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class DeviceRead(ServerBase):
    """When a device last read the change log. A device that read after a dossier was
    transferred away has learnt it and sent what it had made before: later edits of that
    dossier, whatever time they claim, were not made while it was the agent's."""

    __tablename__ = "device_read"
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Blob(ServerBase):
    """An attachment's bytes, once per content, named by their SHA-256 (checked on arrival).
    Readable only through a record of a dossier in the reader's scope (``sync.server.blobs``)."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    #: Deferred: asking whether a blob is stored must not load its megabytes.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class BlobChunk(ServerBase):
    """A chunk of an attachment one device is uploading; gone once the whole is stored or
    refused. Per device, so that one device's upload never spoils another's."""

    __tablename__ = "blob_chunk"
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    chunk_index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class BlobHolder(ServerBase):
    """A device that proved it holds an attachment's bytes: it sent every chunk and the whole
    matched the digest. The server stores each content once; a device that only knows a
    digest (a former agent's, read in a dossier since transferred) may neither hear that the
    bytes are there nor link them to a dossier of its own (``sync.server.blobs``)."""

    __tablename__ = "blob_holder"
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    proven_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AnonymisationGuard(ServerBase):
    """Art. 7: what the server keeps of a person it anonymised, to refuse their data coming
    back from a device that had not heard of it yet: keyed digests (HMAC-SHA256 with this
    row's random salt) of the folded words of their names and of their birth date, never the
    words themselves. An incoming text's words are digested the same way and replaced when
    they match (``sync.server.anonymise``)."""

    __tablename__ = "anonymisation_guard"
    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    digests: Mapped[list[str]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
