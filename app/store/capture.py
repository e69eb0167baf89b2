"""Outbox and audit capture: every change to a synchronised record is queued and traced.

A ``before_flush`` hook looks at what the session is about to write and adds, in the same
transaction, one outbox entry (changed fields, before/after values, base server version, device
clock) and one audit entry (actor, action, field names) per record. Services therefore cannot
forget either, and a crash can never leave a change without its outbox entry.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.domain.base import SyncedRecord, new_id, utc_now
from app.domain.cases import Case, CaseState
from app.domain.office import CaseloadCover
from app.domain.sync_log import AuditEntry, DeviceState, OutboxEntry
from app.rules import Unmet, require
from app.rules.lengths import too_long_unmet
from app.store.unicode import cleaned
from app.store.wire import to_wire

ACTION_KEY = "cpi.action"
ACTOR_KEY = "cpi.actor_id"
#: Set to False for writes that come from the server (reference data, downloads): they must
#: not be uploaded back.
CAPTURE_KEY = "cpi.capture"


#: Actions allowed to touch a closed dossier or frozen records: reopening (the only way back
#: into a closed dossier), the art. 7 anonymisation, which must reach every record, and the
#: art. 7 export, which only adds the trace of a consultation (families consult closed files).
UNFREEZING_ACTIONS = frozenset({"reopen_case", "anonymise_person", "export_dossier"})


class HardDeleteForbidden(RuntimeError):
    """Synchronised records are tombstoned (``deleted_at``), never removed: a bug if raised."""


class FrozenRecordChanged(RuntimeError):
    """A signed plan version, an append-only record or a closed dossier was about to change.

    Services refuse such edits first with a message for the agent; reaching this is a bug, and
    the transaction is rolled back.
    """


def install(session_factory: Any) -> None:
    """Attach the capture hook to a ``sessionmaker`` (or Session class)."""
    event.listen(session_factory, "before_flush", _well_formed)  # first: capture sees clean text
    event.listen(session_factory, "before_flush", _within_limits)
    event.listen(session_factory, "before_flush", _capture)


def _well_formed(session: Session, _context: Any, _instances: Any) -> None:
    """Surrogates and NULs in any text about to be written made valid (``app.store.unicode``):
    else SQLite's UTF-8 encoder fails the whole transaction with an error the user cannot act
    on, or the server's PostgreSQL rejects the record at every sync."""
    for obj in [*session.new, *session.dirty]:
        state = inspect(obj)
        for column in state.mapper.column_attrs:
            value = state.dict.get(column.key)
            fixed = cleaned(value)
            if fixed is not value:
                setattr(obj, column.key, fixed)


def _within_limits(session: Session, _context: Any, _instances: Any) -> None:
    """Every text the agent's action writes holds within its field's limit
    (``app.domain.text_limits``), whichever service writes it: one overlong field refuses the
    whole action (``RuleViolation``, the transaction rolled back). Only the texts that change
    are judged, so a record synced before the limits existed stays editable elsewhere; data
    from the server was judged there."""
    if session.info.get(CAPTURE_KEY) is False:
        return
    unmet: list[Unmet] = []
    for obj in [*session.new, *session.dirty]:
        if not isinstance(obj, SyncedRecord):
            continue
        state = inspect(obj)
        entity = type(obj).__tablename__  # type: ignore[attr-defined]
        changed = [(column.key, state.dict.get(column.key))
                   for column in state.mapper.column_attrs
                   if isinstance(state.dict.get(column.key), str)
                   and (state.key is None or state.attrs[column.key].history.has_changes())]
        unmet += too_long_unmet(entity, changed)
    require(unmet)


def _capture(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(CAPTURE_KEY) is False:
        return
    records = [
        (obj, "insert") for obj in session.new if isinstance(obj, SyncedRecord)
    ] + [
        (obj, "update") for obj in session.dirty
        if isinstance(obj, SyncedRecord) and session.is_modified(obj)
    ]
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord):
            raise HardDeleteForbidden(type(obj).__name__)
    if not records:
        return
    device = session.get(DeviceState, 1)
    if device is None:
        device = DeviceState(id=1, clock=0)
        session.add(device)
    action = str(session.info.get(ACTION_KEY, "unnamed"))
    actor_id = session.info.get(ACTOR_KEY)
    covered: dict[uuid.UUID, uuid.UUID | None] = {}
    for obj, operation in records:
        if operation == "insert":
            _apply_python_defaults(obj)
        changes = _changes(obj, operation)
        if not changes:
            continue
        if action not in UNFREEZING_ACTIONS:
            _refuse_frozen(session, obj, operation, changes)
        if operation == "update" and "deleted_at" in changes and obj.deleted_at is not None:
            operation = "delete"
        entity = type(obj).__tablename__  # type: ignore[attr-defined]
        case_id = obj.id if isinstance(obj, Case) else getattr(obj, "case_id", None)
        mutation_id: uuid.UUID | None = None
        now = utc_now()
        if not (obj.LOCAL_WITHOUT_CASE and case_id is None):  # else: kept on this device
            device.clock += 1
            mutation_id = new_id()
            session.add(OutboxEntry(
                mutation_id=mutation_id, entity=entity, record_id=obj.id,
                operation=operation, changes=changes, case_id=case_id,
                base_version=obj.server_version or 0, device_clock=device.clock,
                created_at=now, action=action,
            ))
        session.add(AuditEntry(
            at=now, actor_id=actor_id, action=action, entity=entity, record_id=obj.id,
            fields=sorted(changes), mutation_id=mutation_id,
            under_cover_of_id=_under_cover_of(session, covered, actor_id, case_id),
        ))


def _under_cover_of(session: Session, covered: dict[uuid.UUID, uuid.UUID | None],
                    actor_id: uuid.UUID | None, case_id: uuid.UUID | None) -> uuid.UUID | None:
    """The agent whose dossier the actor changes while covering their caseload (a
    ``CaseloadCover`` of the actor for the dossier's agent, in force today), else None.
    ``covered``: the answers of this flush, per dossier."""
    if actor_id is None or not isinstance(case_id, uuid.UUID):
        return None
    if case_id not in covered:
        with session.no_autoflush:
            case = session.get(Case, case_id)
            agent_id = case.agent_id if case is not None else None
            found = None
            if agent_id is not None and agent_id != actor_id:
                today = date.today()
                found = session.scalar(select(CaseloadCover.agent_id).where(
                    CaseloadCover.colleague_id == actor_id, CaseloadCover.agent_id == agent_id,
                    CaseloadCover.deleted_at.is_(None), CaseloadCover.ended_at.is_(None),
                    CaseloadCover.starts_on <= today, CaseloadCover.ends_on >= today).limit(1))
        covered[case_id] = found
    return covered[case_id]


def _refuse_frozen(session: Session, obj: SyncedRecord, operation: str,
                   changes: dict[str, list[Any]]) -> None:
    if operation == "update":
        reason = obj.refused_change(changes)
        if reason:
            raise FrozenRecordChanged(f"{type(obj).__name__} {obj.id}: {reason}")
    case = obj if isinstance(obj, Case) else None
    case_id = getattr(obj, "case_id", None)
    if case is None and case_id is not None:
        case = session.get(Case, case_id)
    if case is not None and _state_before_flush(case) is CaseState.CLOSED:
        raise FrozenRecordChanged(
            f"{type(obj).__name__} {obj.id}: dossier {case.id} is closed; reopen it first")


def _state_before_flush(case: Case) -> CaseState | None:
    history = inspect(case).attrs.state.history
    if history.deleted:
        return CaseState(history.deleted[0])
    if inspect(case).pending:
        return None
    return case.state


def _apply_python_defaults(obj: SyncedRecord) -> None:
    """Fill column defaults now, so the outbox sees the values the INSERT will write."""
    for column_attr in inspect(obj).mapper.column_attrs:
        column = column_attr.columns[0]
        default = column.default
        if default is None or getattr(obj, column_attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, column_attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, column_attr.key, default.arg(None))


def _changes(obj: SyncedRecord, operation: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for column in state.mapper.column_attrs:
        name = column.key
        if name in SyncedRecord.UNSYNCED_FIELDS or name in obj.ATTACHED_FIELDS or name == "id":
            continue
        if operation == "insert":
            value = getattr(obj, name)
            changes[name] = [None, to_wire(value)]
            continue
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before != after:
            changes[name] = [to_wire(before), to_wire(after)]
    return changes
