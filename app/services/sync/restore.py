"""What a device gives back to a server restored from an older backup, and what it keeps so
that it can: the records it knows in a newer version than the restored log, and the changes
the server answered as merged or in conflict that no download has followed yet."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain import Case, DeviceState, DossierHistoryEntry, OutboxEntry
from app.domain.base import aware
from app.domain.sync_state import AnsweredChange, SyncCursor, SyncState, scope_of
from app.services.base.context import ServiceContext
from app.store.wire import record_to_wire, synced_columns, synced_models

ANONYMISATION = "person_anonymisation"
#: How long this device keeps its answered changes of a dossier transferred away: a restore
#: goes back no further than the oldest backup the ONE keeps (30 days, docs/deployment.md).
KEPT_AFTER_TRANSFER = timedelta(days=31)


def queue_restore(ctx: ServiceContext, server_high: int) -> int:
    """The server was restored from an older backup whose log ends at ``server_high`` (as far
    as this device can tell): every record this device knows in a newer version goes to the
    outbox again, whole, and every change answered since as merged or in conflict goes up
    again as itself; cursors and checkpoints go back there. Returns the entries queued.

    A restore gives back the server's own past, not new work. A field with a change of this
    device not yet followed by a download holds this device's value, not the server's: it
    goes as believed (``[value, value]``: the value before that change), which the server
    uses for a record it lost and never over a value it has; the change follows, judged as
    any other. The restore is dated from this device's last contact, when it learnt those
    values: dated "now", a dossier transferred on the restored server refused what its
    former agent gave back."""
    queued = 0
    with ctx.store.transaction("sync_restore", ctx.actor_id, from_server=True) as session:
        device = session.get(DeviceState, 1) or DeviceState(id=1, clock=0)
        session.add(device)
        state = session.get(SyncState, 1)
        learnt_at = aware(state.last_attempt_at) if state is not None \
            and state.last_attempt_at is not None else datetime.now(UTC)
        believed = _values_before_unread_changes(session)
        # The dossier's history is the server's word, never given back by a device: the
        # restored server's stands, and writes entries for what the devices give back.
        session.execute(delete(DossierHistoryEntry).where(
            DossierHistoryEntry.server_version > server_high))
        # Art. 7: anonymisations first, so that the server carries them out while its copy
        # still names the person (given back rewritten, the person would name nobody), and
        # judges what follows them against them.
        models = sorted(synced_models().items(), key=lambda item: item[0] != ANONYMISATION)
        for entity, cls in models:
            if entity == DossierHistoryEntry.__tablename__:
                continue
            for record in session.scalars(select(cls).where(cls.server_version > server_high)):
                data = record_to_wire(record)
                doubtful = believed.get(record.id, {})
                device.clock += 1
                session.add(OutboxEntry(
                    entity=entity, record_id=record.id, operation="restore",
                    changes={name: [doubtful[name], doubtful[name]] if name in doubtful
                             else [None, data[name]] for name in synced_columns(cls)
                             if not (name in doubtful and doubtful[name] is None)},
                    case_id=record.id if isinstance(record, Case) else getattr(
                        record, "case_id", None),
                    base_version=server_high, device_clock=device.clock,
                    created_at=min(learnt_at, datetime.now(UTC))))
                queued += 1
        for answered in session.scalars(select(AnsweredChange).where(
                AnsweredChange.version > server_high)):
            session.add(OutboxEntry(
                mutation_id=answered.mutation_id, entity=answered.entity,
                record_id=answered.record_id, case_id=answered.case_id,
                operation=answered.operation, changes=dict(answered.changes),
                base_version=answered.base_version, device_clock=answered.device_clock,
                created_at=answered.created_at))
            session.delete(answered)
            queued += 1
        for cursor in session.scalars(select(SyncCursor)):
            cursor.seq = min(cursor.seq, server_high)
        if state is not None:
            state.high_water = server_high
            state.checkpoints = [point for point in state.checkpoints or []
                                 if point[0] <= server_high]
    return queued


def keep_answered(session: Session, entry: OutboxEntry, version: int) -> None:
    """``entry`` was answered as merged or in conflict at ``version``: kept until the
    download past that version brings the server's record here."""
    session.add(AnsweredChange(
        mutation_id=entry.mutation_id, entity=entry.entity, record_id=entry.record_id,
        case_id=entry.case_id, operation=entry.operation, changes=dict(entry.changes),
        base_version=entry.base_version, device_clock=entry.device_clock,
        created_at=entry.created_at, version=version))


def forget_answered_read(session: Session) -> None:
    """Answered changes whose scope the download has read past their version: the store now
    holds the server's record (and conflict), which a restore gives back whole. Those of a
    dossier this device no longer holds (transferred away before the download) cannot be
    read past: they are kept as long as the ONE keeps backups, then forgotten."""
    answered = list(session.scalars(select(AnsweredChange)))
    if not answered:
        return  # the usual case: nothing waits, no cursor to read
    read = {cursor.scope: cursor.seq for cursor in session.scalars(select(SyncCursor))}
    held = set(session.scalars(select(Case.id)))
    too_old = datetime.now(UTC) - KEPT_AFTER_TRANSFER
    done = [change.mutation_id for change in answered
            if read.get(scope_of(change.case_id), 0) >= change.version
            or (change.case_id is not None and change.case_id not in held
                and aware(change.created_at) < too_old)]
    if done:
        session.execute(delete(AnsweredChange).where(AnsweredChange.mutation_id.in_(done)))


def kept_without_dossier(ctx: ServiceContext, limit: int) -> list[uuid.UUID]:
    """The dossiers this device no longer holds but keeps answered changes of (at most
    ``limit``, those kept longest first): the handshake asks the server whether a person of
    one of them was anonymised since, which this device would otherwise never hear of."""
    with ctx.store.reading() as session:
        held = select(Case.id).where(Case.id == AnsweredChange.case_id).exists()
        rows = session.scalars(select(AnsweredChange.case_id).where(
            AnsweredChange.case_id.is_not(None), ~held).order_by(AnsweredChange.created_at))
        kept = {case_id: None for case_id in rows if case_id is not None}
    return list(kept)[:limit]


def forget_anonymised(ctx: ServiceContext, case_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Art. 7: a person of these dossiers, which this device no longer holds, was anonymised:
    its changes of them kept for a restore may name them, and go (a restore of the server to
    an older backup would bring the person back through them: the anonymisation, which the
    dossier's new agent's laptop gives back first, stands instead). The file is rebuilt
    so that no free page keeps them. Returns the changes forgotten (their mutation ids)."""
    if not case_ids:
        return []
    with ctx.store.transaction("sync_forget_anonymised", ctx.actor_id,
                               from_server=True) as session:
        held = set(session.scalars(select(Case.id).where(Case.id.in_(case_ids))))
        gone = [case_id for case_id in case_ids if case_id not in held]
        forgotten = list(session.scalars(select(AnsweredChange).where(
            AnsweredChange.case_id.in_(gone))))
        for change in forgotten:
            session.delete(change)
    if forgotten:
        ctx.store.scrub()
    return [change.mutation_id for change in forgotten]


def _values_before_unread_changes(session: Session) -> dict[uuid.UUID, dict[str, Any]]:
    """For each record with changes waiting for upload or answered but not yet followed by
    a download, the value each changed field had before the first of them."""
    values: dict[uuid.UUID, dict[str, Any]] = {}
    changes = [(answered.device_clock, answered.record_id, answered.changes)
               for answered in session.scalars(select(AnsweredChange))]
    changes += [(entry.device_clock, entry.record_id, entry.changes)
                for entry in session.scalars(select(OutboxEntry).where(
                    OutboxEntry.operation.in_(("update", "delete"))))]
    for _clock, record_id, changed in sorted(changes, key=lambda change: change[0]):
        first = values.setdefault(record_id, {})
        for name, (before, _after) in changed.items():
            first.setdefault(name, before)
    return values

