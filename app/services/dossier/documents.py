"""Documents attached to a dossier: a court order, a report from the school, a doctor or a
provider, an identity document, a letter received. Kept encrypted inside the store (never as
a loose file), described (kind, date, source, title, persons concerned), corrected, withdrawn
with a date and a reason rather than deleted; synchronised as content-addressed blobs like the
scans of signed plans (``app.services.sync.attachments``)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pypdfium2  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import DossierDocument, DossierDocumentKind, Person
from app.domain.base import aware
from app.rules import require
from app.rules.dossier_documents import (
    document_correction_unmet,
    document_description_unmet,
    document_duplicate_unmet,
    document_fetched_unmet,
    document_file_unmet,
    document_withdrawal_unmet,
    document_withdrawn_unmet,
)
from app.rules.presence import record_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import live, writable_case
from app.services.plan.scans import MAGIC

MAX_MEGABYTES = 20
MAX_BYTES = MAX_MEGABYTES * 1024 * 1024
_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg"}


@dataclass(frozen=True)
class DocumentDescription:
    """What the agent says of a document: what it is, its date, who wrote or sent it."""

    kind: DossierDocumentKind
    dated_on: date
    source: str
    title: str
    person_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the list shows it, without its content."""

    id: uuid.UUID
    case_id: uuid.UUID
    kind: DossierDocumentKind
    dated_on: date
    source: str
    title: str
    person_ids: tuple[uuid.UUID, ...]
    media_type: str
    size: int
    pages: int | None
    added_by: uuid.UUID | None
    added_at: datetime
    ended_on: date | None
    end_reason: str
    dropped_on: date | None


def _sniffed_media_type(content: bytes) -> str | None:
    """The media type the content's first bytes show (PDF, PNG or JPEG), else None: a file's
    name or declared type is never trusted."""
    for media_type, magic in MAGIC.items():
        if content.startswith(magic):
            return media_type
    return None


def add_document(ctx: ServiceContext, case_id: uuid.UUID, content: bytes,
                 description: DocumentDescription, *, today: date | None = None) -> uuid.UUID:
    """Attach a document to the dossier, its bytes kept encrypted in the store."""
    media_type = _sniffed_media_type(content)
    require(document_file_unmet(len(content), MAX_BYTES, MAX_MEGABYTES,
                                media_type is not None))
    assert media_type is not None
    digest = hashlib.sha256(content).hexdigest()
    with ctx.transaction("add_document") as session:
        case = writable_case(session, case_id)
        _require_description(session, case.id, description, today or date.today())
        same = session.scalar(select(DossierDocument.title).where(
            DossierDocument.case_id == case.id, DossierDocument.sha256 == digest,
            DossierDocument.deleted_at.is_(None), DossierDocument.ended_on.is_(None)))
        require(document_duplicate_unmet(same))
        document = DossierDocument(
            case_id=case.id, kind=description.kind, dated_on=description.dated_on,
            source=description.source.strip(), title=description.title.strip(),
            person_ids=[str(p) for p in description.person_ids], sha256=digest,
            media_type=media_type, size=len(content), pages=_pages(content, media_type),
            added_by=ctx.actor_id, content=content)
        session.add(document)
        session.flush()
        return document.id


def correct_document(ctx: ServiceContext, document_id: uuid.UUID,
                     description: DocumentDescription, *, today: date | None = None) -> None:
    """Correct what describes a document (its file never changes)."""
    with ctx.transaction("correct_document") as session:
        document = live(session, DossierDocument, document_id)
        writable_case(session, document.case_id)
        require(document_withdrawn_unmet(document.ended_on))
        _require_description(session, document.case_id, description, today or date.today())
        values = {"kind": description.kind, "dated_on": description.dated_on,
                  "source": description.source.strip(), "title": description.title.strip(),
                  "person_ids": [str(p) for p in description.person_ids]}
        changed = {k: v for k, v in values.items() if getattr(document, k) != v}
        require(document_correction_unmet(bool(changed)))
        for key, value in changed.items():
            setattr(document, key, value)


def withdraw_document(ctx: ServiceContext, document_id: uuid.UUID, withdrawn_on: date,
                      reason: str, *, today: date | None = None) -> None:
    """Withdraw a document from the dossier: it stays listed as withdrawn, with why."""
    with ctx.transaction("withdraw_document") as session:
        document = live(session, DossierDocument, document_id)
        writable_case(session, document.case_id)
        require(document_withdrawal_unmet(document.ended_on, withdrawn_on, reason,
                                          today or date.today()))
        document.ended_on = withdrawn_on
        document.end_reason = reason.strip()


def dossier_documents(ctx: ServiceContext, case_id: uuid.UUID) -> list[DocumentInfo]:
    """The dossier's documents, the latest dated first, withdrawn ones too (after the others),
    without loading their content."""
    with ctx.reading() as session:
        rows = session.scalars(select(DossierDocument).where(
            DossierDocument.case_id == case_id, DossierDocument.deleted_at.is_(None)))
        found = [_info(row) for row in rows]
    return sorted(found, key=lambda d: (d.ended_on is not None, -d.dated_on.toordinal(),
                                        d.title.casefold(), d.id))


def document_content(ctx: ServiceContext, document_id: uuid.UUID) -> tuple[str, bytes]:
    """The media type and bytes of one document, exactly as attached."""
    with ctx.reading() as session:
        row = session.execute(select(DossierDocument.media_type, DossierDocument.content,
                                     DossierDocument.dropped_on).where(
            DossierDocument.id == document_id, DossierDocument.deleted_at.is_(None))).first()
    require(record_unmet(row is not None))
    assert row is not None
    media_type, content, dropped_on = row
    require(document_fetched_unmet(bool(content), dropped_on is not None))
    return media_type, bytes(content)


def _require_description(session: Session, case_id: uuid.UUID,
                         description: DocumentDescription, today: date) -> None:
    persons = set(session.scalars(select(Person.id).where(
        Person.case_id == case_id, Person.deleted_at.is_(None))))
    require(document_description_unmet(description.title, description.dated_on, today,
                                       set(description.person_ids) <= persons))


def _pages(content: bytes, media_type: str) -> int | None:
    if media_type != "application/pdf":
        return 1
    try:
        pdf = pypdfium2.PdfDocument(content)
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:  # a damaged or protected PDF is still kept; its pages are unknown
        return None


def _info(row: DossierDocument) -> DocumentInfo:
    return DocumentInfo(
        row.id, row.case_id, row.kind, row.dated_on, row.source, row.title,
        tuple(uuid.UUID(p) for p in row.person_ids), row.media_type, row.size, row.pages,
        row.added_by, aware(row.added_at), row.ended_on, row.end_reason, row.dropped_on)


