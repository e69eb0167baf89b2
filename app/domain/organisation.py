"""Who works where: the ONE's regional offices and the people using the application."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class Office(SyncedRecord, Base):
    """A regional office of the ONE (reference data, updated by sync)."""

    __tablename__ = "office"
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(20))
    locality: Mapped[str] = mapped_column(String(120))


class UserRole(StrEnum):
    AGENT = "agent"  # coordinateur de projet d'intervention (CPI)
    OFFICE_CLERK = "office_clerk"  # personnel du bureau régional
    VALIDATOR = "validator"  # validateur de l'ONE
    OFFICE_LEAD = "office_lead"  # responsable du bureau régional: sees escalated reviews
    ONE_ADMIN = "one_admin"  # administrateur de l'ONE: keeps the provider directory (art. 13)


class User(SyncedRecord, Base):
    __tablename__ = "app_user"
    login: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole))
    office_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"), default=None)
