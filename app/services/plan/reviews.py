"""Re-examining plans in force: the 12-month review (art. 6) and the requests for review or
revocation by the child, the parents or the legal representatives (art. 4)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Person,
    PlannedMeasure,
    PlanReview,
    PlanReviewRequest,
    PlanState,
    PlanVersion,
    ReviewRequestKind,
    ReviewRequestOutcome,
)
from app.rules import require
from app.rules.requests import dated_unmet
from app.rules.reviews import (
    review_answer_unmet,
    review_conclusion_unmet,
    review_due_on,
    review_pending_unmet,
    review_request_unmet,
    reviewed_version_unmet,
)
from app.services.base.context import ServiceContext
from app.services.base.facts import family_facts
from app.services.base.guards import in_case, live, writable_case

OPEN_TO_REQUESTS = (PlanState.READY_TO_SIGN, PlanState.SIGNED, PlanState.VALIDATED,
                    PlanState.IN_FORCE)


def record_plan_review(ctx: ServiceContext, version_id: uuid.UUID, reviewed_on: date,
                       conclusion: str, *, today: date | None = None) -> date:
    """Record the re-examination of the plan in force, with or without change; returns the
    next due date, twelve months later (art. 6)."""
    require(review_conclusion_unmet(conclusion))
    with ctx.transaction("record_plan_review") as session:
        version = live(session, PlanVersion, version_id)
        writable_case(session, version.case_id)
        require([*reviewed_version_unmet(version.state is PlanState.IN_FORCE),
                 *dated_unmet(reviewed_on, today or date.today(),
                              not_before=version.in_force_since)])
        return _reviewed(session, version, reviewed_on, conclusion)


def request_plan_review(ctx: ServiceContext, version_id: uuid.UUID, person_id: uuid.UUID,
                        kind: ReviewRequestKind, requested_on: date,
                        grounds: str = "", *, today: date | None = None) -> uuid.UUID:
    """Art. 4: the child, a parent or a legal representative asks, at any time, for a review
    or the revocation of the current plan."""
    require(dated_unmet(requested_on, today or date.today()))
    with ctx.transaction("request_plan_review") as session:
        version = live(session, PlanVersion, version_id)
        writable_case(session, version.case_id)
        person = live(session, Person, person_id)
        in_case(person, version.case_id)
        family = family_facts(session, version.case_id)
        entitled = person.role.is_beneficiary or any(
            link.holder_id == person_id and (link.parental_authority or link.legal_representative)
            for link in family.authority)
        require(review_request_unmet(version.number, version.state in OPEN_TO_REQUESTS,
                                     person.full_name, entitled))
        request = PlanReviewRequest(case_id=version.case_id, plan_version_id=version.id,
                                    requested_by_id=person_id, kind=kind,
                                    requested_on=requested_on, grounds=grounds.strip())
        session.add(request)
        session.flush()
        return request.id


def answer_review_request(ctx: ServiceContext, request_id: uuid.UUID,
                          outcome: ReviewRequestOutcome, on: date, note: str, *,
                          today: date | None = None) -> None:
    """Record how a request for review or revocation ended. Confirming the plan counts as its
    review (art. 6); revoking it ends the version (REVOKED, no review due). Running measures
    are left as they are: each is ended on its own date (step 5)."""
    require(review_answer_unmet(outcome is not ReviewRequestOutcome.PENDING, note))
    with ctx.transaction("answer_review_request") as session:
        request = live(session, PlanReviewRequest, request_id)
        writable_case(session, request.case_id)
        require([*review_pending_unmet(request.outcome is not ReviewRequestOutcome.PENDING),
                 *dated_unmet(on, today or date.today(), not_before=request.requested_on)])
        version = live(session, PlanVersion, request.plan_version_id)
        request.outcome, request.outcome_on, request.outcome_note = outcome, on, note.strip()
        if outcome is ReviewRequestOutcome.PLAN_REVOKED:
            if version.state is PlanState.IN_FORCE:
                _end_running_measures(session, version, on, note.strip())
            version.state = PlanState.REVOKED
            version.ended_on, version.end_reason = on, note.strip()
            version.review_due_on = None
        elif outcome is ReviewRequestOutcome.PLAN_CONFIRMED and (
                version.state is PlanState.IN_FORCE):
            _reviewed(session, version, on, note)


def _end_running_measures(session: Session, version: PlanVersion, on: date,
                          reason: str) -> None:
    """End on ``on`` the measures of ``version`` that started and have not ended (a measure
    that started later than ``on`` ends the day it started, as at closing)."""
    planned = [uuid.UUID(m["id"]) for m in version.snapshot.get("measures", [])]
    for measure in session.scalars(select(PlannedMeasure).where(
            PlannedMeasure.id.in_(planned), PlannedMeasure.deleted_at.is_(None),
            PlannedMeasure.actual_start_on.is_not(None),
            PlannedMeasure.actual_end_on.is_(None))):
        measure.actual_end_on = max(on, measure.actual_start_on or on)
        measure.end_reason = reason


def ended_by_revocation(measure: PlannedMeasure, version: PlanVersion) -> bool:
    """Whether the revocation of ``version`` ended ``measure`` (same day, same reason)."""
    return (version.state is PlanState.REVOKED and measure.actual_end_on is not None
            and measure.actual_end_on == version.ended_on
            and measure.end_reason == version.end_reason
            and str(measure.id) in {m["id"] for m in version.snapshot.get("measures", [])})


def _reviewed(session: Session, version: PlanVersion, on: date, conclusion: str) -> date:
    session.add(PlanReview(case_id=version.case_id, plan_version_id=version.id,
                           reviewed_on=on, conclusion=conclusion.strip()))
    version.review_due_on = review_due_on(on)
    return version.review_due_on
