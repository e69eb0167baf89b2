"""The office lead's desk: the office's dossiers per agent, what is escalated (reviews overdue,
dossiers a rule stops), plans waiting for signature or for the ONE's validation, the covers in
place; and the lead's decisions: give a dossier to another agent of the office, give a
colleague temporary cover of an agent's caseload, end a cover.

A decision is written on the lead's laptop as a request that syncs (``CaseTransferRequest``,
``CaseloadCover``); the server applies it (it alone changes who holds a dossier and who reads
it) or refuses it with its reason, kept beside the refused change like any other."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    CaseloadCover,
    CaseState,
    CaseTransferRequest,
    Office,
    PlanState,
    PlanVersion,
    User,
    UserRole,
)
from app.domain.base import utc_now
from app.rules import Unmet, require
from app.rules.next_action import NextActionKind, next_action
from app.rules.office import Colleague, cover_end_unmet, cover_unmet, lead_unmet, transfer_unmet
from app.rules.reviews import escalation_cutoff
from app.services.base.context import ServiceContext
from app.services.base.facts import case_facts, plan_facts
from app.services.base.guards import case_of, live
from app.services.caseload.deadlines import ReviewDeadline, review_query, review_rows


def is_office_lead(ctx: ServiceContext) -> bool:
    """Whether the signed-in user leads a regional office (their app offers the lead's view)."""
    with ctx.reading() as session:
        user = session.get(User, ctx.actor_id) if ctx.actor_id is not None else None
        return user is not None and user.role is UserRole.OFFICE_LEAD


def transfer_dossier(ctx: ServiceContext, case_id: uuid.UUID, to_agent_id: uuid.UUID,
                     reason: str = "") -> uuid.UUID:
    """The lead gives the dossier to another agent of the office. Recorded as a request that
    the server applies at the next sync (the dossier then leaves the former agent's laptop
    and reaches the new agent's); returns the request's id."""
    with ctx.transaction("transfer_dossier") as session:
        case = case_of(session, case_id)
        require(transfer_unmet(_colleague(session, ctx.actor_id), case.office_id,
                               case.agent_id, _colleague(session, to_agent_id)))
        request = CaseTransferRequest(case_id=case.id, to_agent_id=to_agent_id,
                                      requested_by_id=ctx.actor_id, requested_at=utc_now(),
                                      reason=reason.strip())
        session.add(request)
        session.flush()
        return request.id


def give_cover(ctx: ServiceContext, agent_id: uuid.UUID, colleague_id: uuid.UUID,
               ends_on: date, today: date, starts_on: date | None = None) -> uuid.UUID:
    """A colleague covers the agent's caseload from ``starts_on`` (today unless given) to
    ``ends_on``, both included: the colleague's laptop receives the agent's dossiers at its
    next sync and loses them once the cover ends. Returns the cover's id."""
    start = starts_on or today
    with ctx.transaction("give_cover") as session:
        lead = _colleague(session, ctx.actor_id)
        office_id = lead.office_id if lead is not None else None
        require(cover_unmet(lead, office_id, _colleague(session, agent_id),
                            _colleague(session, colleague_id), start, ends_on, today))
        assert office_id is not None  # a lead belongs to an office (lead_unmet)
        cover = CaseloadCover(office_id=office_id, agent_id=agent_id, colleague_id=colleague_id,
                              starts_on=start, ends_on=ends_on, given_by_id=ctx.actor_id)
        session.add(cover)
        session.flush()
        return cover.id


def end_cover(ctx: ServiceContext, cover_id: uuid.UUID, now: datetime | None = None) -> None:
    """The lead ends a cover before its last day: the colleague's laptop loses the covered
    dossiers at its next sync (unless they are the colleague's own)."""
    with ctx.transaction("end_cover") as session:
        cover = live(session, CaseloadCover, cover_id)
        require(cover_end_unmet(_colleague(session, ctx.actor_id), cover.office_id,
                                cover.ended_at is not None))
        cover.ended_at = now or utc_now()
        cover.ended_by_id = ctx.actor_id


@dataclass(frozen=True)
class LeadDossier:
    case_id: uuid.UUID
    number: str
    step: int
    #: The agent it was asked to go to, when a transfer waits for the next sync.
    transfer_to: str = ""


@dataclass(frozen=True)
class AgentCaseload:
    agent_id: uuid.UUID
    name: str
    dossiers: tuple[LeadDossier, ...]


@dataclass(frozen=True)
class BlockedDossier:
    """A dossier whose next action a rule stops, with the first such rule (its text cites
    the article)."""

    case_id: uuid.UUID
    number: str
    agent: str
    action: NextActionKind
    rule: Unmet


@dataclass(frozen=True)
class WaitingPlan:
    case_id: uuid.UUID
    number: str
    agent: str
    version: int
    #: READY_TO_SIGN (signatures awaited), SIGNED (the ONE's validation awaited) or
    #: VALIDATED (signatures still missing).
    state: PlanState
    since: date | None


@dataclass(frozen=True)
class CoverView:
    cover_id: uuid.UUID
    agent: str
    colleague: str
    starts_on: date
    ends_on: date
    #: Not yet on the server: the colleague's laptop gets the dossiers after the lead's sync.
    pending: bool


@dataclass(frozen=True)
class OfficeLeadView:
    today: date
    office_code: str
    office_name: str
    agents: tuple[AgentCaseload, ...]
    #: Reviews overdue (art. 6), the escalated ones (more than 30 days late) included.
    overdue: tuple[ReviewDeadline, ...]
    blocked: tuple[BlockedDossier, ...]
    waiting: tuple[WaitingPlan, ...]
    covers: tuple[CoverView, ...]
    #: The office's agents, (id, name): whom a dossier or a cover may go to.
    colleagues: tuple[tuple[uuid.UUID, str], ...]

    @property
    def escalated(self) -> tuple[ReviewDeadline, ...]:
        cutoff = escalation_cutoff(self.today)
        return tuple(review for review in self.overdue if review.due_on < cutoff)


def office_lead_view(ctx: ServiceContext, today: date) -> OfficeLeadView:
    """Everything the lead's window shows, in one reading of the lead's office."""
    with ctx.reading() as session:
        lead = _colleague(session, ctx.actor_id)
        require(lead_unmet(lead, lead.office_id if lead is not None else None))
        assert lead is not None and lead.office_id is not None
        office = session.get(Office, lead.office_id)
        assert office is not None
        users = {user.id: user for user in session.scalars(select(User))}
        agents = sorted((user for user in users.values()
                         if user.role is UserRole.AGENT and user.office_id == office.id
                         and user.deleted_at is None), key=lambda user: user.display_name)
        cases = list(session.scalars(select(Case).where(
            Case.office_id == office.id, Case.deleted_at.is_(None),
            Case.state == CaseState.OPEN).order_by(Case.number)))
        pending = {request.case_id: request.to_agent_id
                   for request in session.scalars(select(CaseTransferRequest).where(
                       CaseTransferRequest.server_version == 0))}

        def name(user_id: uuid.UUID | None) -> str:
            user = users.get(user_id) if user_id is not None else None
            return user.display_name if user is not None else ""

        by_agent: dict[uuid.UUID | None, list[LeadDossier]] = {}
        for case in cases:
            by_agent.setdefault(case.agent_id, []).append(LeadDossier(
                case.id, case.number, case.current_step, name(pending.get(case.id))))
        caseloads = [AgentCaseload(agent.id, agent.display_name,
                                   tuple(by_agent.pop(agent.id, [])))
                     for agent in agents]
        caseloads += [AgentCaseload(agent_id, name(agent_id), tuple(dossiers))
                      for agent_id, dossiers in by_agent.items() if agent_id is not None]
        return OfficeLeadView(
            today=today, office_code=office.code, office_name=office.name,
            agents=tuple(caseloads),
            overdue=tuple(review_rows(session, today, review_query(office.code, None).where(
                PlanVersion.review_due_on < today))),
            blocked=tuple(_blocked(session, cases, today, name)),
            waiting=tuple(_waiting(session, cases, name)),
            covers=tuple(CoverView(cover.id, name(cover.agent_id), name(cover.colleague_id),
                                   cover.starts_on, cover.ends_on, cover.server_version == 0)
                         for cover in session.scalars(select(CaseloadCover).where(
                             CaseloadCover.office_id == office.id,
                             CaseloadCover.deleted_at.is_(None),
                             CaseloadCover.ended_at.is_(None),
                             CaseloadCover.ends_on >= today).order_by(
                             CaseloadCover.ends_on))),
            colleagues=tuple((agent.id, agent.display_name) for agent in agents))


def _blocked(session: Session, cases: list[Case], today: date,
             name: Callable[[uuid.UUID | None], str]) -> list[BlockedDossier]:
    blocked = []
    for case in cases:
        action = next_action(case_facts(session, case, today), plan_facts(session, case.id),
                             today)
        if action.unmet:
            blocked.append(BlockedDossier(case.id, case.number, name(case.agent_id),
                                          action.kind, action.unmet[0]))
    return blocked


def _waiting(session: Session, cases: list[Case],
             name: Callable[[uuid.UUID | None], str]) -> list[WaitingPlan]:
    holders = {case.id: case for case in cases}
    versions = session.scalars(select(PlanVersion).where(
        PlanVersion.case_id.in_(holders), PlanVersion.deleted_at.is_(None),
        PlanVersion.state.in_((PlanState.READY_TO_SIGN, PlanState.SIGNED,
                               PlanState.VALIDATED))).order_by(PlanVersion.frozen_on))
    return [WaitingPlan(version.case_id, holders[version.case_id].number,
                        name(holders[version.case_id].agent_id), version.number, version.state,
                        version.frozen_on)
            for version in versions]


def _colleague(session: Session, user_id: uuid.UUID | None) -> Colleague | None:
    user = session.get(User, user_id) if user_id is not None else None
    if user is None or user.deleted_at is not None:
        return None
    return Colleague(user.id, user.role is UserRole.AGENT, user.role is UserRole.OFFICE_LEAD,
                     user.office_id)
