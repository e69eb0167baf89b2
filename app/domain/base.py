"""Declarative base and the columns every synchronised record carries.

Primary keys are uuid7 made on the device: records created offline on two laptops never
collide, a retried upload never duplicates, and ids sort by creation time (index locality).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

import uuid6
from sqlalchemy import DateTime, Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.ids import RecordId

# Stable constraint names make Alembic batch migrations on SQLite reproducible.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A fresh uuid7 (time-ordered, made on this device)."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def aware(moment: datetime) -> datetime:
    """``moment`` with its zone: SQLite gives back the UTC times it stored without one."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def enum_column(enum: type[StrEnum], length: int = 40) -> Enum:
    """Store an enum by its value (readable, stable across renames of the Python member)."""
    return Enum(enum, values_callable=lambda members: [m.value for m in members],
                native_enum=False, length=length, validate_strings=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {uuid.UUID: RecordId}  # noqa: RUF012 (SQLAlchemy's own protocol)


class SyncedRecord:
    """Columns of every record that travels between devices and the server.

    ``server_version`` is the server's version of the row this device last saw (0: never
    synced); an outbox entry records it as the base its change was made against. Deletes are
    tombstones (``deleted_at``), never row removals.
    """

    id: Mapped[uuid.UUID] = mapped_column(RecordId, primary_key=True, default=new_id)
    server_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    #: Fields the outbox never carries (bookkeeping, not user data).
    UNSYNCED_FIELDS = frozenset({"server_version", "created_at", "updated_at"})
    #: Records that are never edited once written (signatures, minutes, contact notes...).
    APPEND_ONLY: ClassVar[bool] = False
    #: Binary columns that travel apart, as attachments named by the row's ``sha256``: never
    #: inside an outbox change, a server log entry or a download (megabytes each).
    ATTACHED_FIELDS: ClassVar[frozenset[str]] = frozenset()
    #: A record of this kind on no dossier (``case_id`` None) stays on this device: no
    #: outbox entry is queued for it (the server has no scope to hold it). Audited still.
    LOCAL_WITHOUT_CASE: ClassVar[bool] = False

    def refused_change(self, changes: Mapping[str, list[Any]]) -> str | None:
        """Why an update with these ``changes`` (field -> [before, after]) must not be saved.

        Checked for every update at flush time, whatever service made it: services refuse
        first with a message for the agent, so a refusal here is a bug. None: allowed.
        """
        if self.APPEND_ONLY:
            return f"{type(self).__name__} records are append-only"
        return None
