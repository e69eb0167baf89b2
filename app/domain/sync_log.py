"""The outbox (what this device must upload) and the audit trail (who did what).

Both are written by ``app.store.capture`` in the same transaction as the change itself, so a
change can never be saved without being queued for sync and traced.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, new_id, utc_now
from app.domain.ids import RecordId


class OutboxEntry(Base):
    """One pending mutation: changed fields with before/after values and the base version."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(RecordId, unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    #: The dossier the record belongs to (None for reference data): "unsynced changes" per
    #: dossier, and per-dossier scopes for upload.
    case_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None, index=True)
    operation: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> [before, after]
    base_version: Mapped[int] = mapped_column(Integer)
    device_clock: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: The intention that made the change (``ctx.transaction``'s name), sent with it: the
    #: server's history of the dossier names it (``DossierHistoryEntry.action``).
    action: Mapped[str] = mapped_column(String(80), default="")


class AuditEntry(Base):
    """Who did what to which record. Field names only: values stay in the records."""

    __tablename__ = "audit"
    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    fields: Mapped[list[str]] = mapped_column(JSON)
    #: The agent whose dossier the actor changed while covering their caseload
    #: (``CaseloadCover``); None when the actor acted for themselves.
    under_cover_of_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    #: The outbox entry of the same change: while it waits for upload, the dossier's history
    #: shows this entry as not synchronised yet; once answered, the server's entry
    #: (``DossierHistoryEntry``) tells it. None for entries written before revision 0013.
    mutation_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None, index=True)


class DeviceState(Base):
    """This device's identity and logical clock (one row)."""

    __tablename__ = "device_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[uuid.UUID] = mapped_column(RecordId, default=new_id)
    clock: Mapped[int] = mapped_column(Integer, default=0)
    current_user_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
