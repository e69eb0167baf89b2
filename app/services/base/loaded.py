"""A dossier's live records, read once and kept on the read session that read them.

The dossier window's load reads every live record of the dossier for its tabs
(``case_records``); its overview then judged the same dossier through about thirty more small
queries (the facts of ``app.services.base.facts``), most of the overview's cost. Kept here, the
facts read those records instead. Only a read session ever keeps them (``kept_records``), and
only for the block that asked: nothing written can make them stale.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.orm import Session

from app.domain import SyncedRecord

R = TypeVar("R", bound=SyncedRecord)

_KEY = "cpi.kept_case_records"


@contextmanager
def kept_records(session: Session, case_id: uuid.UUID,
                 records: Iterable[SyncedRecord]) -> Iterator[None]:
    """Within the block, ``kept`` answers from ``records`` (every live record of the dossier,
    as ``case_records`` reads them) instead of the store."""
    by_type: dict[type, list[SyncedRecord]] = {}
    for record in records:
        by_type.setdefault(type(record), []).append(record)
    session.info[_KEY] = (case_id, by_type)
    try:
        yield
    finally:
        session.info.pop(_KEY, None)


def kept(session: Session, model: type[R], case_id: uuid.UUID) -> list[R] | None:
    """The dossier's live ``model`` records kept on ``session`` (in ``case_records``' order),
    or None when none are kept for this dossier: then read the store."""
    entry = session.info.get(_KEY)
    if entry is None or entry[0] != case_id:
        return None
    return list(entry[1].get(model, ()))
