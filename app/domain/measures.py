"""Steps 3 and 5: aid measures planned for a beneficiary, and how they actually ran."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord


class PlannedMeasure(SyncedRecord, Base):
    """One art. 11 measure: who receives it, from which provider, how much in the unit of its
    art. 15 forfait (``unit`` null when the law names no forfait), planned and actual dates."""

    __tablename__ = "planned_measure"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    beneficiary_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    measure_code: Mapped[str] = mapped_column(ForeignKey("ref_measure_type.code"), index=True)
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id"))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    unit: Mapped[str | None] = mapped_column(String(10), default=None)
    volume_note: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    # Step 5, implementation: what really happened.
    actual_start_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    actual_end_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    #: Why the measure was last changed before it started (the history says when).
    change_reason: Mapped[str] = mapped_column(Text, default="")


class MeasureObjectiveLink(SyncedRecord, Base):
    """Which objective a measure serves (vertical coherence); unlinking is a tombstone."""

    __tablename__ = "measure_objective"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("planned_measure.id"), index=True)
    objective_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("objective.id"), index=True)


class MeasureInterruption(SyncedRecord, Base):
    """A pause in a running measure (hospital stay, runaway, holidays...)."""

    __tablename__ = "measure_interruption"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    measure_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("planned_measure.id"), index=True)
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
