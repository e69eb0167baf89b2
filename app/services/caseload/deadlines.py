"""What falls due: plan reviews (art. 6), overdue and escalated ones, and young adults about to
turn 27 while measures run (art. 3). Each list is one indexed query over the store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    CaseState,
    Office,
    Person,
    PlannedMeasure,
    PlanState,
    PlanVersion,
    User,
)
from app.rules.ages import YOUNG_ADULT_LIMIT, age_limit_alert_from, birthday
from app.rules.reviews import ReviewStatus, due_soon_window, escalation_cutoff, review_status
from app.services.base.context import ServiceContext


class ReviewDeadline(NamedTuple):
    """One plan whose review is near or late (a tuple: these lists span whole offices)."""

    case_id: uuid.UUID
    case_number: str
    office_code: str
    plan_version: int
    due_on: date
    status: ReviewStatus


def reviews_due_soon(ctx: ServiceContext, today: date, *, office_code: str | None = None,
                     agent_id: uuid.UUID | None = None) -> list[ReviewDeadline]:
    """Plans in force whose review falls due within 30 days, today included."""
    first, last = due_soon_window(today)
    return _reviews(ctx, today, review_query(office_code, agent_id).where(
        PlanVersion.review_due_on.between(first, last)))


def reviews_overdue(ctx: ServiceContext, today: date, *, office_code: str | None = None,
                    agent_id: uuid.UUID | None = None) -> list[ReviewDeadline]:
    """Plans in force whose review date has passed."""
    return _reviews(ctx, today, review_query(office_code, agent_id).where(
        PlanVersion.review_due_on < today))


def office_lead_escalations(ctx: ServiceContext, today: date,
                            office_code: str | None) -> list[ReviewDeadline]:
    """Reviews overdue for more than 30 days: the office lead's list (None: every office)."""
    return _reviews(ctx, today, review_query(office_code, None).where(
        PlanVersion.review_due_on < escalation_cutoff(today)))


ReviewRow = tuple[uuid.UUID, str, str, int, date | None]


def review_query(office_code: str | None, agent_id: uuid.UUID | None) -> Select[*ReviewRow]:
    query = (
        select(Case.id, Case.number, Office.code, PlanVersion.number, PlanVersion.review_due_on)
        .join(Case, Case.id == PlanVersion.case_id)
        .join(Office, Office.id == Case.office_id)
        .where(PlanVersion.state == PlanState.IN_FORCE, PlanVersion.deleted_at.is_(None),
               Case.state == CaseState.OPEN, Case.deleted_at.is_(None))
        .order_by(PlanVersion.review_due_on, Case.number)
    )
    if office_code is not None:
        query = query.where(Office.code == office_code)
    return query if agent_id is None else query.where(Case.agent_id == agent_id)


def _reviews(ctx: ServiceContext, today: date, query: Select[*ReviewRow]) -> list[ReviewDeadline]:
    """Columns, not entities, through the connection: the lists span whole offices."""
    with ctx.reading() as session:
        return review_rows(session, today, query)


def review_rows(session: Session, today: date,
                 query: Select[*ReviewRow]) -> list[ReviewDeadline]:
    return [ReviewDeadline(case_id, number, office, version, due, review_status(due, today))
            for case_id, number, office, version, due
            in session.connection().execute(query).all() if due is not None]


@dataclass(frozen=True)
class AgeLimitAlert:
    case_id: uuid.UUID
    case_number: str
    person_id: uuid.UUID
    name: str
    turns_27_on: date


def age_limit_alerts(ctx: ServiceContext, today: date) -> list[AgeLimitAlert]:
    """Beneficiaries with running or planned measures who turn 27 within three months (art. 3:
    aid ends at 27), or already have."""
    with ctx.reading() as session:
        return age_limit_rows(session, today)


def age_limit_rows(session: Session, today: date,
                   only: Select[Any] | None = None) -> list[AgeLimitAlert]:
    """The alerts of every dossier, or of the dossiers whose ids ``only`` selects."""
    cutoff = today + relativedelta(months=3, days=1) - relativedelta(years=YOUNG_ADULT_LIMIT)
    query = (
        select(Person.case_id, Case.number, Person.id, Person.first_name, Person.last_name,
               Person.birth_date).distinct()
        .join(PlannedMeasure, PlannedMeasure.beneficiary_id == Person.id)
        .join(Case, Case.id == Person.case_id)
        .where(Person.birth_date <= cutoff, Person.deleted_at.is_(None),
               PlannedMeasure.deleted_at.is_(None), PlannedMeasure.actual_end_on.is_(None),
               Case.state == CaseState.OPEN)
    )
    if only is not None:
        query = query.where(Person.case_id.in_(only))
    return sorted(
        (AgeLimitAlert(case_id, number, person_id, f"{first} {last}".strip(),
                       birthday(born, YOUNG_ADULT_LIMIT))
         for case_id, number, person_id, first, last, born in session.execute(query).all()
         if born and age_limit_alert_from(born) <= today),
        key=lambda alert: alert.turns_27_on)


class AgeLimitDeadline(NamedTuple):
    """A beneficiary about to turn 27 (or who has) while measures run, by dossier number only:
    the office's list carries no names."""

    case_id: uuid.UUID
    case_number: str
    office_code: str
    plan_version: int | None  # the plan in force, if any
    turns_27_on: date


@dataclass(frozen=True)
class OfficeDeadlines:
    """The four lists an office watches, read at once for one office (None: every office)."""

    today: date
    office_code: str | None
    due_soon: list[ReviewDeadline]
    overdue: list[ReviewDeadline]
    escalated: list[ReviewDeadline]
    turning_27: list[AgeLimitDeadline]


def office_deadlines(ctx: ServiceContext, today: date,
                     office_code: str | None = None) -> OfficeDeadlines:
    """Reviews due within 30 days, overdue, escalated (art. 6), and young adults turning 27
    while measures run (art. 3), in one reading."""
    first, last = due_soon_window(today)
    base = review_query(office_code, None)
    with ctx.reading() as session:
        return OfficeDeadlines(
            today, office_code,
            review_rows(session, today, base.where(
                PlanVersion.review_due_on.between(first, last))),
            review_rows(session, today, base.where(PlanVersion.review_due_on < today)),
            review_rows(session, today, base.where(
                PlanVersion.review_due_on < escalation_cutoff(today))),
            _age_limit_deadlines(session, today, office_code))


def _age_limit_deadlines(session: Session, today: date,
                         office_code: str | None) -> list[AgeLimitDeadline]:
    cases = select(Case.id).join(Office, Office.id == Case.office_id).where(
        Case.deleted_at.is_(None))
    if office_code is not None:
        cases = cases.where(Office.code == office_code)
    alerts = age_limit_rows(session, today, cases)
    if not alerts:
        return []
    ids = {alert.case_id for alert in alerts}
    offices = dict(session.execute(select(Case.id, Office.code).join(
        Office, Office.id == Case.office_id).where(Case.id.in_(ids))).all())
    versions = dict(session.execute(select(PlanVersion.case_id, PlanVersion.number).where(
        PlanVersion.case_id.in_(ids), PlanVersion.state == PlanState.IN_FORCE,
        PlanVersion.deleted_at.is_(None))).all())
    return [AgeLimitDeadline(alert.case_id, alert.case_number, offices[alert.case_id],
                             versions.get(alert.case_id), alert.turns_27_on)
            for alert in alerts]


@dataclass(frozen=True)
class DeadlineOffices:
    """The offices to filter by, (code, locality) sorted by locality, and the user's own."""

    offices: list[tuple[str, str]]
    own: str | None


def deadline_offices(ctx: ServiceContext) -> DeadlineOffices:
    with ctx.reading() as session:
        offices = [(code, locality) for code, locality in session.execute(
            select(Office.code, Office.locality).where(Office.deleted_at.is_(None))
            .order_by(Office.locality, Office.code)).all()]
        own = None if ctx.actor_id is None else session.scalar(
            select(Office.code).join(User, User.office_id == Office.id)
            .where(User.id == ctx.actor_id))
    return DeadlineOffices(offices, own)
