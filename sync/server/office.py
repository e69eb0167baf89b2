"""What the office lead decides from their laptop, applied by the server: a dossier given to
another agent of the office (``case_transfer``), a colleague's temporary cover of an agent's
caseload (``caseload_cover``).

The lead's laptop writes the request; the server judges it against its own state (the caller
must be the lead of that office, the agents of that office) and applies it: a transfer as the
ONE's ``cpi-server transfer`` does (``apply.hand_over``), a cover by widening what the
colleague's laptop reads (``covered_agents``, read by ``scopes.visible_cases`` at each sync).
A cover ends by itself after its last day, the server's day, or when the lead ends it; the
colleague's laptop then loses the dossiers at its next sync, as after a transfer."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain import Case, CaseloadCover, CaseTransferRequest, User, UserRole
from app.domain.base import SyncedRecord, aware
from sync.server.refusals import Refused

if TYPE_CHECKING:
    from sync.server.scopes import Caller

#: Written by an office lead only, judged here.
LEAD_RECORDS = frozenset({"case_transfer", "caseload_cover"})
#: What ending a cover changes; nothing else of a cover changes once given.
COVER_ENDING = frozenset({"ended_at", "ended_by_id"})


def server_today() -> date:
    """The server's day: a cover's last day ends at the server's midnight."""
    return datetime.now().astimezone().date()


def covered_agents(colleague_id: uuid.UUID, today: date) -> Select[uuid.UUID]:
    """The agents whose caseload ``colleague_id`` covers on ``today``."""
    return select(CaseloadCover.agent_id).where(
        CaseloadCover.colleague_id == colleague_id, CaseloadCover.deleted_at.is_(None),
        CaseloadCover.ended_at.is_(None), CaseloadCover.starts_on <= today,
        CaseloadCover.ends_on >= today)


def cover_end(cover: CaseloadCover) -> datetime:
    """When the cover stopped (or stops): ended by the lead, or the server's midnight after
    its last day."""
    if cover.ended_at is not None:
        return aware(cover.ended_at)
    return datetime.combine(cover.ends_on + timedelta(days=1), time()).astimezone()


def made_under_cover(session: Session, caller: Caller, case_id: uuid.UUID, made_at: datetime,
                     read_at: datetime | None) -> bool:
    """An edit the colleague made while covering the dossier's agent, sent after the cover
    ended: taken, as a former agent's edits made before a transfer, until the colleague's
    device has read the log after the cover's end (it then knows, and purges the dossier)."""
    agent_id = session.scalar(select(Case.agent_id).where(Case.id == case_id))
    if agent_id is None:
        return False
    covers = session.scalars(select(CaseloadCover).where(
        CaseloadCover.colleague_id == caller.user_id, CaseloadCover.agent_id == agent_id,
        CaseloadCover.deleted_at.is_(None)))
    for cover in covers:
        start = datetime.combine(cover.starts_on, time()).astimezone()
        end = cover_end(cover)
        if start <= aware(made_at) < end and (read_at is None or read_at < end):
            return True
    return False


def lead_refusal(session: Session, caller: Caller, record: SyncedRecord,
                 fields: frozenset[str], *, inserting: bool) -> Refused | None:
    """Why the caller may not write this transfer or cover (None: they may)."""
    if caller.role is not UserRole.OFFICE_LEAD:
        return Refused.NOT_OFFICE_LEAD
    if isinstance(record, CaseTransferRequest):
        case = session.get(Case, record.case_id)
        if case is None or case.office_id != caller.office_id:
            return Refused.NOT_OFFICE_LEAD
        if not _agent_of(session, record.to_agent_id, case.office_id):
            return Refused.NOT_AGENT_OF_OFFICE
        return None
    if isinstance(record, CaseloadCover):
        if record.office_id != caller.office_id:
            return Refused.NOT_OFFICE_LEAD
        if not inserting:
            return None if fields <= COVER_ENDING else Refused.COVER_CHANGED
        if not (_agent_of(session, record.agent_id, record.office_id)
                and _agent_of(session, record.colleague_id, record.office_id)):
            return Refused.NOT_AGENT_OF_OFFICE
        if record.agent_id == record.colleague_id:
            return Refused.COVER_SELF
        if record.ends_on < record.starts_on or record.ends_on < server_today():
            return Refused.COVER_DATES
        return None
    return Refused.NOT_FROM_A_DEVICE


def _agent_of(session: Session, user_id: uuid.UUID, office_id: uuid.UUID | None) -> bool:
    user = session.get(User, user_id)
    return user is not None and user.role is UserRole.AGENT and user.office_id == office_id \
        and user.deleted_at is None


