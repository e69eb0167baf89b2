"""Step 7, evaluation: progress per objective, efficacy and efficiency per measure, proposals,
and the outcome that says where the dossier goes next."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from app.domain import (
    Evaluation,
    EvaluationOutcome,
    MeasureAppraisal,
    Objective,
    ObjectiveProgress,
    PlannedMeasure,
)
from app.domain.evaluation import APPRAISAL_SCALE, PROGRESS_SCALE
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import ServiceContext
from app.services.facts import plan_in_force
from app.services.guards import in_case, live, writable_case

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
    if not data.progress:
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Say for at least one objective how far it moved."))
    if any(p.progress not in PROGRESS_SCALE for p in data.progress):
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Progress is rated from 0 (no change) to 4 (reached)."))
    if any(a.efficacy not in APPRAISAL_SCALE or a.efficiency not in APPRAISAL_SCALE
           for a in data.appraisals):
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Efficacy and efficiency are rated from 1 (poor) to 4 (good)."))
    if data.outcome is not EvaluationOutcome.CONTINUE and not data.proposals.strip():
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Plans", "Write down the proposals that justify re-planning or closing."))
    with ctx.transaction("record_evaluation") as session:
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
        return evaluation.id
