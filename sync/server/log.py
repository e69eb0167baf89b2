"""Writing the change log: every record a transaction changed gets the next sequence numbers,
taken last, just before commit, under the counter's row lock (see ``LogCounter``)."""

from __future__ import annotations

import uuid

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.domain.base import SyncedRecord
from app.store.wire import case_id_of, record_to_wire
from sync.protocol import REFERENCE_SCOPE, case_scope
from sync.server.models import ChangeLogEntry, LogCounter


def scope_of(record: SyncedRecord) -> str:
    case_id = case_id_of(record)
    return case_scope(case_id) if case_id is not None else REFERENCE_SCOPE


def log_changes(session: Session, records: list[SyncedRecord]) -> dict[uuid.UUID, int]:
    """Log each record's state once (the last change wins within the transaction); returns
    each record's new version."""
    if not records:
        return {}
    session.flush()  # new records get their ids first: the dedup below goes by id
    distinct = list({record.id: record for record in records}.values())
    last = session.execute(update(LogCounter).where(LogCounter.id == 1).values(
        value=LogCounter.value + len(distinct)).returning(LogCounter.value)).scalar_one()
    versions = {}
    for seq, record in enumerate(distinct, start=last - len(distinct) + 1):
        record.server_version = seq
        versions[record.id] = seq
        session.add(ChangeLogEntry(seq=seq, scope=scope_of(record),
                                   entity=type(record).__tablename__,  # type: ignore[attr-defined]
                                   record_id=record.id, data=record_to_wire(record)))
    session.flush()
    return versions
