"""Step 6, coordination: case conferences (concertations) and the contact log. Minutes and
contact notes are append-only: a correction is a new entry."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class CaseConference(SyncedRecord, Base):
    """A meeting of family and professionals. ``participants``: [{"name", "role"}]."""

    __tablename__ = "case_conference"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class ContactChannel(StrEnum):
    HOME_VISIT = "home_visit"
    OFFICE_MEETING = "office_meeting"
    TELEPHONE = "telephone"
    EMAIL = "email"
    LETTER = "letter"
    MEETING_ELSEWHERE = "meeting_elsewhere"


class ContactLogEntry(SyncedRecord, Base):
    """Who was in contact, when, how, and what was said or agreed."""

    __tablename__ = "contact_log"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    contact_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    with_whom: Mapped[str] = mapped_column(String(300))
    channel: Mapped[ContactChannel] = mapped_column(enum_column(ContactChannel))
    summary: Mapped[str] = mapped_column(Text)
