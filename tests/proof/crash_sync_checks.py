"""What a device and its server must agree on after a kill during a sync: a change not on the
server is still in the outbox, and none was applied twice."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import OutboxEntry, SyncConflict
from app.domain.sync_state import RejectedChange
from app.store.store import Store
from app.store.wire import record_to_wire, synced_models
from sync.server.models import AppliedMutation


def records(session: Session) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    """Every synchronised record, as the wire carries it."""
    return {(entity, record.id): record_to_wire(record)
            for entity, cls in synced_models().items()
            for record in session.scalars(select(cls))}


def unsent_lost(store: Store, server: sessionmaker[Session],
                others: set[uuid.UUID]) -> list[str]:
    """The device's records that differ from the server's while no outbox entry carries
    them; the dossiers of ``others`` are left out (their download may lag, rightly)."""
    with store.reading() as session:
        local = records(session)
        pending = set(session.scalars(select(OutboxEntry.record_id)))
    with server() as session:
        remote = records(session)
    theirs = {str(other) for other in others}
    lost = []
    for (entity, record_id), data in local.items():
        if record_id in pending or remote.get((entity, record_id)) == data:
            continue
        if record_id in others or data.get("case_id") in theirs:
            continue
        where = "differs on" if (entity, record_id) in remote else "is not on"
        lost.append(f"{entity} {record_id} {where} the server and left the outbox")
    return lost


def applied_twice(store: Store, server: sessionmaker[Session]) -> list[str]:
    """A mutation applied again would be refused (an insert twice) or meet itself as a
    conflict or a merge (an update on a moved base): one device that updates each record once
    before its first upload has no other cause for any answer but "applied"."""
    with server() as session:
        statuses = Counter(str(m.result["status"]) for m in session.scalars(
            select(AppliedMutation)))
    with store.reading() as session:
        conflicts = len(list(session.scalars(select(SyncConflict.id))))
        refused = [r.reason for r in session.scalars(select(RejectedChange))]
    problems = [f"{count} mutations answered {status}" for status, count in statuses.items()
                if status != "applied"]
    problems += [f"{conflicts} conflicts on the device"] if conflicts else []
    problems += [f"refused on the device: {reason}" for reason in refused[:3]]
    return problems
