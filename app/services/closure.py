"""Step 8, closure, and reopening: the CPI withdraws from the family's situation with a reason
and a final evaluation; the dossier is then read-only until reopened with a reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import (
    CaseClosure,
    CaseReopening,
    CaseState,
    ClosureReason,
    PlannedMeasure,
    PlanState,
    PlanVersion,
)
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import require
from app.rules.requests import dated_unmet
from app.rules.workflow import CLOSURE_STEP, REOPENING_STEP
from app.services.context import ServiceContext
from app.services.facts import PREPARATION_STATES
from app.services.guards import case_of, writable_case


@dataclass(frozen=True)
class ClosureInput:
    closed_on: date
    reason: ClosureReason
    final_evaluation: str


def close_case(ctx: ServiceContext, case_id: uuid.UUID, data: ClosureInput, *,
               today: date | None = None) -> None:
    """Close the dossier: running measures end on the closing day, the plan in force ends and
    versions in preparation are set aside; all of it is recorded with the closure."""
    if not data.final_evaluation.strip():
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Write the final evaluation before closing the dossier."))
    if data.closed_on > (today or date.today()):
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "The closing date cannot be in the future."))
    with ctx.transaction("close_case") as session:
        case = writable_case(session, case_id)
        if data.closed_on < case.opened_on:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "Plans", "The closing date is before the dossier was opened."))
        measures = session.scalars(select(PlannedMeasure).where(
            PlannedMeasure.case_id == case_id, PlannedMeasure.deleted_at.is_(None),
            PlannedMeasure.actual_start_on.is_not(None),
            PlannedMeasure.actual_end_on.is_(None))).all()
        versions = session.scalars(select(PlanVersion).where(
            PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
            PlanVersion.state.in_((PlanState.IN_FORCE, *PREPARATION_STATES)))).all()
        for measure in measures:
            measure.actual_end_on = max(data.closed_on, measure.actual_start_on or data.closed_on)
            measure.end_reason = "dossier closed"
        for version in versions:
            version.state = (PlanState.ENDED if version.state is PlanState.IN_FORCE
                             else PlanState.SUPERSEDED)
            version.ended_on, version.end_reason = data.closed_on, "dossier closed"
            version.review_due_on = None
        session.add(CaseClosure(case_id=case_id, closed_on=data.closed_on, reason=data.reason,
                                final_evaluation=data.final_evaluation.strip(),
                                closed_from_step=case.current_step))
        case.state, case.closed_on = CaseState.CLOSED, data.closed_on
        case.current_step = case.furthest_step = CLOSURE_STEP


def reopen_case(ctx: ServiceContext, case_id: uuid.UUID, reopened_on: date, reason: str, *,
                today: date | None = None) -> None:
    """Reopen a closed dossier with a reason: work starts again with a new analysis."""
    if not reason.strip():
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Give the reason for reopening the dossier."))
    require(dated_unmet(reopened_on, today or date.today()))
    with ctx.transaction("reopen_case") as session:
        case = case_of(session, case_id)
        if case.state is not CaseState.CLOSED:
            raise UserInputError(QT_TRANSLATE_NOOP("Plans", "This dossier is not closed."))
        if case.closed_on and reopened_on < case.closed_on:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "Plans", "The dossier cannot be reopened before it was closed."))
        session.add(CaseReopening(case_id=case_id, reopened_on=reopened_on,
                                  reason=reason.strip()))
        case.state, case.closed_on = CaseState.OPEN, None
        case.current_step = REOPENING_STEP
        case.furthest_step = REOPENING_STEP
