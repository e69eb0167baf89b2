"""What the agent typed in a wizard and has not finished: kept on this device only.

A home visit gets interrupted; the window may close, the battery die or the auto-lock strike.
Every field is saved here as it is typed (inside the encrypted store) and the wizard resumes on
the same page. Drafts are never synchronised: they become records when the agent finishes.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, utc_now
from app.domain.ids import RecordId

#: The key of a draft that belongs to no dossier yet (the "new dossier" wizard).
NO_CASE = uuid.UUID(int=0)


class WizardDraft(Base):
    __tablename__ = "wizard_draft"
    __table_args__ = (UniqueConstraint("wizard", "case_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    wizard: Mapped[str] = mapped_column(String(60))
    case_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    page: Mapped[int] = mapped_column(Integer, default=0)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now,
                                                 onupdate=utc_now)
