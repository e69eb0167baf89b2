"""Step 7, evaluation: progress per objective, efficacy and efficiency per measure, proposals,
and the outcome that says where the dossier goes next."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.domain import (
    Evaluation,
    EvaluationOutcome,
    MeasureAppraisal,
    Objective,
    ObjectiveProgress,
    PlannedMeasure,
)
from app.rules import require
from app.rules.evaluation import evaluation_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import plan_in_force
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import NextScreen, StepOutcome
from app.services.steps.workflow import move_if_allowed

EVALUATION_STEP = 7


@dataclass(frozen=True)
class ProgressInput:
    objective_id: uuid.UUID
    progress: int
    comment: str = ""


@dataclass(frozen=True)
class AppraisalInput:
    measure_id: uuid.UUID
    efficacy: int
    efficiency: int
    comment: str = ""


@dataclass(frozen=True)
class EvaluationInput:
    evaluated_on: date
    outcome: EvaluationOutcome
    progress: tuple[ProgressInput, ...] = field(default_factory=tuple)
    appraisals: tuple[AppraisalInput, ...] = field(default_factory=tuple)
    proposals: str = ""


def record_evaluation(ctx: ServiceContext, case_id: uuid.UUID,
                      data: EvaluationInput) -> uuid.UUID:
    """Record an evaluation of the situation against the plan in force."""
    _check(data)
    with ctx.transaction("record_evaluation") as session:
        return _record(session, case_id, data)


def _check(data: EvaluationInput) -> None:
    require(evaluation_unmet((p.progress for p in data.progress),
                             ((a.efficacy, a.efficiency) for a in data.appraisals),
                             data.outcome is EvaluationOutcome.CONTINUE, data.proposals))


def _record(session: Session, case_id: uuid.UUID, data: EvaluationInput) -> uuid.UUID:
    writable_case(session, case_id, EVALUATION_STEP)
    for item in data.progress:
        in_case(live(session, Objective, item.objective_id), case_id)
    for appraisal in data.appraisals:
        in_case(live(session, PlannedMeasure, appraisal.measure_id), case_id)
    version = plan_in_force(session, case_id)
    evaluation = Evaluation(case_id=case_id, evaluated_on=data.evaluated_on,
                            plan_version_id=version.id if version else None,
                            proposals=data.proposals.strip(), outcome=data.outcome)
    session.add(evaluation)
    session.flush()
    session.add_all(ObjectiveProgress(case_id=case_id, evaluation_id=evaluation.id,
                                      objective_id=p.objective_id, progress=p.progress,
                                      comment=p.comment.strip()) for p in data.progress)
    session.add_all(MeasureAppraisal(case_id=case_id, evaluation_id=evaluation.id,
                                     measure_id=a.measure_id, efficacy=a.efficacy,
                                     efficiency=a.efficiency, comment=a.comment.strip())
                    for a in data.appraisals)
    session.flush()
    return evaluation.id


#: Where an evaluation's conclusion sends the dossier (seed 001, 7e étape).
OUTCOME_STEPS = {EvaluationOutcome.REPLAN_MEASURES: 3, EvaluationOutcome.REWRITE_PLAN: 4}


@dataclass(frozen=True)
class EvaluationStep:
    """What the step 7 wizard records in one go: the evaluation and, when the aid goes on
    as it is, the follow-up step chosen next (None: stay)."""

    evaluation: EvaluationInput
    next_step: int | None = None


def finish_evaluation(ctx: ServiceContext, case_id: uuid.UUID, step: EvaluationStep, *,
                      today: date | None = None) -> StepOutcome:
    """The step 7 wizard finished: the evaluation and the move its conclusion says, in one
    transaction: back to step 3 or 4 to change the plan, to the step chosen when the aid goes
    on, and none when it concludes to close (the outcome then opens the closure). A refused
    move keeps the evaluation and says why the dossier stays."""
    data = step.evaluation
    _check(data)
    with ctx.transaction("finish_evaluation") as session:
        _record(session, case_id, data)
        case = writable_case(session, case_id, EVALUATION_STEP)
        if data.outcome is EvaluationOutcome.CLOSE:
            return move_if_allowed(session, case, None, today or date.today(),
                                   next_screen=NextScreen.CLOSURE)
        target = OUTCOME_STEPS.get(data.outcome, step.next_step)
        return move_if_allowed(session, case, target, today or date.today())
