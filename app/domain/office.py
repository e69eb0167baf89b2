"""What the office lead decides for the office's caseload: a dossier given to another agent of
the office, and a colleague's temporary cover of an agent's caseload (leave, illness).

Both are written on the lead's laptop and synchronised; the server applies them (it alone
changes who holds a dossier and who may read it: ``sync.server.office``)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord


class CaseTransferRequest(SyncedRecord, Base):
    """The office lead gives the dossier to another agent of the office. The server applies
    it as the ONE's ``cpi-server transfer`` (the dossier's holder changes there, never on a
    laptop); refused there when the lead or the agent is not of the dossier's office."""

    __tablename__ = "case_transfer"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    to_agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"),
                                                              default=None)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text, default="")


class CaseloadCover(SyncedRecord, Base):
    """A colleague covers an agent's caseload from ``starts_on`` to ``ends_on`` (both
    included, the server's days): their laptop receives the agent's dossiers and may work on
    them. Ends by itself after ``ends_on``, or earlier when the lead ends it (``ended_at``)."""

    __tablename__ = "caseload_cover"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    colleague_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    given_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"),
                                                          default=None)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"),
                                                          default=None)

    def in_force_on(self, day: date) -> bool:
        return (self.deleted_at is None and self.ended_at is None
                and self.starts_on <= day <= self.ends_on)
