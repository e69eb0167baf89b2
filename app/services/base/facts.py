"""Gathering, from the store, the plain facts the rules of ``app.rules`` judge."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.domain import (
    Case,
    CaseState,
    Evaluation,
    EvaluationOutcome,
    ForfaitRef,
    MeasureObjectiveLink,
    MeasureTypeRef,
    Objective,
    ObjectiveStatus,
    Person,
    PersonAssessment,
    PlannedMeasure,
    PlanReviewRequest,
    PlanSignature,
    PlanState,
    PlanVersion,
    Provider,
    ProviderAgrement,
    Relationship,
    Request,
    RequesterKind,
    ReviewRequestOutcome,
)
from app.domain.plans import DiscernmentJudgement
from app.i18n import current_language
from app.rules import Unmet
from app.rules.ages import AgeGroup, age_group, beneficiary_unmet
from app.rules.measures import (
    AgrementFacts,
    MeasureFacts,
    ProviderFacts,
    planned_measure_unmet,
    provider_facts_over,
)
from app.rules.next_action import PlanFacts
from app.rules.signatories import AuthorityLink, FamilyFacts, PersonFacts
from app.rules.workflow import CaseFacts
from app.services.base.loaded import kept

#: Evaluation outcomes that send the dossier back to change the plan (steps 3 and 4).
CHANGES_THE_PLAN = (EvaluationOutcome.REPLAN_MEASURES, EvaluationOutcome.REWRITE_PLAN)
PREPARATION_STATES = (PlanState.DRAFT, PlanState.READY_TO_SIGN, PlanState.SIGNED,
                      PlanState.VALIDATED)


def live_persons(session: Session, case_id: uuid.UUID) -> list[Person]:
    """The family, eldest first (an unknown birth date first, as the store orders it)."""
    persons = kept(session, Person, case_id)
    if persons is not None:
        return sorted(persons, key=lambda p: (p.birth_date is not None,
                                              p.birth_date or date.min))
    return list(session.scalars(select(Person).where(
        Person.case_id == case_id, Person.deleted_at.is_(None)).order_by(Person.birth_date)))


def current_links(session: Session, case_id: uuid.UUID) -> list[Relationship]:
    """The links of the family that hold today: live and not ended (a link that ended, a
    parental authority withdrawn, stays in the history but no longer counts)."""
    links = kept(session, Relationship, case_id)
    if links is not None:
        return [link for link in links if link.ended_on is None]
    return list(session.scalars(select(Relationship).where(
        Relationship.case_id == case_id, Relationship.deleted_at.is_(None),
        Relationship.ended_on.is_(None))))


def family_facts(session: Session, case_id: uuid.UUID) -> FamilyFacts:
    persons = live_persons(session, case_id)
    links = current_links(session, case_id)
    judgements = kept(session, DiscernmentJudgement, case_id)
    if judgements is not None:
        judgements.sort(key=lambda j: (j.judged_on, j.id))
    else:
        judgements = list(session.scalars(select(DiscernmentJudgement).where(
            DiscernmentJudgement.case_id == case_id, DiscernmentJudgement.deleted_at.is_(None))
            .order_by(DiscernmentJudgement.judged_on, DiscernmentJudgement.id)))
    requests = kept(session, Request, case_id)
    if requests is not None:
        asked = [r.requester_person_id for r in requests
                 if r.requester_kind is RequesterKind.YOUNG_ADULT]
    else:
        asked = list(session.scalars(select(Request.requester_person_id).where(
            Request.case_id == case_id, Request.deleted_at.is_(None),
            Request.requester_kind == RequesterKind.YOUNG_ADULT,
            Request.requester_person_id.is_not(None))))
    return FamilyFacts(
        persons={p.id: PersonFacts(p.id, p.full_name, p.role.is_beneficiary, p.birth_date)
                 for p in persons},
        authority=tuple(AuthorityLink(r.from_person_id, r.to_person_id,
                                      r.holds_parental_authority, r.is_legal_representative)
                        for r in links),
        discernment={j.person_id: j.capable for j in judgements},
        asked_themselves=frozenset(pid for pid in asked if pid is not None),
    )


def measure_facts(session: Session, code: str) -> MeasureFacts | None:
    measure = session.get(MeasureTypeRef, code)
    if measure is None:
        return None
    has_formulas = session.scalar(select(func.count()).select_from(MeasureTypeRef).where(
        MeasureTypeRef.parent_code == code)) or 0
    unit = None
    if measure.forfait_number is not None:
        forfait = session.get(ForfaitRef, measure.forfait_number)
        unit = forfait.unit if forfait else None
    label = measure.label_de if current_language() == "de" else measure.label_fr
    return MeasureFacts(code, f"{code}) {label}", has_formulas > 0, measure.requires_agrement,
                        unit)


def agrements_of(session: Session, provider_id: uuid.UUID) -> list[AgrementFacts]:
    """A provider's agréments (art. 13), as the rules read them."""
    return [AgrementFacts(a.number, a.codes, a.valid_from, a.valid_to)
            for a in session.scalars(select(ProviderAgrement).where(
                ProviderAgrement.provider_id == provider_id,
                ProviderAgrement.deleted_at.is_(None)).order_by(ProviderAgrement.valid_from))]


def provider_facts(session: Session, provider_id: uuid.UUID | None, code: str,
                   starts_on: date, ends_on: date) -> ProviderFacts | None:
    """The provider as the art. 13 rule sees it for the measure ``code`` planned from
    ``starts_on`` to ``ends_on``: its agréments for that letter over the whole duration."""
    provider = session.get(Provider, provider_id) if provider_id else None
    if provider is None or provider.deleted_at is not None:
        return None
    measure = session.get(MeasureTypeRef, code)
    parent = measure.parent_code if measure is not None else None
    return provider_facts_over(provider.name, agrements_of(session, provider.id), code, parent,
                               starts_on, ends_on)


def measure_unmet(session: Session, measure: PlannedMeasure) -> list[Unmet]:
    facts = measure_facts(session, measure.measure_code)
    if facts is None:
        return []
    links = session.scalar(select(func.count()).select_from(MeasureObjectiveLink).where(
        MeasureObjectiveLink.measure_id == measure.id,
        MeasureObjectiveLink.deleted_at.is_(None))) or 0
    return planned_measure_unmet(facts, provider_facts(session, measure.provider_id,
                                                       measure.measure_code, measure.starts_on,
                                                       measure.ends_on),
                                 measure.quantity, measure.starts_on, measure.ends_on, links)


def live_measures(session: Session, case_id: uuid.UUID) -> list[PlannedMeasure]:
    measures = kept(session, PlannedMeasure, case_id)
    if measures is not None:
        return sorted(measures, key=lambda m: (m.starts_on, m.id))
    return list(session.scalars(select(PlannedMeasure).where(
        PlannedMeasure.case_id == case_id, PlannedMeasure.deleted_at.is_(None))
        .order_by(PlannedMeasure.starts_on, PlannedMeasure.id)))


def plan_in_force(session: Session, case_id: uuid.UUID) -> PlanVersion | None:
    versions = kept(session, PlanVersion, case_id)
    if versions is not None:
        return next((v for v in versions if v.state is PlanState.IN_FORCE), None)
    return session.scalars(select(PlanVersion).where(
        PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
        PlanVersion.state == PlanState.IN_FORCE)).first()


def returned_latest_versions() -> Select[uuid.UUID, date | None]:
    """(dossier, return date) where the ONE returned the latest version: until the agent
    prepares the next one, the dossier waits on them."""
    newer = aliased(PlanVersion)
    return select(PlanVersion.case_id, PlanVersion.returned_on).where(
        PlanVersion.state == PlanState.RETURNED, PlanVersion.deleted_at.is_(None),
        ~exists().where(newer.case_id == PlanVersion.case_id,
                        newer.number > PlanVersion.number, newer.deleted_at.is_(None)))


def version_in_preparation(session: Session, case_id: uuid.UUID) -> PlanVersion | None:
    versions = kept(session, PlanVersion, case_id)
    if versions is not None:
        return next((v for v in versions if v.state in PREPARATION_STATES), None)
    return session.scalars(select(PlanVersion).where(
        PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
        PlanVersion.state.in_(PREPARATION_STATES))).first()


def signed_person_ids(session: Session, case_id: uuid.UUID,
                      version_id: uuid.UUID) -> list[uuid.UUID]:
    """Who signed the dossier's version ``version_id`` (live signatures)."""
    signatures = kept(session, PlanSignature, case_id)
    if signatures is not None:
        return [s.person_id for s in signatures if s.plan_version_id == version_id]
    return list(session.scalars(select(PlanSignature.person_id).where(
        PlanSignature.plan_version_id == version_id, PlanSignature.deleted_at.is_(None))))


def plan_facts(session: Session, case_id: uuid.UUID) -> PlanFacts:
    """The plan as the next action sees it: the version in preparation and its signatures,
    a version the ONE returned, the review of the version in force, open review requests.

    The dossier's versions are a handful: one query for all of them, read here."""
    versions = kept(session, PlanVersion, case_id)
    if versions is not None:
        versions.sort(key=lambda v: v.number)
    else:
        versions = list(session.scalars(select(PlanVersion).where(
            PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None))
            .order_by(PlanVersion.number)))
    preparing = next((v for v in versions if v.state in PREPARATION_STATES), None)
    in_force = next((v for v in versions if v.state is PlanState.IN_FORCE), None)
    signed: frozenset[uuid.UUID] = frozenset()
    if preparing is not None:
        signed = frozenset(signed_person_ids(session, case_id, preparing.id))
    requests = kept(session, PlanReviewRequest, case_id)
    if requests is not None:
        pending = sum(1 for r in requests if r.outcome is ReviewRequestOutcome.PENDING)
    else:
        pending = session.scalar(select(func.count()).select_from(PlanReviewRequest).where(
            PlanReviewRequest.case_id == case_id, PlanReviewRequest.deleted_at.is_(None),
            PlanReviewRequest.outcome == ReviewRequestOutcome.PENDING)) or 0
    return PlanFacts(
        preparing_state=preparing.state.value if preparing else None,
        signatories=tuple(preparing.signatories) if preparing else (),
        signed_by=signed,
        # as ``returned_latest_versions``: the latest version is the returned one
        returned=bool(versions) and versions[-1].state is PlanState.RETURNED,
        review_due_on=in_force.review_due_on if in_force else None,
        pending_review_requests=pending)


def case_facts(session: Session, case: Case, today: date) -> CaseFacts:
    family = family_facts(session, case.id)
    persons = live_persons(session, case.id)
    beneficiaries = [p for p in persons if p.role.is_beneficiary]
    assessed = kept(session, PersonAssessment, case.id)
    assessments = {a.person_id: a for a in (assessed if assessed is not None else
                                            session.scalars(select(PersonAssessment).where(
        PersonAssessment.case_id == case.id, PersonAssessment.deleted_at.is_(None))))}
    problems: list[Unmet] = []
    unassessed, without_view = [], []
    for person in beneficiaries:
        problems += beneficiary_unmet(person.full_name, person.birth_date, today,
                                      person.id in family.asked_themselves)
        assessment = assessments.get(person.id)
        if assessment is None or not all(
                text.strip() for text in (assessment.difficulties, assessment.resources,
                                          assessment.needs)):
            unassessed.append(person.full_name)
        is_child = person.birth_date is not None and age_group(
            person.birth_date, today) is AgeGroup.CHILD
        if is_child and (assessment is None or not assessment.own_view.strip()):
            without_view.append(person.full_name)
    measures = [m for m in live_measures(session, case.id) if m.actual_end_on is None]
    objectives, requests = _active_objectives(session, case.id), _request_count(session, case.id)
    latest_evaluation = _latest_evaluation(session, case.id)
    measure_problems = [u for m in measures for u in measure_unmet(session, m)]
    in_force = plan_in_force(session, case.id)
    return CaseFacts(
        closed=case.state is CaseState.CLOSED,
        current_step=case.current_step, furthest_step=case.furthest_step,
        request_count=requests, working_frame=case.working_frame,
        court_proceedings_pending=case.court_proceedings_pending,
        judicial_request_on=case.judicial_request_on,
        beneficiary_problems=tuple(problems), beneficiary_count=len(beneficiaries),
        unassessed_beneficiaries=tuple(unassessed),
        children_without_own_view=tuple(without_view),
        active_objectives=objectives, measures=len(measures),
        measure_problems=tuple(measure_problems),
        version_in_preparation=version_in_preparation(session, case.id) is not None,
        has_plan_in_force=in_force is not None,
        latest_evaluation_outcome=latest_evaluation.outcome.value if latest_evaluation else None,
        plan_to_change=in_force is not None and latest_evaluation is not None
        and latest_evaluation.outcome in CHANGES_THE_PLAN
        and in_force.in_force_since is not None
        and latest_evaluation.evaluated_on > in_force.in_force_since,
    )


def _active_objectives(session: Session, case_id: uuid.UUID) -> int:
    objectives = kept(session, Objective, case_id)
    if objectives is not None:
        return sum(1 for o in objectives if o.status is ObjectiveStatus.ACTIVE)
    return session.scalar(select(func.count()).select_from(Objective).where(
        Objective.case_id == case_id, Objective.deleted_at.is_(None),
        Objective.status == ObjectiveStatus.ACTIVE)) or 0


def _request_count(session: Session, case_id: uuid.UUID) -> int:
    requests = kept(session, Request, case_id)
    if requests is not None:
        return len(requests)
    return session.scalar(select(func.count()).select_from(Request).where(
        Request.case_id == case_id, Request.deleted_at.is_(None))) or 0


def _latest_evaluation(session: Session, case_id: uuid.UUID) -> Evaluation | None:
    evaluations = kept(session, Evaluation, case_id)
    if evaluations is not None:
        return max(evaluations, key=lambda e: (e.evaluated_on, e.id), default=None)
    return session.scalars(select(Evaluation).where(
        Evaluation.case_id == case_id, Evaluation.deleted_at.is_(None))
        .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc())).first()
