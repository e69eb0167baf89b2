"""Professionals around a family: stakeholders (intervenants) and providers (prestataires)."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class Provider(SyncedRecord, Base):
    """An organisation delivering aid measures, in the ONE's directory (art. 13): kept by the
    ONE (its register imported on the server, or its administrator's laptop), read-only on
    every other device."""

    __tablename__ = "provider"
    name: Mapped[str] = mapped_column(String(200))
    #: The provider's identifier in the ONE's register ("" when added by hand).
    register_id: Mapped[str] = mapped_column(String(40), default="", server_default="")
    street: Mapped[str] = mapped_column(String(200), default="", server_default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    locality: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    region: Mapped[str] = mapped_column(String(20), default="", server_default="")
    #: ISO 3166 code; placements abroad (art. 6 semester list) are told apart by it.
    country: Mapped[str] = mapped_column(String(2), default="LU")


class ProviderAgrement(SyncedRecord, Base):
    """An agrément the minister granted a provider (art. 13): which art. 11 measures it
    covers, from when to when. A provider holds several over time (renewals, new measures)."""

    __tablename__ = "provider_agrement"
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("provider.id"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    #: The art. 11 codes covered, comma-separated as the catalogue writes them ("a1,c,h");
    #: a letter with formulas ("a") covers each of them.
    measure_codes: Mapped[str] = mapped_column(String(400))
    valid_from: Mapped[date] = mapped_column(Date)
    #: None: granted without an end.
    valid_to: Mapped[date | None] = mapped_column(Date, default=None)

    @property
    def codes(self) -> frozenset[str]:
        return split_codes(self.measure_codes)


def split_codes(text: str) -> frozenset[str]:
    """``"a1, c,h"`` -> {"a1", "c", "h"}: the codes as the catalogue writes them."""
    return frozenset(part.strip().lower() for part in text.split(",") if part.strip())


def join_codes(codes: frozenset[str] | set[str] | tuple[str, ...]) -> str:
    """The codes in the catalogue's order of letters, comma-separated."""
    return ",".join(sorted(set(codes), key=lambda code: (code[0], len(code), code)))


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
