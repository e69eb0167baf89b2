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
from app.rules import require
from app.rules.closure import closure_unmet, reopening_reason_unmet, reopening_unmet
from app.rules.requests import dated_unmet
from app.rules.workflow import CLOSURE_STEP, REOPENING_STEP
from app.services.base.context import ServiceContext
from app.services.base.facts import PREPARATION_STATES
from app.services.base.guards import case_of, writable_case
from app.services.base.outcomes import NextScreen, StepOutcome


@dataclass(frozen=True)
class ClosureInput:
    closed_on: date
    reason: ClosureReason
    final_evaluation: str


def close_case(ctx: ServiceContext, case_id: uuid.UUID, data: ClosureInput, *,
               today: date | None = None) -> StepOutcome:
    """Close the dossier: running measures end on the closing day, the plan in force ends and
    versions in preparation are set aside; all of it is recorded with the closure, in one
    transaction (the step 8 wizard's finish). The outcome opens the letter to the family."""
    today = today or date.today()
    require(closure_unmet(data.final_evaluation, data.closed_on, today))
    with ctx.transaction("close_case") as session:
        case = writable_case(session, case_id)
        require(closure_unmet(data.final_evaluation, data.closed_on, today, case.opened_on))
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
        return StepOutcome(CLOSURE_STEP, moved=True, next_screen=NextScreen.CLOSURE_LETTER)


def reopen_case(ctx: ServiceContext, case_id: uuid.UUID, reopened_on: date, reason: str, *,
                today: date | None = None) -> None:
    """Reopen a closed dossier with a reason: work starts again with a new analysis."""
    require([*reopening_reason_unmet(reason), *dated_unmet(reopened_on, today or date.today())])
    with ctx.transaction("reopen_case") as session:
        case = case_of(session, case_id)
        require(reopening_unmet(case.state is CaseState.CLOSED, case.closed_on, reopened_on))
        session.add(CaseReopening(case_id=case_id, reopened_on=reopened_on,
                                  reason=reason.strip()))
        case.state, case.closed_on = CaseState.OPEN, None
        case.current_step = REOPENING_STEP
        case.furthest_step = REOPENING_STEP
