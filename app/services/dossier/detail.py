"""Everything about one dossier, step by step, as plain values for the dossier view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AuditEntry,
    CaseConference,
    ContactChannel,
    ContactLogEntry,
    DossierDocument,
    DossierHistoryEntry,
    Evaluation,
    EvaluationOutcome,
    Horizon,
    MeasureInterruption,
    MeasureObjectiveLink,
    MeasureTypeRef,
    Objective,
    ObjectiveStatus,
    OutboxEntry,
    PersonAssessment,
    PlannedMeasure,
    PlanReviewRequest,
    PlanSignature,
    PlanState,
    PlanVersion,
    Provider,
    ReviewRequestKind,
    ReviewRequestOutcome,
    SignatoryCapacity,
    SignedScan,
    Stakeholder,
    StakeholderKind,
    SyncConflict,
    SyncedRecord,
    User,
)
from app.domain.base import aware
from app.i18n import current_language
from app.services.base.context import ServiceContext
from app.services.base.guards import case_of
from app.services.base.loaded import kept_records
from app.services.caseload.listing import DossierView, get_dossier
from app.services.dossier.overview import DossierOverview, overview_in
from app.services.dossier.records import case_records
from app.services.plan.reviews import ended_by_revocation

R = TypeVar("R", bound=SyncedRecord)


@dataclass(frozen=True)
class AssessmentView:
    person_id: uuid.UUID
    person: str
    difficulties: str
    resources: str
    needs: str
    own_view: str


@dataclass(frozen=True)
class ObjectiveView:
    objective_id: uuid.UUID
    wording: str
    indicator: str
    accepted_by: str
    realism: str
    due_on: date
    horizon: Horizon
    status: ObjectiveStatus
    #: The child or young adult it is for ("" when set before objectives had one).
    person_id: uuid.UUID | None = None
    person: str = ""
    status_on: date | None = None
    status_reason: str = ""


@dataclass(frozen=True)
class MeasureView:
    measure_id: uuid.UUID
    code: str
    label: str
    beneficiary: str
    provider: str
    quantity: Decimal | None
    unit: str | None
    starts_on: date
    ends_on: date
    actual_start_on: date | None
    actual_end_on: date | None
    beneficiary_id: uuid.UUID | None = None
    provider_id: uuid.UUID | None = None
    objective_ids: tuple[uuid.UUID, ...] = ()
    volume_note: str = ""
    change_reason: str = ""
    end_reason: str = ""
    #: The pause still open, if the measure is interrupted now.
    paused: InterruptionView | None = None
    #: The number of the plan version whose revocation (art. 4) ended the measure, if it was
    #: ended so (``end_reason`` is then the revocation's note).
    revoked_version: int | None = None


@dataclass(frozen=True)
class InterruptionView:
    interruption_id: uuid.UUID
    from_on: date
    to_on: date | None
    reason: str


@dataclass(frozen=True)
class SignatureView:
    person_id: uuid.UUID
    name: str
    capacity: SignatoryCapacity
    signed_on: date | None  # None: still to sign


@dataclass(frozen=True)
class PlanVersionView:
    version_id: uuid.UUID
    number: int
    state: PlanState
    prepared_on: date
    frozen_on: date | None
    validated_on: date | None
    in_force_since: date | None
    review_due_on: date | None
    signatures: tuple[SignatureView, ...]
    #: Set when the ONE returned the version instead of validating it.
    returned_on: date | None = None
    return_comment: str = ""
    #: Scans of the signed pages attached to this version.
    scans: int = 0


@dataclass(frozen=True)
class ReviewRequestView:
    """Art. 4: a request for review or revocation of a plan version, and how it ended."""

    request_id: uuid.UUID
    plan_version_id: uuid.UUID
    version_number: int
    requested_by: str
    kind: ReviewRequestKind
    requested_on: date
    grounds: str
    outcome: ReviewRequestOutcome
    outcome_on: date | None
    outcome_note: str


@dataclass(frozen=True)
class ConferenceView:
    conference_id: uuid.UUID
    held_on: date
    place: str
    participants: str
    minutes: str
    decisions: str


@dataclass(frozen=True)
class ContactView:
    contact_at: datetime
    with_whom: str
    channel: ContactChannel
    summary: str


@dataclass(frozen=True)
class EvaluationView:
    evaluated_on: date
    outcome: EvaluationOutcome
    proposals: str


@dataclass(frozen=True)
class HistoryView:
    at: datetime
    who: str
    action: str
    entity: str
    fields: str
    #: The agent whose caseload ``who`` covered when acting (``CaseloadCover``), else "".
    under_cover_of: str = ""
    #: The computer it was done on, as the server knows it ("": the server itself, or a
    #: change of this computer not synchronised yet).
    device: str = ""
    #: False: done on this computer and not yet accepted by the server (its history has it
    #: once the server has accepted it).
    synced: bool = True
    #: No one's device: the server's own change (the ONE's transfer of the dossier...).
    by_server: bool = False


@dataclass(frozen=True)
class StakeholderView:
    """A professional around the family, for the ecomap."""

    stakeholder_id: uuid.UUID
    kind: StakeholderKind
    name: str
    organisation: str
    role: str
    contact: str
    provider: str  # the linked provider's name, "" when none
    #: No longer involved since (kept for the history; the ecomap leaves them out).
    ended_on: date | None = None
    end_reason: str = ""


@dataclass(frozen=True)
class DossierDetail:
    summary: DossierView
    assessments: tuple[AssessmentView, ...]
    objectives: tuple[ObjectiveView, ...]
    measures: tuple[MeasureView, ...]
    plan_versions: tuple[PlanVersionView, ...]
    conferences: tuple[ConferenceView, ...]
    contacts: tuple[ContactView, ...]
    evaluations: tuple[EvaluationView, ...]
    history: tuple[HistoryView, ...]
    stakeholders: tuple[StakeholderView, ...] = ()
    #: Sync conflicts of the dossier still to resolve (the window offers to resolve them).
    open_conflicts: int = 0
    #: Where the dossier stands and what comes next (the window's first page); None when
    #: the caller did not ask for it (a wizard's context).
    overview: DossierOverview | None = None
    #: Requests for review or revocation (art. 4), newest first.
    review_requests: tuple[ReviewRequestView, ...] = ()
    #: How many documents the dossier holds, withdrawn ones too (its Documents tab lists
    #: them when first shown; its title counts them from the start).
    documents: int = 0


def load_dossier_detail(ctx: ServiceContext, case_id: uuid.UUID, *,
                        today: date | None = None, overview: bool = True) -> DossierDetail:
    """The whole dossier for the dossier view (one read, off the GUI thread), with its
    overview on ``today`` unless ``overview`` is False."""
    summary = get_dossier(ctx, case_id)
    names = {p.person_id: f"{p.first_name} {p.last_name}".strip() for p in summary.persons}
    with ctx.reading() as session:
        records = list(case_records(session, case_id))

        def live(model: type[R]) -> list[R]:
            return [r for r in records if isinstance(r, model)]

        labels = {m.code: (m.label_de if current_language() == "de" else m.label_fr)
                  for m in session.scalars(select(MeasureTypeRef))}
        providers = {p.id: p.name for p in session.scalars(select(Provider))}
        signatures: dict[uuid.UUID, dict[str, date]] = {}
        for signature in live(PlanSignature):
            signatures.setdefault(signature.plan_version_id, {})[
                str(signature.person_id)] = signature.signed_on
        users = {u.id: u.display_name for u in session.scalars(select(User))}
        history = _history(session, case_id, [record.id for record in records], users)
        numbers = {v.id: v.number for v in live(PlanVersion)}
        dossier_overview = None
        if overview:  # judged from the records just read, not thirty queries more
            with kept_records(session, case_id, records):
                dossier_overview = overview_in(session, case_of(session, case_id),
                                               today or date.today())
        return DossierDetail(
            summary=summary,
            assessments=tuple(AssessmentView(
                a.person_id, names.get(a.person_id, ""), a.difficulties, a.resources, a.needs,
                a.own_view)
                for a in live(PersonAssessment)),
            objectives=tuple(ObjectiveView(
                o.id, o.wording, o.indicator, o.accepted_by, o.realism, o.due_on,
                o.horizon, o.status, o.person_id,
                names.get(o.person_id, "") if o.person_id else "", o.status_on,
                o.status_reason)
                for o in sorted(live(Objective), key=lambda o: o.due_on)),
            measures=tuple(MeasureView(
                m.id, m.measure_code, labels.get(m.measure_code, ""),
                names.get(m.beneficiary_id, ""), providers.get(m.provider_id, ""),
                m.quantity, m.unit, m.starts_on, m.ends_on, m.actual_start_on,
                m.actual_end_on, m.beneficiary_id, m.provider_id,
                tuple(sorted(link.objective_id for link in live(MeasureObjectiveLink)
                             if link.measure_id == m.id)),
                m.volume_note, m.change_reason, m.end_reason,
                next((InterruptionView(i.id, i.from_on, i.to_on, i.reason)
                      for i in live(MeasureInterruption)
                      if i.measure_id == m.id and i.to_on is None), None),
                next((v.number for v in live(PlanVersion) if ended_by_revocation(m, v)), None))
                for m in sorted(live(PlannedMeasure), key=lambda m: m.starts_on)),
            plan_versions=tuple(PlanVersionView(
                v.id, v.number, v.state, v.prepared_on, v.frozen_on, v.validated_on,
                v.in_force_since, v.review_due_on,
                tuple(SignatureView(uuid.UUID(s["person_id"]), s["name"],
                                    SignatoryCapacity(s["capacity"]),
                                    signatures.get(v.id, {}).get(s["person_id"]))
                      for s in v.signatories),
                v.returned_on, v.return_comment,
                sum(1 for scan in live(SignedScan) if scan.plan_version_id == v.id))
                for v in sorted(live(PlanVersion), key=lambda v: -v.number)),
            conferences=tuple(ConferenceView(
                c.id, c.held_on, c.place,
                ", ".join(f"{p['name']} ({p['role']})" for p in c.participants),
                c.minutes, c.decisions)
                for c in sorted(live(CaseConference), key=lambda c: c.held_on, reverse=True)),
            contacts=tuple(ContactView(c.contact_at, c.with_whom, c.channel, c.summary)
                           for c in sorted(live(ContactLogEntry), key=lambda c: c.contact_at,
                                           reverse=True)),
            evaluations=tuple(EvaluationView(e.evaluated_on, e.outcome, e.proposals)
                              for e in sorted(live(Evaluation), key=lambda e: e.evaluated_on,
                                              reverse=True)),
            history=history,
            stakeholders=tuple(StakeholderView(
                s.id, s.kind, s.name, s.organisation, s.role, s.contact,
                providers.get(s.provider_id, "") if s.provider_id else "", s.ended_on,
                s.end_reason)
                for s in sorted(live(Stakeholder), key=lambda s: (s.kind, s.name))),
            open_conflicts=sum(1 for c in live(SyncConflict) if c.resolved_at is None),
            overview=dossier_overview,
            review_requests=tuple(ReviewRequestView(
                r.id, r.plan_version_id, numbers.get(r.plan_version_id, 0),
                names.get(r.requested_by_id, ""), r.kind, r.requested_on, r.grounds,
                r.outcome, r.outcome_on, r.outcome_note)
                for r in sorted(live(PlanReviewRequest),
                                key=lambda r: (r.requested_on, r.id), reverse=True)),
            documents=len(live(DossierDocument)),
        )


def _history(session: Session, case_id: uuid.UUID, record_ids: list[uuid.UUID],
             users: dict[uuid.UUID, str]) -> tuple[HistoryView, ...]:
    """The dossier's history, newest first: the server's (``DossierHistoryEntry``: the same
    on every device holding the dossier), and this device's changes the server has not
    answered yet (``AuditEntry`` whose outbox entry waits), or traced before the server kept
    a history (no mutation id)."""
    views = [HistoryView(
        aware(h.made_at), h.user_name or users.get(h.user_id, "") if h.user_id else "",
        h.action, h.entity, ", ".join(h.fields),
        h.under_cover_of_name or users.get(h.under_cover_of_id, "")
        if h.under_cover_of_id else "", h.device_name, True, h.user_id is None)
        for h in session.scalars(select(DossierHistoryEntry).where(
            DossierHistoryEntry.case_id == case_id))]
    waiting = set(session.scalars(select(OutboxEntry.mutation_id).where(
        OutboxEntry.case_id == case_id)))
    views += [HistoryView(
        aware(a.at), users.get(a.actor_id, "") if a.actor_id else "", a.action, a.entity,
        ", ".join(a.fields), users.get(a.under_cover_of_id, "") if a.under_cover_of_id else "",
        "", a.mutation_id is None)
        for a in session.scalars(select(AuditEntry).where(
            AuditEntry.record_id.in_(record_ids) | AuditEntry.mutation_id.in_(waiting)))
        if a.mutation_id is None or a.mutation_id in waiting]
    return tuple(sorted(views, key=lambda v: v.at, reverse=True))
