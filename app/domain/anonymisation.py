"""Art. 7: the anonymisation of one person at their own request, once of age.

The record says that it happened, for whom (the person's id), when, at whose request (the
person themself) and who recorded it, and nothing of the person's data. It travels like any
record of the dossier: the server carries the anonymisation out on its tables and its log
when it receives it, and every device holding the dossier rewrites its copy when it downloads
it (``app.services.dossier.anonymise``)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord
from app.domain.ids import RecordId


class PersonAnonymisation(SyncedRecord, Base):
    __tablename__ = "person_anonymisation"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    #: Always the person themself (art. 7: at the request of the person concerned).
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    requested_on: Mapped[date] = mapped_column(Date)
    #: The user who recorded the request (the agent).
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    #: What the statistics still need of the removed birth date: an ``AgeGroup`` value.
    age_band: Mapped[str] = mapped_column(String(20), default="")
