"""Scans of the signed pages of a plan version: the paper's proof, kept inside the encrypted
store (never as a loose file) so it is protected like the rest of the dossier."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, utc_now


class SignedScan(SyncedRecord, Base):
    """One scan (PDF or image) of a signed version; content-addressed by SHA-256 per version,
    so the same file attached twice is stored once. Append-only: a scan is evidence."""

    __tablename__ = "signed_scan"
    __table_args__ = (UniqueConstraint("plan_version_id", "sha256"),)
    APPEND_ONLY = True
    ATTACHED_FIELDS = frozenset({"content"})
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: Deferred by the services' queries: listing scans must not load megabytes. Empty on a
    #: device while the bytes of a downloaded scan are still to fetch (a kept scan never is),
    #: and on the server, which keeps the bytes once, by digest (``sync.server.blobs``).
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    #: Art. 7: the scan named a person anonymised since; its bytes are gone everywhere (the
    #: server's blob too) and are never fetched again. The record stays: the plan was signed.
    dropped_on: Mapped[date | None] = mapped_column(Date, default=None)
