"""What follows from merged changes, settled on the server after each upload (issue 18).

Devices settle a plan version's state when they record a signature or a validation, each
from what it holds. When the parents sign on the agent's laptop while the ONE validates the
same version on its own, each device sends its own state: the second to arrive meets a
conflict on ``state`` that can only keep the first (the merge is field by field), although
nothing is missing for the version to be in force. The server holds both facts once merged,
so it settles the state again here, in the same transaction, and closes the conflicts over
the state it settled: the outcome is the same whoever synced first, and no person is asked
to choose between two values that are both out of date."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, PlanSignature, PlanState, PlanVersion, SyncConflict
from app.domain.base import SyncedRecord, utc_now
from app.domain.history import SERVER_SETTLEMENT
from app.services.base.facts import plan_in_force
from app.services.plan.settling import settle_version
from app.store.wire import to_wire
from sync.server.history import HistoryWriter
from sync.server.log import log_changes
from sync.server.scopes import Caller

#: The states a signature or a validation may still change.
UNSETTLED = frozenset({PlanState.READY_TO_SIGN, PlanState.SIGNED, PlanState.VALIDATED})
#: The fields ``settle_version`` decides: a conflict over one of them is settled with it.
SETTLED_FIELDS = ("state", "in_force_since", "review_due_on", "ended_on", "end_reason")


def settle_plans(session: Session, caller: Caller, touched: Iterable[SyncedRecord]) -> None:
    """Settle every plan version a signature or a version change of this upload touched;
    a version whose state changes is logged again, with the version it supersedes, the
    conflicts it closes and its entry in the dossier's history (the server's own change,
    at the request of the caller whose upload completed it)."""
    version_ids: set[uuid.UUID] = set()
    for record in touched:
        if isinstance(record, PlanVersion):
            version_ids.add(record.id)
        elif isinstance(record, PlanSignature):
            version_ids.add(record.plan_version_id)
    for version_id in sorted(version_ids):
        _settle_one(session, caller, version_id)


def _settle_one(session: Session, caller: Caller, version_id: uuid.UUID) -> None:
    version = session.get(PlanVersion, version_id)
    if version is None or version.deleted_at is not None or version.state not in UNSETTLED:
        return
    case = session.get(Case, version.case_id)
    if case is None:
        return
    before = version.state
    previous = plan_in_force(session, case.id)
    if settle_version(session, case, version) is before:
        return
    changed: list[SyncedRecord] = [version]
    if previous is not None and previous.id != version.id \
            and previous.state is PlanState.SUPERSEDED:
        changed.append(previous)
    history = HistoryWriter(session, caller).of_server(
        SERVER_SETTLEMENT, changed, fields=("in_force_since", "review_due_on", "state"))
    changed.extend(_close_conflicts(session, version))
    log_changes(session, [*changed, *history])


def _close_conflicts(session: Session, version: PlanVersion) -> list[SyncConflict]:
    """The open conflicts over what was just settled, resolved with the settled value (by
    nobody: ``resolved_by`` stays empty, the server decided from the merged facts)."""
    conflicts = list(session.scalars(select(SyncConflict).where(
        SyncConflict.entity == PlanVersion.__tablename__,
        SyncConflict.record_id == version.id,
        SyncConflict.field.in_(SETTLED_FIELDS),
        SyncConflict.resolved_at.is_(None))))
    now = utc_now()
    for conflict in conflicts:
        conflict.resolved_at = now
        conflict.resolved_value = {"v": to_wire(getattr(version, conflict.field))}
    return conflicts
