"""Step 2, global assessment: each person's difficulties, resources and needs, and the SMART
objectives agreed with the family (seed 001, 2e étape)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class PersonAssessment(SyncedRecord, Base):
    """What the CPI found for one person; ``own_view`` is the child's view in their own words."""

    __tablename__ = "person_assessment"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    difficulties: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    own_view: Mapped[str] = mapped_column(Text, default="")


class Horizon(StrEnum):
    SHORT = "short"  # court terme
    MEDIUM = "medium"  # moyen terme
    LONG = "long"  # long terme


class ObjectiveStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"
    REFORMULATED = "reformulated"  # replaced by a new wording after an evaluation (step 7)


class Objective(SyncedRecord, Base):
    """A SMART objective: specific wording, measurable indicator, accepted by whom, why
    realistic, due date; with its horizon."""

    __tablename__ = "objective"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    wording: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text)
    accepted_by: Mapped[str] = mapped_column(Text)
    realism: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    horizon: Mapped[Horizon] = mapped_column(enum_column(Horizon))
    status: Mapped[ObjectiveStatus] = mapped_column(
        enum_column(ObjectiveStatus), default=ObjectiveStatus.ACTIVE
    )
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("objective.id"), default=None)
    #: When and why the objective was achieved, abandoned or reformulated.
    status_on: Mapped[date | None] = mapped_column(Date, default=None)
    status_reason: Mapped[str] = mapped_column(Text, default="")
