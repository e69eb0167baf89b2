"""A record points only at records of its own dossier (or at shared ones: offices, users,
providers). Checked on the server's rows, since a device could name any id it has learnt:
a person of another dossier linked into a family, a plan version of another dossier signed."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.domain.base import SyncedRecord
from app.store.wire import case_id_of, synced_models
from sync.server.refusals import Refused


def reference_refusal(session: Session, entity: str, case_id: uuid.UUID | None,
                      values: dict[str, Any],
                      batch: Mapping[tuple[str, uuid.UUID], SyncedRecord]) -> Refused | None:
    """Why ``values`` (field -> new value) of an ``entity`` record of dossier ``case_id`` may
    not be written (None: they may). ``batch``: the records the upload has written so far,
    looked up first (a record of the batch is not in the database before the flush)."""
    if case_id is None:
        return None
    for name, target in _dossier_references(entity).items():
        value = values.get(name)
        if value is None:
            continue
        found = batch.get((target.__tablename__, value))  # type: ignore[attr-defined]
        if found is None:
            with session.no_autoflush:
                found = session.get(target, value)
        if found is None or case_id_of(found) != case_id:
            return Refused.REFERENCE  # also for an id the server lacks: tells nothing
    return None


@functools.cache
def _dossier_references(entity: str) -> dict[str, type[SyncedRecord]]:
    """Field -> the dossier-bound model it points at (``case_id`` itself excluded)."""
    by_table = synced_models()
    found: dict[str, type[SyncedRecord]] = {}
    for attr in inspect(by_table[entity]).column_attrs:
        for key in attr.columns[0].foreign_keys:
            target = by_table.get(key.column.table.name)
            if target is not None and attr.key != "case_id" and _dossier_bound(target):
                found[attr.key] = target
    return found


def _dossier_bound(cls: type[SyncedRecord]) -> bool:
    return "case_id" in inspect(cls).columns
