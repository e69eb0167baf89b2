"""Step 7, evaluation: how far each objective moved, how each measure worked, and what next."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class EvaluationOutcome(StrEnum):
    CONTINUE = "continue"
    REPLAN_MEASURES = "replan_measures"  # back to step 3
    REWRITE_PLAN = "rewrite_plan"  # back to step 4
    CLOSE = "close"  # on to step 8


class Evaluation(SyncedRecord, Base):
    __tablename__ = "evaluation"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_version.id"),
                                                              default=None)
    evaluated_on: Mapped[date] = mapped_column(Date)
    proposals: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[EvaluationOutcome] = mapped_column(enum_column(EvaluationOutcome))


#: Progress of an objective: 0 no change or worse ... 4 reached.
PROGRESS_SCALE = range(0, 5)
#: Efficacy (did it help the objective?) and efficiency (for the means used): 1 poor ... 4 good.
APPRAISAL_SCALE = range(1, 5)


class ObjectiveProgress(SyncedRecord, Base):
    __tablename__ = "objective_progress"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation.id"), index=True)
    objective_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("objective.id"))
    progress: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class MeasureAppraisal(SyncedRecord, Base):
    __tablename__ = "measure_appraisal"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("evaluation.id"), index=True)
    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("planned_measure.id"))
    efficacy: Mapped[int] = mapped_column(Integer)
    efficiency: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
