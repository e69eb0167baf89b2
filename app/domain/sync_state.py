"""This device's side of sync: where it syncs, how far it has read, what the server refused.

Not synchronised records: bookkeeping of this store only (the outbox is in ``sync_log``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, utc_now
from app.domain.ids import RecordId


class SyncState(Base):
    """One row: the server this store is enrolled with and the latest outcome."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    server_url: Mapped[str] = mapped_column(String(400), default="")
    #: The server database's own id: another server (or a wiped one) is noticed.
    server_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    #: The highest change-log sequence this device has read: a server restored from an older
    #: backup answers with less, and the device sends again what the server lost.
    high_water: Mapped[int] = mapped_column(Integer, default=0)
    #: Points of the log as read, ``[[seq, token], ...]`` ascending, thinned out as they age:
    #: the handshake asks the server up to which one its log still agrees, which notices a
    #: restore even once other devices' writes have carried the log past ``high_water``.
    checkpoints: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    #: Kept here when the system has no keyring (the store itself is encrypted).
    device_token: Mapped[str | None] = mapped_column(String(200), default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                             default=None)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                             default=None)
    last_error: Mapped[str] = mapped_column(Text, default="")


#: Download scopes: records outside any dossier (offices, users, providers), and each dossier.
REFERENCE_SCOPE = "reference"
CASE_SCOPE_PREFIX = "case:"


def scope_of(case_id: uuid.UUID | None) -> str:
    return REFERENCE_SCOPE if case_id is None else f"{CASE_SCOPE_PREFIX}{case_id}"


class SyncCursor(Base):
    """How far this device has read one scope (``reference``, ``case:<id>``) of the log."""

    __tablename__ = "sync_cursor"
    scope: Mapped[str] = mapped_column(String(60), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)


class RejectedChange(Base):
    """A change the server refused, with its reason: shown to the agent, never silently
    dropped (the outbox entry is gone once answered)."""

    __tablename__ = "rejected_change"
    mutation_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    case_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None, index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AnsweredChange(Base):
    """A change the server answered as merged or in conflict, kept until the download brings
    the server's record (and the conflict) at the answer's version. The store's record still
    holds this device's value, not the server's: should the server go back to an older
    backup meanwhile, it is this change that goes up again (to be judged again, a conflict
    made again), never the record whole (which would overwrite what it conflicted with)."""

    __tablename__ = "answered_change"
    mutation_id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    case_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None, index=True)
    operation: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int] = mapped_column(Integer)
    device_clock: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: The log's sequence of the answer: the download past it brings the server's record.
    version: Mapped[int] = mapped_column(Integer)
