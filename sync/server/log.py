"""Writing the change log: every record a transaction changed gets the next sequence numbers,
taken last, just before commit, under the counter's row lock (see ``LogCounter``).

Records an upload creates arrive here not yet added to the session: they are written with
bulk inserts, table by table with parents first (the unit of work orders tables only along
relationships, which the domain does not declare), each row once in its final state."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, inspect, update
from sqlalchemy.orm import Session

from app.domain import Base
from app.domain.base import SyncedRecord
from app.domain.sync_state import REFERENCE_SCOPE
from app.store.wire import case_id_of, record_to_wire, synced_models
from sync.protocol import case_scope
from sync.server.models import LogCounter, ServerBase


def scope_of(record: SyncedRecord) -> str:
    case_id = case_id_of(record)
    return case_scope(case_id) if case_id is not None else REFERENCE_SCOPE


def log_changes(session: Session, records: list[SyncedRecord]) -> dict[uuid.UUID, int]:
    """Write and log each record's state once (the last change wins within the transaction);
    returns each record's new version. ``records`` may be in the session or new ones that
    are not (those are inserted here)."""
    if not records:
        return {}
    session.flush()  # new records of the session get their ids first: the dedup goes by id
    distinct = list({record.id: record for record in records}.values())
    last = session.execute(update(LogCounter).where(LogCounter.id == 1).values(
        value=LogCounter.value + len(distinct)).returning(LogCounter.value)).scalar_one()
    versions = {}
    entries: list[dict[str, Any]] = []
    for seq, record in enumerate(distinct, start=last - len(distinct) + 1):
        record.server_version = seq
        versions[record.id] = seq
        if inspect(record).transient:
            _fill_defaults(record)
        entries.append({"seq": seq, "scope": scope_of(record),
                        "entity": type(record).__tablename__,  # type: ignore[attr-defined]
                        "record_id": record.id, "data": record_to_wire(record)})
    _insert_new(session, [record for record in distinct if inspect(record).transient])
    session.flush()  # the records of the session: their new versions
    session.execute(insert(ServerBase.metadata.tables["change_log"]), entries)
    return versions


def _insert_new(session: Session, records: list[SyncedRecord]) -> None:
    """One bulk insert per table, parents' tables first; within a table, in the order given
    (the device's, which made a parent before its child)."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        table = type(record).__tablename__  # type: ignore[attr-defined]
        by_table.setdefault(table, []).append(
            {column: getattr(record, key) for key, column, _default in _columns(type(record))})
    unknown = set(by_table) - set(synced_models())
    if unknown:
        raise ValueError(f"not synchronised tables: {sorted(unknown)}")
    for table in synced_models():
        if table in by_table:
            session.execute(insert(Base.metadata.tables[table]), by_table[table])


def _fill_defaults(record: SyncedRecord) -> None:
    """The columns' Python defaults set on a new record, as a flush would set them: its log
    entry must say what the database holds."""
    state = inspect(record)
    for key, _column, default in _columns(type(record)):
        if key in state.dict:
            continue
        if default is None:
            setattr(record, key, None)
        elif default.is_scalar:
            setattr(record, key, default.arg)
        elif default.is_callable:
            setattr(record, key, default.arg(None))
        else:
            raise ValueError(f"{key}: a default the server cannot compute")


def _columns(cls: type[SyncedRecord]) -> list[tuple[str, str, Any]]:
    """Each mapped column's attribute name, column name and Python default."""
    found = _COLUMNS.get(cls.__name__)
    if found is None:
        found = _COLUMNS[cls.__name__] = [
            (attr.key, attr.columns[0].name, attr.columns[0].default)
            for attr in inspect(cls).column_attrs]
    return found


_COLUMNS: dict[str, list[tuple[str, str, Any]]] = {}
