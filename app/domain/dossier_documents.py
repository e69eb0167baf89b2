"""Documents attached to a dossier: a court order, a report from the school, a doctor or a
provider, an identity document, a letter received. Kept inside the encrypted store like the
scans of signed plans (never as a loose file) and synchronised as content-addressed blobs."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column, utc_now


class DossierDocumentKind(StrEnum):
    COURT_ORDER = "court_order"
    SCHOOL_REPORT = "school_report"
    MEDICAL_REPORT = "medical_report"
    PROVIDER_REPORT = "provider_report"
    IDENTITY_DOCUMENT = "identity_document"
    LETTER_RECEIVED = "letter_received"
    OTHER = "other"


#: What a correction may change; the file, who added it and when, never.
CORRECTABLE_FIELDS = frozenset({"kind", "dated_on", "source", "title", "person_ids"})
#: Fields fixed once the document is attached (its content is evidence).
FIXED_FIELDS = frozenset({"case_id", "sha256", "media_type", "size", "pages", "added_by",
                          "added_at"})


class DossierDocument(SyncedRecord, Base):
    """One document of the dossier: what it is, its date, who wrote or sent it, whom of the
    family it concerns, and its bytes (PDF, PNG or JPEG). Withdrawn (``ended_on`` and a
    reason) rather than deleted; its description may be corrected, its content never."""

    __tablename__ = "dossier_document"
    ATTACHED_FIELDS = frozenset({"content"})
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[DossierDocumentKind] = mapped_column(enum_column(DossierDocumentKind))
    dated_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200))
    #: The persons of the dossier it concerns (their ids, as text); empty: the whole family.
    person_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    added_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    #: Deferred by the services' queries (megabytes); empty on a device while the bytes of a
    #: downloaded document are still to fetch, and on the server (``sync.server.blobs``).
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    #: Art. 7: the document concerned or named a person anonymised since; its bytes are gone
    #: everywhere and never fetched again. The record stays, its texts rewritten.
    dropped_on: Mapped[date | None] = mapped_column(Date, default=None)

    def refused_change(self, changes: Mapping[str, list[Any]]) -> str | None:
        if FIXED_FIELDS & set(changes):
            return "a document's file, author and date of adding are never changed"
        return None
