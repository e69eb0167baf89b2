"""The "Today" panel: what falls due this week across the agent's caseload."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import select

from app.domain import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    Case,
    CaseState,
    Objective,
    ObjectiveStatus,
    PlannedMeasure,
    PlanReviewRequest,
    PlanState,
    PlanVersion,
    ReviewRequestOutcome,
    TaskState,
)
from app.domain.base import aware
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
    #: A planned appointment (``record_id``, ``at``, ``appointment_kind``), on a dossier or
    #: on none (``case_id`` None).
    APPOINTMENT = "appointment"
    #: An open task (``record_id``, ``text``) due this week, or overdue.
    TASK_DUE = "task_due"
    TASK_OVERDUE = "task_overdue"


@dataclass(frozen=True)
class TodayItem:
    case_id: uuid.UUID | None
    case_number: str
    kind: TodayKind
    on: date | None
    record_id: uuid.UUID | None = None
    at: datetime | None = None
    appointment_kind: AppointmentKind | None = None
    text: str = ""


def this_week(ctx: ServiceContext, today: date,
              agent_id: uuid.UUID | None = None) -> list[TodayItem]:
    """Deadlines from the past (still open) up to seven days ahead, open tasks due by then
    and the appointments planned: the day's appointments first (by time), then the rest
    earliest first."""
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
        start = datetime.combine(today, time()).astimezone()
        for row in session.scalars(select(Appointment).where(
                Appointment.state == AppointmentState.PLANNED, Appointment.deleted_at.is_(None),
                Appointment.starts_at >= start.astimezone(UTC),
                Appointment.starts_at < (start + WEEK).astimezone(UTC),
                Appointment.case_id.in_(open_cases) | Appointment.case_id.is_(None))):
            at = aware(row.starts_at).astimezone()
            items.append(TodayItem(
                row.case_id, numbers.get(row.case_id, "") if row.case_id else "",
                TodayKind.APPOINTMENT, at.date(), row.id, at, row.kind, row.subject))
        for task in session.scalars(select(AgentTask).where(
                AgentTask.state == TaskState.OPEN, AgentTask.deleted_at.is_(None),
                AgentTask.due_on <= horizon, AgentTask.case_id.in_(open_cases))):
            kind = TodayKind.TASK_OVERDUE if task.due_on < today else TodayKind.TASK_DUE
            items.append(TodayItem(task.case_id, numbers[task.case_id], kind, task.due_on,
                                   task.id, text=task.text))

    def order(item: TodayItem) -> tuple[bool, date, str, str, str]:
        todays = item.kind is TodayKind.APPOINTMENT and item.on == today
        moment = f"{item.at:%H%M}" if item.at is not None else ""
        return (not todays, item.on or today, moment, item.case_number, item.kind)
    return sorted(items, key=order)
