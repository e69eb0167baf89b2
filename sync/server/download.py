"""Reading the change log for one caller: a page of the scopes they hold now, each scope from
its own cursor, and the scopes they lost (to purge from the device).

A page is read as plain columns and each record's JSON is passed through as the log stores it:
parsing and re-serialising every row was most of a download's cost on the server."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, String, and_, cast, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from sync.protocol import PROTOCOL_3_FIELDS, Checkpoint, Download, DownloadReply
from sync.server.models import ChangeLogEntry, DeviceRead, ServerInfo
from sync.server.scopes import Caller, caller_scopes


def high_water(session: Session) -> int:
    """The last sequence committed: every lower one is committed too (see ``LogCounter``)."""
    return int(session.scalar(select(func.coalesce(func.max(ChangeLogEntry.seq), 0))) or 0)


def log_token(session: Session, seq: int) -> str:
    """The token of the log entry at ``seq`` ("" for none): a digest of what only that entry
    of this server's log has, its record and commit time. A log restored from a backup, then
    written again, gives other entries (another token) at the same sequences."""
    return log_tokens(session, [seq]).get(seq, "")


def log_tokens(session: Session, seqs: list[int]) -> dict[int, str]:
    """``log_token`` of each of ``seqs`` that the log has, in one query (the server's id
    read within it: every request asks for a token or more, two queries each were a good
    part of a sync's statements on the server)."""
    wanted = [seq for seq in seqs if seq > 0]
    if not wanted:
        return {}
    return _tokens(session, ChangeLogEntry.seq.in_(wanted))


def log_head(session: Session, seqs: list[int]) -> tuple[int, dict[int, str]]:
    """``high_water`` and the tokens of its entry and of each of ``seqs``, in one query (a
    handshake and a download each asked for the high water, then for tokens)."""
    wanted = [seq for seq in seqs if seq > 0]
    tokens = _tokens(session, or_(ChangeLogEntry.seq.in_(wanted), _LAST) if wanted else _LAST)
    return max(tokens, default=0), tokens


#: The log's last entry, and the server's id (built once: an ``aliased`` and a subquery
#: made for each request cost more than the query's execution).
_LAST = ChangeLogEntry.seq == select(func.max(aliased(ChangeLogEntry).seq)).scalar_subquery()
_SERVER_ID = select(ServerInfo.server_id).limit(1).scalar_subquery()


def _tokens(session: Session, where: ColumnElement[bool]) -> dict[int, str]:
    tokens = {}
    for seq, record_id, moment, info in session.execute(select(
            ChangeLogEntry.seq, ChangeLogEntry.record_id, ChangeLogEntry.committed_at,
            _SERVER_ID).where(where)):
        if moment.tzinfo is not None:  # PostgreSQL answers in its session's zone, SQLite naive
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        named = f"{info}:{seq}:{record_id}:{moment.isoformat()}"
        tokens[seq] = hashlib.sha256(named.encode()).hexdigest()[:32]
    return tokens


def older_fields(protocol: int) -> set[str] | None:
    """What to leave out of a reply to a caller speaking ``protocol``."""
    return PROTOCOL_3_FIELDS if protocol < 3 else None


def agreement(session: Session, checkpoints: list[Checkpoint],
              tokens: dict[int, str] | None = None) -> int | None:
    """The highest checkpoint the log still has as the device read it (0: none); None when
    the device sent none (protocols 1 and 2). ``tokens``: the log's tokens of (at least)
    the checkpoints' sequences, read already (``log_head``)."""
    if not checkpoints:
        return None
    if tokens is None:  # one query for all (up to ``MAX_CHECKPOINTS`` at every handshake)
        tokens = log_tokens(session, checkpoint_seqs(checkpoints))
    return max((c.seq for c in checkpoints if c.token and tokens.get(c.seq, "") == c.token),
               default=0)


def checkpoint_seqs(checkpoints: list[Checkpoint]) -> list[int]:
    """The sequences whose tokens ``agreement`` compares."""
    return [c.seq for c in checkpoints if c.token]


def read_page(session: Session, caller: Caller, request: Download) -> bytes:
    """The page as a ``DownloadReply``'s JSON."""
    mark_read(session, caller)
    high, tokens = log_head(session, [])
    scopes = caller_scopes(session, caller)
    cursors = {scope: min(request.cursors.get(scope, 0), high) for scope in scopes}
    dropped = sorted(scope for scope in request.cursors if scope not in cursors)
    by_cursor: dict[int, list[str]] = {}
    for scope, seq in cursors.items():
        by_cursor.setdefault(seq, []).append(scope)
    wanted = or_(*(and_(ChangeLogEntry.scope.in_(names), ChangeLogEntry.seq > seq)
                   for seq, names in by_cursor.items()))
    rows = session.execute(select(
        ChangeLogEntry.seq, ChangeLogEntry.scope, ChangeLogEntry.entity,
        ChangeLogEntry.record_id, cast(ChangeLogEntry.data, String)).where(
            wanted, ChangeLogEntry.seq <= high).order_by(ChangeLogEntry.seq).limit(
                request.limit + 1)).all()
    more = len(rows) > request.limit
    rows = rows[:request.limit]
    # Every row of any scope up to the page's end was in the page: all scopes move there.
    reached = rows[-1].seq if more else high
    changes = b",".join(
        b'{"seq":%d,"scope":%s,"entity":%s,"record_id":"%s","data":%s}' % (
            seq, json.dumps(scope).encode(), json.dumps(entity).encode(),
            str(record_id).encode(), data.encode())
        for seq, scope, entity, record_id, data in rows)
    moved = {scope: max(seq, reached) for scope, seq in cursors.items()}
    top = max(moved.values(), default=0)  # the high water's, read already, but on a page
    rest = DownloadReply(changes=[], cursors=moved, more=more, dropped=dropped,  # with more
                         token=tokens[top] if top in tokens else log_token(session, top)
                         ).model_dump_json(exclude=older_fields(caller.protocol)).encode()
    head = b'{"changes":[]'
    assert rest.startswith(head)
    return b'{"changes":[' + changes + b"]" + rest[len(head):]


def mark_read(session: Session, caller: Caller) -> None:
    """When this device last read the log (what ``_made_before_transfer`` believes)."""
    now = datetime.now(UTC)
    done = session.execute(update(DeviceRead).where(
        DeviceRead.device_id == caller.device_id).values(at=now))
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(DeviceRead).values(device_id=caller.device_id, at=now))
