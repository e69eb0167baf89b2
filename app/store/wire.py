"""Records as JSON-safe values and back: what the outbox stores and what sync carries.

One place for both directions, used by the device (outbox, downloads) and by the server
(applying uploads, the change log), so that a value survives any number of round trips.
"""

from __future__ import annotations

import base64
import enum
import functools
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, LargeBinary, Numeric, inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.types import TypeEngine

from app.domain.base import Base, SyncedRecord


def to_wire(value: Any) -> Any:
    """A JSON-safe form of a column value, one spelling per value: two sides that hold the
    same value write the same text (conflict detection compares them)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        # SQLite gives back naive UTC times, PostgreSQL aware ones: always UTC with its zone.
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # exact, unlike a float; 120.00 and 120 alike
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")  # a signed scan's content
    return value


def from_wire(column_type: TypeEngine[Any], value: Any) -> Any:
    """The Python value of ``value`` for a column of ``column_type`` (the inverse of
    ``to_wire``). Raises ValueError on a value that does not fit the column."""
    if value is None:
        return None
    if isinstance(column_type, Enum):
        enum_class = column_type.enum_class
        return enum_class(value) if enum_class is not None else str(value)
    if isinstance(column_type, DateTime):
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"a time without its zone: {value!r}")
        return parsed
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value, validate=True)
    if isinstance(column_type, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"not a yes/no value: {value!r}")
        return value
    if isinstance(column_type, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"not a whole number: {value!r}")
        return value
    if isinstance(column_type, JSON):
        return value
    python_type = _python_type(column_type)
    if python_type is uuid.UUID:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if python_type is str:
        if not isinstance(value, str):
            raise ValueError(f"not a text: {value!r}")
        length = getattr(column_type, "length", None)
        if length is not None and len(value) > length:
            raise ValueError(f"longer than {length} characters")
        return value
    return value


def _python_type(column_type: TypeEngine[Any]) -> type | None:
    try:
        found: type = column_type.python_type
    except NotImplementedError:
        return None
    return found


@functools.cache
def synced_models() -> dict[str, type[SyncedRecord]]:
    """Every synchronised table by name (``case_file`` -> ``Case``...), parents before the
    tables that refer to them: records sent in this order can be inserted in this order."""
    by_table: dict[str, type[SyncedRecord]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedRecord):
            by_table[cls.__tablename__] = cls  # type: ignore[attr-defined]
    return {table.name: by_table[table.name] for table in Base.metadata.sorted_tables
            if table.name in by_table}


def synced_columns(cls: type[SyncedRecord]) -> dict[str, TypeEngine[Any]]:
    """The columns a change may carry (the id and the bookkeeping fields excluded). Read
    once per record type (sync asks for every row and every mutation); the same dict each
    time: read it, never change it."""
    found = _SYNCED_COLUMNS.get(cls)
    if found is None:
        mapper: Mapper[Any] = inspect(cls)
        found = _SYNCED_COLUMNS[cls] = {
            attr.key: attr.columns[0].type for attr in mapper.column_attrs
            if attr.key != "id" and attr.key not in SyncedRecord.UNSYNCED_FIELDS
            and attr.key not in cls.ATTACHED_FIELDS}
    return found


_SYNCED_COLUMNS: dict[type[SyncedRecord], dict[str, TypeEngine[Any]]] = {}


def record_to_wire(record: SyncedRecord) -> dict[str, Any]:
    """The whole row, id included, as JSON-safe values (downloads, the server's log); attached
    bytes travel apart."""
    return {key: to_wire(getattr(record, key)) for key in _wire_keys(type(record))}


def _wire_keys(cls: type[SyncedRecord]) -> tuple[str, ...]:
    """The attributes ``record_to_wire`` writes, in the mapper's order (read once per
    record type: the server writes one for every row it logs)."""
    found = _WIRE_KEYS.get(cls)
    if found is None:
        found = _WIRE_KEYS[cls] = tuple(
            attr.key for attr in inspect(cls).column_attrs
            if attr.key not in SyncedRecord.UNSYNCED_FIELDS
            and attr.key not in cls.ATTACHED_FIELDS)
    return found


_WIRE_KEYS: dict[type[SyncedRecord], tuple[str, ...]] = {}


def case_id_of(record: SyncedRecord) -> uuid.UUID | None:
    """The dossier a record belongs to (itself for a dossier; None for shared records)."""
    if type(record).__tablename__ == "case_file":  # type: ignore[attr-defined]
        return record.id
    value = getattr(record, "case_id", None)
    return value if isinstance(value, uuid.UUID) else None
