"""The dossier's overview ("Synthèse"): where it stands, what comes next and what stops it.

One read, a few queries: the facts the rules judge (``case_facts``, ``plan_facts``), the family
at a glance, the latest plan version, running measures, the last contacts, open requests and
alerts. The dossier window gets it with the dossier (``load_dossier_detail``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AgentTask,
    AidFrame,
    Appointment,
    AppointmentKind,
    AppointmentState,
    Case,
    CaseState,
    ContactChannel,
    ContactLogEntry,
    MeasureTypeRef,
    PersonRole,
    PlaceType,
    PlanReviewRequest,
    PlanSignature,
    PlanState,
    PlanVersion,
    Request,
    ReviewRequestKind,
    ReviewRequestOutcome,
    TaskState,
)
from app.domain.base import aware
from app.i18n import current_language
from app.rules.ages import age_on
from app.rules.next_action import NextAction, next_action
from app.rules.reviews import ReviewStatus, review_status
from app.services.base.context import ServiceContext
from app.services.base.facts import (
    case_facts,
    current_links,
    live_measures,
    live_persons,
    plan_facts,
)
from app.services.base.guards import case_of
from app.services.base.loaded import kept
from app.services.caseload.deadlines import age_limit_rows

#: The overview lists this many contacts, the newest first.
LAST_CONTACTS = 5
#: Requests for aid received this recently are listed with the open requests.
RECENT_REQUESTS = timedelta(days=90)
#: The overview lists the open tasks due within this time, and every overdue one.
TASKS_AHEAD = timedelta(days=7)


@dataclass(frozen=True)
class FamilyMember:
    person_id: uuid.UUID
    name: str
    role: PersonRole
    age: int | None  # today, None without a birth date
    #: Holds parental authority over, or legally represents, someone of the dossier (links
    #: that have not ended).
    parental_authority: bool
    legal_representative: bool


@dataclass(frozen=True)
class PlanSigner:
    name: str
    signed_on: date | None  # None: still to sign


@dataclass(frozen=True)
class PlanOverview:
    """The latest plan version (a discarded one aside)."""

    number: int
    state: PlanState
    signers: tuple[PlanSigner, ...]
    validated_on: date | None
    in_force_since: date | None
    returned_on: date | None
    return_comment: str

    @property
    def signed(self) -> tuple[PlanSigner, ...]:
        return tuple(s for s in self.signers if s.signed_on is not None)

    @property
    def to_sign(self) -> tuple[PlanSigner, ...]:
        return tuple(s for s in self.signers if s.signed_on is None)


@dataclass(frozen=True)
class RunningMeasure:
    code: str
    label: str
    beneficiary: str
    starts_on: date
    ends_on: date
    started: bool  # actually started (not only planned)


@dataclass(frozen=True)
class ContactLine:
    contact_at: datetime
    with_whom: str
    channel: ContactChannel
    summary: str


class OpenRequestKind(StrEnum):
    REVIEW = "review"  # art. 4: review of the plan
    REVOCATION = "revocation"  # art. 4: revocation of the plan
    AID = "aid"  # a request for aid received recently


@dataclass(frozen=True)
class OpenRequest:
    kind: OpenRequestKind
    on: date
    who: str
    what: str


class AlertKind(StrEnum):
    TURNS_27 = "turns_27"  # art. 3: aid ends at 27, measures still run
    REVIEW_OVERDUE = "review_overdue"  # art. 6


@dataclass(frozen=True)
class OverviewAlert:
    kind: AlertKind
    on: date
    name: str = ""  # the person, for TURNS_27


@dataclass(frozen=True)
class DossierOverview:
    case_id: uuid.UUID
    number: str
    state: CaseState
    aid_frame: AidFrame
    current_step: int
    closed_on: date | None
    family: tuple[FamilyMember, ...]
    next_action: NextAction
    plan: PlanOverview | None
    next_review_on: date | None
    review_status: ReviewStatus | None
    measures: tuple[RunningMeasure, ...]
    contacts: tuple[ContactLine, ...]
    requests: tuple[OpenRequest, ...]
    alerts: tuple[OverviewAlert, ...]
    #: Next actions of the agent's own: open tasks due within a week or overdue (earliest
    #: first) and the appointments planned ahead.
    tasks: tuple[TaskLine, ...] = ()
    appointments: tuple[UpcomingAppointment, ...] = ()

    @property
    def review_overdue(self) -> bool:
        return self.review_status in (ReviewStatus.OVERDUE, ReviewStatus.ESCALATED)


@dataclass(frozen=True)
class TaskLine:
    task_id: uuid.UUID
    due_on: date
    text: str
    overdue: bool


@dataclass(frozen=True)
class UpcomingAppointment:
    appointment_id: uuid.UUID
    starts_at: datetime
    kind: AppointmentKind
    place_type: PlaceType


def load_overview(ctx: ServiceContext, case_id: uuid.UUID, today: date) -> DossierOverview:
    """The overview of one dossier on ``today``, in one read."""
    with ctx.reading() as session:
        return overview_in(session, case_of(session, case_id), today)


def overview_in(session: Session, case: Case, today: date,
                language: str | None = None) -> DossierOverview:
    """The overview, inside a read the caller holds (the dossier's load shares it); measures
    are named in ``language`` (the screen's by default, a document's for print)."""
    facts = case_facts(session, case, today)
    plan = plan_facts(session, case.id)
    persons = live_persons(session, case.id)
    names = {p.id: p.full_name for p in persons}
    links = current_links(session, case.id)
    family = tuple(FamilyMember(
        p.id, p.full_name, p.role, age_on(p.birth_date, today) if p.birth_date else None,
        any(link.from_person_id == p.id and link.holds_parental_authority for link in links),
        any(link.from_person_id == p.id and link.is_legal_representative for link in links))
        for p in persons)
    due = plan.review_due_on
    status = review_status(due, today) if due is not None and case.state is CaseState.OPEN \
        else None
    alerts = [OverviewAlert(AlertKind.TURNS_27, alert.turns_27_on, alert.name)
              for alert in age_limit_rows(session, today,
                                          select(Case.id).where(Case.id == case.id))]
    if due is not None and status in (ReviewStatus.OVERDUE, ReviewStatus.ESCALATED):
        alerts.insert(0, OverviewAlert(AlertKind.REVIEW_OVERDUE, due))
    return DossierOverview(
        case_id=case.id, number=case.number, state=case.state, aid_frame=case.aid_frame,
        current_step=case.current_step, closed_on=case.closed_on, family=family,
        next_action=next_action(facts, plan, today),
        plan=_latest_plan(session, case.id),
        next_review_on=due if case.state is CaseState.OPEN else None, review_status=status,
        measures=_running_measures(session, case.id, names, language or current_language()),
        contacts=tuple(ContactLine(c.contact_at, c.with_whom, c.channel, c.summary)
                       for c in _last_contacts(session, case.id)),
        requests=_open_requests(session, case.id, names, today),
        alerts=tuple(alerts),
        tasks=_due_tasks(session, case.id, today),
        appointments=_upcoming(session, case.id),
    )


def _due_tasks(session: Session, case_id: uuid.UUID, today: date) -> tuple[TaskLine, ...]:
    tasks = kept(session, AgentTask, case_id)
    if tasks is None:
        tasks = list(session.scalars(select(AgentTask).where(
            AgentTask.case_id == case_id, AgentTask.deleted_at.is_(None))))
    horizon = today + TASKS_AHEAD
    return tuple(TaskLine(t.id, t.due_on, t.text, t.due_on < today)
                 for t in sorted(tasks, key=lambda t: t.due_on)
                 if t.state is TaskState.OPEN and t.due_on <= horizon)


def _upcoming(session: Session, case_id: uuid.UUID) -> tuple[UpcomingAppointment, ...]:
    now = datetime.now(UTC)
    rows = kept(session, Appointment, case_id)
    if rows is None:
        rows = list(session.scalars(select(Appointment).where(
            Appointment.case_id == case_id, Appointment.deleted_at.is_(None))))
    return tuple(UpcomingAppointment(a.id, aware(a.starts_at), a.kind, a.place_type)
                 for a in sorted(rows, key=lambda a: aware(a.starts_at))
                 if a.state is AppointmentState.PLANNED and aware(a.ends_at) >= now
                 )[:LAST_CONTACTS]


def _last_contacts(session: Session, case_id: uuid.UUID) -> list[ContactLogEntry]:
    contacts = kept(session, ContactLogEntry, case_id)
    if contacts is not None:
        return sorted(contacts, key=lambda c: c.contact_at, reverse=True)[:LAST_CONTACTS]
    return list(session.scalars(select(ContactLogEntry).where(
        ContactLogEntry.case_id == case_id, ContactLogEntry.deleted_at.is_(None))
        .order_by(ContactLogEntry.contact_at.desc()).limit(LAST_CONTACTS)))


def _latest_plan(session: Session, case_id: uuid.UUID) -> PlanOverview | None:
    versions = kept(session, PlanVersion, case_id)
    if versions is not None:
        version = max((v for v in versions if v.state is not PlanState.DISCARDED),
                      key=lambda v: v.number, default=None)
    else:
        version = session.scalars(select(PlanVersion).where(
            PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
            PlanVersion.state != PlanState.DISCARDED)
            .order_by(PlanVersion.number.desc())).first()
    if version is None:
        return None
    signatures = kept(session, PlanSignature, case_id)
    if signatures is not None:
        signed = {s.person_id: s.signed_on for s in signatures
                  if s.plan_version_id == version.id}
    else:
        signed = {person_id: signed_on for person_id, signed_on in session.execute(select(
            PlanSignature.person_id, PlanSignature.signed_on).where(
            PlanSignature.plan_version_id == version.id, PlanSignature.deleted_at.is_(None)))}
    return PlanOverview(
        version.number, version.state,
        tuple(PlanSigner(s["name"], signed.get(uuid.UUID(s["person_id"])))
              for s in version.signatories),
        version.validated_on, version.in_force_since, version.returned_on,
        version.return_comment)


def _running_measures(session: Session, case_id: uuid.UUID, names: dict[uuid.UUID, str],
                      language: str) -> tuple[RunningMeasure, ...]:
    measures = [m for m in live_measures(session, case_id) if m.actual_end_on is None]
    if not measures:
        return ()
    german = language == "de"
    labels = {code: de if german else fr for code, fr, de in session.execute(select(
        MeasureTypeRef.code, MeasureTypeRef.label_fr, MeasureTypeRef.label_de).where(
        MeasureTypeRef.code.in_({m.measure_code for m in measures})))}
    return tuple(RunningMeasure(m.measure_code, labels.get(m.measure_code, ""),
                                names.get(m.beneficiary_id, ""), m.starts_on, m.ends_on,
                                m.actual_start_on is not None)
                 for m in measures)


def _open_requests(session: Session, case_id: uuid.UUID, names: dict[uuid.UUID, str],
                   today: date) -> tuple[OpenRequest, ...]:
    kinds = {ReviewRequestKind.REVIEW: OpenRequestKind.REVIEW,
             ReviewRequestKind.REVOCATION: OpenRequestKind.REVOCATION}
    pending = [OpenRequest(kinds[r.kind], r.requested_on, names.get(r.requested_by_id, ""),
                           r.grounds)
               for r in _pending_review_requests(session, case_id)]
    recent = [OpenRequest(OpenRequestKind.AID, r.received_on,
                          r.requester_name or names.get(r.requester_person_id or case_id, ""),
                          r.what)
              for r in _recent_requests(session, case_id, today - RECENT_REQUESTS)]
    return tuple(pending + recent)


def _pending_review_requests(session: Session, case_id: uuid.UUID) -> list[PlanReviewRequest]:
    requests = kept(session, PlanReviewRequest, case_id)
    if requests is not None:
        return sorted((r for r in requests if r.outcome is ReviewRequestOutcome.PENDING),
                      key=lambda r: r.requested_on)
    return list(session.scalars(select(PlanReviewRequest).where(
        PlanReviewRequest.case_id == case_id, PlanReviewRequest.deleted_at.is_(None),
        PlanReviewRequest.outcome == ReviewRequestOutcome.PENDING)
        .order_by(PlanReviewRequest.requested_on)))


def _recent_requests(session: Session, case_id: uuid.UUID, since: date) -> list[Request]:
    requests = kept(session, Request, case_id)
    if requests is not None:
        return sorted((r for r in requests if r.received_on >= since),
                      key=lambda r: r.received_on, reverse=True)
    return list(session.scalars(select(Request).where(
        Request.case_id == case_id, Request.deleted_at.is_(None), Request.received_on >= since)
        .order_by(Request.received_on.desc())))
