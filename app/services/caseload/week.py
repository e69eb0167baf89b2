"""The "Today" panel: what falls due this week across the agent's caseload."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from app.domain import (
    Case,
    CaseState,
    Objective,
    ObjectiveStatus,
    PlannedMeasure,
    PlanReviewRequest,
    PlanState,
    PlanVersion,
    ReviewRequestOutcome,
)
from app.services.base.context import ServiceContext
from app.services.base.facts import returned_latest_versions
from app.services.caseload.deadlines import age_limit_rows

WEEK = timedelta(days=7)


class TodayKind(StrEnum):
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_DUE = "review_due"
    OBJECTIVE_DUE = "objective_due"
    MEASURE_STARTS = "measure_starts"
    AGE_LIMIT = "age_limit"
    AWAITING_SIGNATURES = "awaiting_signatures"
    REVIEW_REQUEST = "review_request"
    #: The ONE returned the latest version with a comment: a new version is to prepare.
    PLAN_RETURNED = "plan_returned"


@dataclass(frozen=True)
class TodayItem:
    case_id: uuid.UUID
    case_number: str
    kind: TodayKind
    on: date | None


def this_week(ctx: ServiceContext, today: date,
              agent_id: uuid.UUID | None = None) -> list[TodayItem]:
    """Deadlines from the past (still open) up to seven days ahead, earliest first."""
    horizon = today + WEEK
    items: list[TodayItem] = []
    with ctx.reading() as session:
        open_cases = select(Case.id).where(Case.state == CaseState.OPEN,
                                           Case.deleted_at.is_(None))
        if agent_id is not None:
            open_cases = open_cases.where(Case.agent_id == agent_id)
        numbers = dict(session.execute(select(Case.id, Case.number).where(
            Case.id.in_(open_cases))).all())
        for case_id, due in session.execute(select(
                PlanVersion.case_id, PlanVersion.review_due_on).where(
                PlanVersion.state == PlanState.IN_FORCE, PlanVersion.review_due_on <= horizon,
                PlanVersion.case_id.in_(open_cases))):
            kind = TodayKind.REVIEW_OVERDUE if due and due < today else TodayKind.REVIEW_DUE
            items.append(TodayItem(case_id, numbers[case_id], kind, due))
        for case_id, due in session.execute(select(Objective.case_id, Objective.due_on).where(
                Objective.status == ObjectiveStatus.ACTIVE, Objective.deleted_at.is_(None),
                Objective.due_on.between(today, horizon), Objective.case_id.in_(open_cases))):
            items.append(TodayItem(case_id, numbers[case_id], TodayKind.OBJECTIVE_DUE, due))
        for case_id, starts in session.execute(select(
                PlannedMeasure.case_id, PlannedMeasure.starts_on).where(
                PlannedMeasure.deleted_at.is_(None), PlannedMeasure.actual_start_on.is_(None),
                PlannedMeasure.starts_on <= horizon, PlannedMeasure.case_id.in_(open_cases))):
            items.append(TodayItem(case_id, numbers[case_id], TodayKind.MEASURE_STARTS, starts))
        for case_id, frozen in session.execute(select(
                PlanVersion.case_id, PlanVersion.frozen_on).where(
                PlanVersion.state.in_((PlanState.READY_TO_SIGN, PlanState.VALIDATED)),
                PlanVersion.deleted_at.is_(None), PlanVersion.case_id.in_(open_cases))):
            items.append(TodayItem(case_id, numbers[case_id], TodayKind.AWAITING_SIGNATURES,
                                   frozen))
        for case_id, asked in session.execute(select(
                PlanReviewRequest.case_id, PlanReviewRequest.requested_on).where(
                PlanReviewRequest.outcome == ReviewRequestOutcome.PENDING,
                PlanReviewRequest.deleted_at.is_(None),
                PlanReviewRequest.case_id.in_(open_cases))):
            items.append(TodayItem(case_id, numbers[case_id], TodayKind.REVIEW_REQUEST, asked))
        for case_id, returned in session.execute(returned_latest_versions().where(
                PlanVersion.case_id.in_(open_cases))):
            items.append(TodayItem(case_id, numbers[case_id], TodayKind.PLAN_RETURNED,
                                   returned))
        for alert in age_limit_rows(session, today):
            if alert.case_id in numbers:
                items.append(TodayItem(alert.case_id, numbers[alert.case_id],
                                       TodayKind.AGE_LIMIT, alert.turns_27_on))
    return sorted(items, key=lambda item: (item.on or today, item.case_number, item.kind))
