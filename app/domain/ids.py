"""The UUID column type of every record id, with a fast path for reading SQLite.

SQLite has no UUID type: ids are stored as 32 hexadecimal characters and turned back into
``uuid.UUID`` on every row read. The standard constructor re-parses and re-validates the text,
which dominated the cost of the office-wide lists (deadlines, semester list); ``uuid_from_hex``
builds the same immutable object straight from the integer. PostgreSQL's native UUIDs (server)
keep SQLAlchemy's own processing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Uuid
from sqlalchemy.engine import Dialect

_new = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def uuid_from_hex(value: str | None) -> uuid.UUID | None:
    """The UUID stored as 32 hex digits (anything else goes through ``uuid.UUID``)."""
    if value is None:
        return None
    if len(value) != 32:
        return uuid.UUID(value)
    made = _new(uuid.UUID)
    _set(made, "int", int(value, 16))
    _set(made, "is_safe", _UNKNOWN)
    return made


class RecordId(Uuid[uuid.UUID]):
    """``sqlalchemy.Uuid`` stored as hex text on SQLite, read back quickly."""

    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        if self.native_uuid and dialect.supports_native_uuid:
            native: Callable[[Any], Any] | None = super().result_processor(  # type: ignore[no-untyped-call]
                dialect, coltype)
            return native
        return uuid_from_hex


#: Records made from the shipped reference data (the regional offices) get the same id on every
#: device and on the server: a dossier's office_id then means the same office everywhere.
REFERENCE_NAMESPACE = uuid.UUID("6f2b1c4e-9a57-4f0e-8d3a-2c1b5e7d9f10")


def reference_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}")
