"""Step 8 and after: closing a dossier, reopening it, and the art. 7 traces (consultations)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class ClosureReason(StrEnum):
    OBJECTIVES_REACHED = "objectives_reached"
    FAMILY_WITHDREW = "family_withdrew"  # aid is voluntary: the family may end it
    JUDICIAL_TAKEOVER = "judicial_takeover"  # art. 5: the court's intervention prevails
    MOVED_ABROAD = "moved_abroad"
    AGE_LIMIT = "age_limit"  # the young adult turned 27 (art. 3)
    OTHER_SERVICE = "other_service"  # handed over to another service
    OTHER = "other"


class CaseClosure(SyncedRecord, Base):
    __tablename__ = "case_closure"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[ClosureReason] = mapped_column(enum_column(ClosureReason))
    final_evaluation: Mapped[str] = mapped_column(Text)
    closed_from_step: Mapped[int] = mapped_column(Integer)


class CaseReopening(SyncedRecord, Base):
    __tablename__ = "case_reopening"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    reopened_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class DossierConsultation(SyncedRecord, Base):
    """Art. 7: the dossier was exported for a parent or the child able to judge."""

    __tablename__ = "dossier_consultation"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    consulted_on: Mapped[date] = mapped_column(Date)
