"""A field edited on two sides since the last sync: kept, never overwritten, for a person to
resolve. The server makes it when an upload meets a newer value; it syncs to the devices of
the dossier like any record, and its resolution syncs back like any edit."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord
from app.domain.ids import RecordId


class SyncConflict(SyncedRecord, Base):
    """Values are kept as ``{"v": value}`` (wire form), so that an empty value is kept too."""

    __tablename__ = "sync_conflict"
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), default=None,
                                                       index=True)
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId, index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[dict[str, Any]] = mapped_column(JSON)
    mine_value: Mapped[dict[str, Any]] = mapped_column(JSON)  # the upload's
    theirs_value: Mapped[dict[str, Any]] = mapped_column(JSON)  # the server's, kept in place
    mine_by: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    mine_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    resolved_value: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
