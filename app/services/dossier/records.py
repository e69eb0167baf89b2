"""Every record of a dossier, table by table: what an art. 7 export contains, what an
anonymisation rewrites, and how the invariants check that every step's data hangs on its case."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.domain import Base, Case, SyncedRecord
from app.store.wire import to_wire

#: In the dossier's scope but not of its content: the server's history of its changes (who
#: changed what, read apart by the history tab and the ONE's audit export).
NOT_CONTENT = frozenset({"dossier_history"})


def case_record_classes() -> list[type[SyncedRecord]]:
    """Every synchronised table that belongs to one dossier (it has a ``case_id``), but its
    history (``NOT_CONTENT``)."""
    classes = []
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedRecord) and "case_id" in mapper.columns \
                and getattr(cls, "__tablename__", "") not in NOT_CONTENT:
            classes.append(cls)
    return sorted(classes, key=lambda c: c.__tablename__)  # type: ignore[attr-defined]


def case_records(session: Session, case_id: uuid.UUID) -> Iterator[SyncedRecord]:
    """The dossier itself, then every live record of it."""
    case = session.get(Case, case_id)
    if case is not None:
        yield case
    for cls in case_record_classes():
        yield from session.scalars(select(cls).where(
            cls.case_id == case_id, cls.deleted_at.is_(None))  # type: ignore[attr-defined]
            .order_by(cls.id))


def as_wire(record: SyncedRecord) -> dict[str, Any]:
    return {column.key: to_wire(getattr(record, column.key))
            for column in inspect(record).mapper.column_attrs}
