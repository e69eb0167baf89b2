"""Professionals around a family: stakeholders (intervenants) and providers (prestataires)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class Provider(SyncedRecord, Base):
    """An organisation delivering aid measures; art. 13 requires an agrément for many."""

    __tablename__ = "provider"
    name: Mapped[str] = mapped_column(String(200))
    agrement_number: Mapped[str | None] = mapped_column(String(60), default=None)
    agrement_valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    locality: Mapped[str] = mapped_column(String(120), default="")
    #: ISO 3166 code; placements abroad (art. 6 semester list) are told apart by it.
    country: Mapped[str] = mapped_column(String(2), default="LU")

    def holds_agrement(self, on: date) -> bool:
        if not self.agrement_number:
            return False
        return self.agrement_valid_until is None or self.agrement_valid_until >= on


class StakeholderKind(StrEnum):
    SCHOOL = "school"
    DOCTOR = "doctor"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_SERVICE = "social_service"
    YOUTH_COURT = "youth_court"
    PROVIDER = "provider"
    OTHER = "other"


class Stakeholder(SyncedRecord, Base):
    """A professional involved in one dossier, with the role agreed for them."""

    __tablename__ = "stakeholder"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[StakeholderKind] = mapped_column(enum_column(StakeholderKind))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(400), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    provider_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("provider.id"), default=None)
    #: The professional is no longer involved: since when and why (kept in the history).
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")
