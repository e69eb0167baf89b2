"""Reading the change log for one caller: a page of the scopes they hold now, each scope from
its own cursor, and the scopes they lost (to purge from the device)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sync.protocol import Download, DownloadReply, RowChange
from sync.server.models import ChangeLogEntry, DeviceRead
from sync.server.scopes import Caller, caller_scopes


def high_water(session: Session) -> int:
    """The last sequence committed: every lower one is committed too (see ``LogCounter``)."""
    return int(session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0)


def read_page(session: Session, caller: Caller, request: Download) -> DownloadReply:
    read = session.get(DeviceRead, caller.device_id)
    if read is None:
        session.add(DeviceRead(device_id=caller.device_id))
    else:
        read.at = datetime.now(UTC)
    high = high_water(session)
    scopes = caller_scopes(session, caller)
    cursors = {scope: min(request.cursors.get(scope, 0), high) for scope in scopes}
    dropped = sorted(scope for scope in request.cursors if scope not in cursors)
    by_cursor: dict[int, list[str]] = {}
    for scope, seq in cursors.items():
        by_cursor.setdefault(seq, []).append(scope)
    wanted = or_(*(and_(ChangeLogEntry.scope.in_(names), ChangeLogEntry.seq > seq)
                   for seq, names in by_cursor.items()))
    rows = list(session.scalars(select(ChangeLogEntry).where(
        wanted, ChangeLogEntry.seq <= high).order_by(ChangeLogEntry.seq).limit(
            request.limit + 1)))
    more = len(rows) > request.limit
    rows = rows[:request.limit]
    # Every row of any scope up to the page's end was in the page: all scopes move there.
    reached = rows[-1].seq if more else high
    return DownloadReply(
        changes=[RowChange(seq=row.seq, scope=row.scope, entity=row.entity,
                           record_id=row.record_id, data=row.data) for row in rows],
        cursors={scope: max(seq, reached) for scope, seq in cursors.items()},
        more=more, dropped=dropped)
