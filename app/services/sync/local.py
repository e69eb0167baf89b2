"""The device's side of sync, over the encrypted store: what to upload, what the answers mean
for the outbox, how a downloaded page lands, what a lost dossier leaves behind. No network here
(``sync.client`` talks to the server); one transaction per step, so a crash between two steps
loses nothing: an entry leaves the outbox only with its answer, a page lands with its cursor.
"""

from __future__ import annotations

import functools
import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.domain import (
    Base,
    Case,
    DeviceState,
    DossierDocument,
    Office,
    OutboxEntry,
    Person,
    SignedScan,
    SyncConflict,
    User,
)
from app.domain.base import SyncedRecord, aware
from app.domain.sync_state import CASE_SCOPE_PREFIX, RejectedChange, SyncCursor, SyncState
from app.services.base.context import ServiceContext
from app.services.dossier.anonymise import Subject, rewrite_device_copy, subject_of
from app.services.sync.restore import forget_answered_read, keep_answered
from app.store import search_index
from app.store.unicode import cleaned
from app.store.wire import case_id_of, from_wire, synced_columns, synced_models


@dataclass(frozen=True)
class PendingMutation:
    mutation_id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    operation: str
    changes: dict[str, list[Any]]
    base_version: int
    device_clock: int
    created_at: datetime
    action: str = ""


@dataclass(frozen=True)
class Answer:
    mutation_id: uuid.UUID
    status: str  # applied | merged | conflict | rejected
    reason: str = ""
    version: int = 0  # the log's sequence for the change (0: not applied)
    token: str = ""  # the server's token there (protocol 3), kept as a checkpoint


@dataclass(frozen=True)
class DownloadedRow:
    seq: int
    entity: str
    record_id: uuid.UUID
    data: dict[str, Any]


#: How many points of the log a device keeps and sends at the handshake.
MAX_CHECKPOINTS = 24


@dataclass(frozen=True)
class SyncSettings:
    server_url: str
    server_id: uuid.UUID | None
    high_water: int
    device_id: uuid.UUID
    device_token: str | None
    #: Points of the log as read: (sequence, the server's token there), ascending.
    checkpoints: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class SyncStatus:
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    pending: int
    open_conflicts: int
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (entity, reason)


def sync_settings(ctx: ServiceContext) -> SyncSettings:
    """The device's identity is written the first time it is asked for: made up in a read,
    it changed at every call (the server registered one, the keyring kept another)."""
    with ctx.reading() as session:
        device = session.get(DeviceState, 1)
        if device is not None:
            state = session.get(SyncState, 1) or SyncState(server_url="", high_water=0)
            return SyncSettings(state.server_url, state.server_id, state.high_water or 0,
                                device.device_id, state.device_token,
                                tuple((int(seq), str(token))
                                      for seq, token in state.checkpoints or []))
    with ctx.store.transaction("device_identity", ctx.actor_id, from_server=True) as session:
        _device(session)
    return sync_settings(ctx)


def save_enrolment(ctx: ServiceContext, server_url: str, server_id: uuid.UUID,
                   user: dict[str, Any], token_in_store: str | None,
                   office: dict[str, Any] | None = None) -> ServiceContext:
    """The server's record of the enrolled user (and of their office) becomes this device's
    user; the token is kept here only when the system has no keyring. Returns the user's
    context."""
    with ctx.store.transaction("enrol_device", None, from_server=True) as session:
        if office is not None:
            _upsert(session, Office, uuid.UUID(office["id"]), office, 0)
            session.flush()
        user_id = uuid.UUID(user["id"])
        _upsert(session, User, user_id, user, 0)
        state = session.get(SyncState, 1) or SyncState(id=1)
        state.server_url, state.server_id, state.device_token = (server_url, server_id,
                                                                 token_in_store)
        session.add(state)
        device = _device(session)
        device.current_user_id = user_id
        return ServiceContext(ctx.store, user_id)


def save_device_token(ctx: ServiceContext, token: str) -> None:
    """The device's credential, kept in the store (when the system has no keyring): a
    chained one's next step, saved before the handshake that shows it."""
    with ctx.store.transaction("keep_device_token", None, from_server=True) as session:
        state = session.get(SyncState, 1)
        if state is None:
            raise ValueError("not enrolled")
        state.device_token = token


def outbox_batch(ctx: ServiceContext, limit: int) -> list[PendingMutation]:
    """The oldest pending changes, in the order they were made (a change sent again after a
    restore keeps its place); what a restore gives back first (a change waiting since is
    judged against the record it changes, not refused for a record the restored server does
    not have yet)."""
    with ctx.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(
            OutboxEntry.operation != "restore", OutboxEntry.device_clock, OutboxEntry.seq
        ).limit(limit))
        return [PendingMutation(e.mutation_id, e.entity, e.record_id, e.operation,
                                dict(e.changes), e.base_version, e.device_clock,
                                aware(e.created_at), e.action or "") for e in entries]


def pending_count(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def record_answers(ctx: ServiceContext, answers: list[Answer]) -> None:
    """Each answered entry leaves the outbox; a refusal is kept with its reason for the agent.
    The highest answered point of the log becomes a checkpoint: should the download after the
    upload fail and the server go back to an older backup, the next handshake notices."""
    with ctx.store.transaction("sync_answers", ctx.actor_id, from_server=True) as session:
        _answered_checkpoint(session, answers)
        entries = {entry.mutation_id: entry for entry in session.scalars(select(
            OutboxEntry).where(OutboxEntry.mutation_id.in_([a.mutation_id for a in answers])))}
        applied: dict[str, dict[uuid.UUID, int]] = {}
        answered: list[int] = []
        for answer in answers:
            entry = entries.get(answer.mutation_id)
            if entry is None:
                continue  # answered already (a replay)
            if answer.status == "rejected":
                session.merge(RejectedChange(
                    mutation_id=entry.mutation_id, entity=entry.entity,
                    record_id=entry.record_id, case_id=entry.case_id,
                    changes=dict(entry.changes), reason=answer.reason))
            elif answer.status == "applied" and answer.version:
                versions = applied.setdefault(entry.entity, {})
                versions[entry.record_id] = max(versions.get(entry.record_id, 0),
                                                answer.version)
            elif answer.version:  # merged or in conflict: the record here is not the server's
                keep_answered(session, entry, answer.version)
            answered.append(entry.seq)
        # One statement per 500 entries rather than the unit of work's delete of each.
        for start in range(0, len(answered), _IDS_PER_QUERY):
            session.execute(delete(OutboxEntry).where(
                OutboxEntry.seq.in_(answered[start:start + _IDS_PER_QUERY])),
                execution_options={"synchronize_session": False})
        _answered_versions(session, applied)


def _answered_versions(session: Session, applied: dict[str, dict[uuid.UUID, int]]) -> None:
    """Applied as sent: each record here is the server's at its version (a merge or a conflict
    waits for the download, which brings the server's whole record). A restore sends again
    what is newer than the restored log, and knows it from these versions. One statement per
    record type, run for every record at once, the records not loaded: a lookup per answer,
    each flushing the deletions before it, was most of an upload's time on the device."""
    models = synced_models()
    for entity, versions in applied.items():
        cls = models.get(entity)
        if cls is None:
            continue
        table = cls.__table__  # type: ignore[attr-defined]
        session.execute(
            update(table).where(table.c.id == bindparam("answered_id"),
                                table.c.server_version < bindparam("answered_version"))
            .values(server_version=bindparam("answered_version")),
            [{"answered_id": record_id, "answered_version": version}
             for record_id, version in versions.items()])


def _answered_checkpoint(session: Session, answers: list[Answer]) -> None:
    points = [(a.version, a.token) for a in answers if a.token and a.status != "rejected"]
    if not points:
        return
    version, token = max(points)
    state = session.get(SyncState, 1) or SyncState(id=1)
    if version > (state.high_water or 0):
        state.checkpoints = _thinned([*(state.checkpoints or []), [version, token]])
        state.high_water = version
        session.add(state)


def forget_sent_outbox(ctx: ServiceContext) -> int:
    """Empty the outbox of a store whose every record the server already holds (the demo's
    server is made from the demo store itself); returns how many entries were dropped."""
    with ctx.store.transaction("sync_seeded", ctx.actor_id, from_server=True) as session:
        return session.execute(delete(OutboxEntry)).rowcount  # type: ignore[attr-defined,no-any-return]


def cursors(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as session:
        return {c.scope: c.seq for c in session.scalars(select(SyncCursor))}


def apply_page(ctx: ServiceContext, rows: list[DownloadedRow],
               new_cursors: dict[str, int], token: str = "") -> int:
    """Bring a page of server rows into the store with the cursors it advances, in one
    transaction. A field this device changed and has not uploaded yet keeps its value (the
    upload that follows is judged against the server's). ``token``: the server's for the
    highest of the new cursors, kept as a checkpoint. Returns the rows applied."""
    models = synced_models()
    with ctx.store.transaction("sync_download", ctx.actor_id, from_server=True) as session:
        pending = _pending_fields(session)
        held = _held(session, rows)
        anonymising = _anonymisations_arriving(session, rows, held)
        # One flush per record type, parents' first (foreign keys are enforced and the unit of
        # work orders unrelated tables by name): a flush per row was most of a page's time.
        order = _table_order()
        known = [row for row in rows if row.entity in models]  # else: a record type of a
        known.sort(key=lambda row: order[row.entity])  # newer version, skipped until updated
        with search_index.paused(session.connection()) as touched, session.no_autoflush:
            touched.update(_dossiers_of(known, held))
            for entity, group in itertools.groupby(known, key=lambda row: row.entity):
                _land(session, models[entity], list(group), held, pending)
        for case_id, subject, on in anonymising:
            rewrite_device_copy(session, case_id, subject, on)
        _move_cursors(session, new_cursors)
        forget_answered_read(session)
        state = session.get(SyncState, 1) or SyncState(id=1)
        high = max(new_cursors.values(), default=0)
        if token and high > (state.high_water or 0):
            state.checkpoints = _thinned([*(state.checkpoints or []), [high, token]])
        state.high_water = max(state.high_water or 0, high)
        session.add(state)
    if anonymising:
        ctx.store.scrub()  # no free page nor WAL frame keeps what was rewritten (art. 7)
    return len(rows)


def _dossiers_of(rows: list[DownloadedRow],
                 held: dict[tuple[str, uuid.UUID], SyncedRecord]) -> set[uuid.UUID]:
    """Every dossier a page writes in: the dossiers it brings, the dossier of each record
    (as it arrives, and as this device held it, should the record have moved)."""
    found: set[uuid.UUID] = set()
    for row in rows:
        if row.entity == Case.__tablename__:
            found.add(row.record_id)
        if (value := row.data.get("case_id")) is not None:
            found.add(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        if (record := held.get((row.entity, row.record_id))) is not None \
                and (case_id := case_id_of(record)) is not None:
            found.add(case_id)
    return found


def _move_cursors(session: Session, new_cursors: dict[str, int]) -> None:
    """What a ``session.merge`` of each cursor did, with the cursors read in one query (a
    query per scope, a dozen to hundreds, was most of a page with nothing new)."""
    kept = {cursor.scope: cursor for cursor in session.scalars(select(SyncCursor))}
    for scope, seq in new_cursors.items():
        cursor = kept.get(scope)
        if cursor is None:
            session.add(SyncCursor(scope=scope, seq=seq))
        else:
            cursor.seq = seq


def _land(session: Session, cls: type[SyncedRecord], rows: list[DownloadedRow],
          held: dict[tuple[str, uuid.UUID], SyncedRecord],
          pending: dict[uuid.UUID, frozenset[str]]) -> None:
    """One record type's rows of a page: those this device holds updated through the ORM
    and flushed, then the new ones inserted with one Core ``INSERT`` per set of columns, as
    the flush would have written them (updates first, inserts in the page's order). ORM
    objects and their flush were most of a page's time on the device, for rows nothing else
    of the transaction reads as objects. A new record with a change of this device waiting
    (fields kept) takes the ORM's way, with its whole table."""
    entity = cls.__tablename__  # type: ignore[attr-defined]
    new: dict[uuid.UUID, tuple[int, dict[str, Any]]] = {}
    for row in rows:
        key = (entity, row.record_id)
        if key in held:
            held[key] = _upsert(session, cls, row.record_id, row.data, row.seq,
                                keep=pending.get(row.record_id, frozenset()),
                                record=held[key], looked_up=True)
            continue
        # A record twice in the page: the later row's fields over the earlier's, its version.
        seen = new.get(row.record_id)
        new[row.record_id] = (row.seq, {**seen[1], **row.data} if seen else row.data)
    if any(pending.get(record_id) for record_id in new):
        for record_id, (seq, data) in new.items():
            held[entity, record_id] = _upsert(session, cls, record_id, data, seq,
                                              keep=pending.get(record_id, frozenset()),
                                              looked_up=True)
        session.flush()
        return
    session.flush()
    if not new:
        return
    table = cls.__table__  # type: ignore[attr-defined]
    params = [_insert_params(cls, record_id, seq, data)
              for record_id, (seq, data) in new.items()]
    for _keys, same in itertools.groupby(params, key=lambda values: sorted(values)):
        session.execute(insert(table), list(same))


def _insert_params(cls: type[SyncedRecord], record_id: uuid.UUID, version: int,
                   data: dict[str, Any]) -> dict[str, Any]:
    """A new record's row as the ORM's flush would insert it after ``_upsert``: texts made
    well formed (``capture._well_formed``), a None left to the column's default unless the
    type stores None itself, a column with neither default nor value given as NULL."""
    columns = synced_columns(cls)
    values: dict[str, Any] = {"id": record_id}
    for name in cls.ATTACHED_FIELDS:  # fetched after the page (sync_attachments)
        values[name] = b""
    for name, value in data.items():
        if name in columns:
            values[name] = from_wire(columns[name], value)
    values["server_version"] = version
    evaluates_none, as_none = _insert_columns(cls)
    row: dict[str, Any] = {}
    for name, value in values.items():
        value = cleaned(value)
        if value is not None or name in evaluates_none:
            row[name] = value
    for name in as_none - row.keys():
        row[name] = None
    return row


def _insert_columns(cls: type[SyncedRecord]) -> tuple[frozenset[str], frozenset[str]]:
    """The columns whose type stores None itself (JSON), and those the ORM inserts as NULL
    when given no value (no default of any kind), as its ``_collect_insert_commands``."""
    found = _INSERT_COLUMNS.get(cls)
    if found is None:
        columns = cls.__table__.columns  # type: ignore[attr-defined]
        found = _INSERT_COLUMNS[cls] = (
            frozenset(c.key for c in columns if c.type.should_evaluate_none),
            frozenset(c.key for c in columns if not c.primary_key and c.server_default is None
                      and c.default is None and not c.type.should_evaluate_none))
    return found


_INSERT_COLUMNS: dict[type[SyncedRecord], tuple[frozenset[str], frozenset[str]]] = {}


def _anonymisations_arriving(session: Session, rows: list[DownloadedRow],
                             held: dict[tuple[str, uuid.UUID], SyncedRecord],
                             ) -> list[tuple[uuid.UUID, Subject, date]]:
    """Art. 7: the anonymisations this page brings that this device has not carried out yet,
    each with the person as this device knows them, read before the page lands (the page may
    bring the server's rewritten records too): the device then rewrites its whole copy,
    pending changes included, so that nothing of the person goes up again."""
    found = []
    for row in rows:
        if row.entity != "person_anonymisation" or ("person_anonymisation", row.record_id) in held:
            continue
        person = session.get(Person, uuid.UUID(str(row.data.get("person_id"))))
        if person is None:
            continue  # the dossier arrives already rewritten by the server
        on = date.fromisoformat(str(row.data.get("requested_on")))
        found.append((person.case_id, subject_of(session, person.case_id, person), on))
    return found


def _thinned(points: list[list[Any]]) -> list[list[Any]]:
    """At most ``MAX_CHECKPOINTS``: the recent ones all kept, every other older one dropped
    when full, so that they reach back far (a backup may be last night's or last week's)."""
    if len(points) <= MAX_CHECKPOINTS:
        return points
    recent = MAX_CHECKPOINTS // 3
    return [*points[:-recent][::2], *points[-recent:]]


def purge_scopes(ctx: ServiceContext, scopes: list[str]) -> list[uuid.UUID]:
    """Remove the dossiers this device lost (transferred away), once none of their changes
    waits for upload, the file rebuilt without them; returns the dossiers removed."""
    removed = []
    with ctx.store.transaction("sync_purge", ctx.actor_id, from_server=True) as session:
        for scope in scopes:
            session.execute(delete(SyncCursor).where(SyncCursor.scope == scope))
            if not scope.startswith(CASE_SCOPE_PREFIX):
                continue
            case_id = uuid.UUID(scope.removeprefix(CASE_SCOPE_PREFIX))
            waiting = session.scalar(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.case_id == case_id))
            if waiting:
                session.merge(SyncCursor(scope=scope, seq=0))  # judged at the next sync
                continue
            _delete_case(session, case_id)
            removed.append(case_id)
    if removed:
        # Nothing of the dossiers stays in a free page or a WAL frame: this device will not
        # hear of what happens to them any more (an anonymisation, art. 7).
        ctx.store.scrub()
    return removed


def record_outcome(ctx: ServiceContext, error: str = "") -> None:
    """The latest attempt, for the honest status line (success only with no error)."""
    with ctx.store.transaction("sync_outcome", ctx.actor_id, from_server=True) as session:
        state = session.get(SyncState, 1) or SyncState(id=1)
        now = datetime.now(UTC)
        state.last_attempt_at, state.last_error = now, error
        if not error:
            state.last_success_at = now
        session.add(state)


def sync_status(ctx: ServiceContext) -> SyncStatus:
    with ctx.reading() as session:
        state = session.get(SyncState, 1)
        pending = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None), SyncConflict.deleted_at.is_(None))) or 0
        rejected = [(r.entity, r.reason) for r in session.scalars(
            select(RejectedChange).order_by(RejectedChange.rejected_at.desc()).limit(50))]
        return SyncStatus(
            aware(state.last_success_at) if state and state.last_success_at else None,
            aware(state.last_attempt_at) if state and state.last_attempt_at else None,
            state.last_error if state else "", int(pending), int(conflicts), rejected)


def _device(session: Session) -> DeviceState:
    device = session.get(DeviceState, 1)
    if device is None:
        device = DeviceState(id=1, clock=0)
        session.add(device)
        session.flush()
    return device


def _pending_fields(session: Session) -> dict[uuid.UUID, frozenset[str]]:
    fields: dict[uuid.UUID, set[str]] = {}
    for record_id, changes in session.execute(select(OutboxEntry.record_id,
                                                     OutboxEntry.changes)):
        fields.setdefault(record_id, set()).update(changes)
    return {record_id: frozenset(names) for record_id, names in fields.items()}


def _held(session: Session,
          rows: list[DownloadedRow]) -> dict[tuple[str, uuid.UUID], SyncedRecord]:
    """The page's records this device holds, one query per record type (a lookup per row,
    each flushing the rows before it, was most of a page's time)."""
    models = synced_models()
    wanted: dict[str, set[uuid.UUID]] = {}
    for row in rows:
        if row.entity in models:
            wanted.setdefault(row.entity, set()).add(row.record_id)
    held: dict[tuple[str, uuid.UUID], SyncedRecord] = {}
    for entity, ids in wanted.items():
        held |= {(entity, record.id): record for record in _by_ids(session, models[entity], ids)}
    return held


#: Ids per ``IN (...)`` list: well under SQLite's limit of bound parameters.
_IDS_PER_QUERY = 500


def _by_ids(session: Session, cls: type[SyncedRecord],
            ids: Iterable[uuid.UUID]) -> list[SyncedRecord]:
    wanted = list(ids)
    found: list[SyncedRecord] = []
    for start in range(0, len(wanted), _IDS_PER_QUERY):
        found += session.scalars(select(cls).where(
            cls.id.in_(wanted[start:start + _IDS_PER_QUERY])))
    return found


@functools.cache
def _table_order() -> dict[str, int]:
    """Each synced record type's place in an order where a table comes after those its
    foreign keys name (``synced_models``'s)."""
    return {entity: index for index, entity in enumerate(synced_models())}


def _upsert(session: Session, cls: type[SyncedRecord], record_id: uuid.UUID,
            data: dict[str, Any], version: int, keep: frozenset[str] = frozenset(),
            record: SyncedRecord | None = None, looked_up: bool = False) -> SyncedRecord:
    """``record``: the one held already; ``looked_up``: the caller looked it up (None: a
    record this device does not hold)."""
    columns = synced_columns(cls)
    if record is None and not looked_up:
        record = session.get(cls, record_id)
    if record is None:
        record = cls()
        record.id = record_id
        for name in cls.ATTACHED_FIELDS:  # fetched after the page (sync_attachments)
            setattr(record, name, b"")
        session.add(record)
    for name, value in data.items():
        if name in columns and name not in keep:
            setattr(record, name, from_wire(columns[name], value))
    if isinstance(record, SignedScan | DossierDocument) and record.dropped_on is not None:
        record.content = b""  # a scan or a document dropped by an anonymisation (art. 7)
    record.server_version = version
    return record


def _delete_case(session: Session, case_id: uuid.UUID) -> None:
    """Every row of the dossier, children first (foreign keys are enforced), its search
    entry and drafts: nothing of the family stays on this device. Its refused changes stay
    listed for the agent, without their values; this device's own changes answered as merged
    or in conflict stay too (``forget_answered_read``): should the server go back to a backup
    made before them, this device is the only one to know them."""
    for refused in session.scalars(select(RejectedChange).where(
            RejectedChange.case_id == case_id)):
        refused.changes = {name: None for name in refused.changes}
    search_index.forget_dossier(session.connection(), case_id.hex)
    # The index keeps a deleted entry's words in its segments until they are merged.
    session.execute(text("INSERT INTO case_search(case_search) VALUES('optimize')"))
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in ("case_file", "rejected_change", "answered_change") \
                or "case_id" not in table.columns:
            continue
        session.execute(table.delete().where(table.c.case_id == case_id))
    session.execute(delete(Case).where(Case.id == case_id))

