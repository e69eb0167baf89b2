"""Scans of a plan version's signed pages, attached after signing and kept encrypted in the
store: the paper is the legal proof (art. 4), the scan lets the office show it without it."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.fingerprint import fingerprint
from app.domain import Case, PlanState, PlanVersion, SignedScan
from app.rules import RuleViolation, require
from app.rules.presence import record_unmet
from app.rules.scans import (
    scan_fetched_unmet,
    scan_file_unmet,
    scan_fingerprint_unmet,
    scanned_version_unmet,
)
from app.services.base.context import ServiceContext
from app.services.base.guards import live, writable_case
from app.services.plan.lookup import match_fingerprint, normalise_fingerprint

MAX_MEGABYTES = 20
MAX_BYTES = MAX_MEGABYTES * 1024 * 1024
#: Media type -> the magic bytes its content must start with (the given type is not trusted).
MAGIC = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}
_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg"}
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
PLAN_STEP = 4


@dataclass(frozen=True)
class ScanInfo:
    """What a list of scans shows, without the content."""

    id: uuid.UUID
    plan_version_id: uuid.UUID
    sha256: str
    media_type: str
    size: int
    pages: int | None
    uploaded_at: datetime


def attach_signed_scan(ctx: ServiceContext, version_id: uuid.UUID, content: bytes,
                       media_type: str, fingerprint_read: str | None = None) -> ScanInfo:
    """Keep a scan of the signed pages of a frozen version; the same file twice is kept once.

    ``fingerprint_read`` is the fingerprint typed from the scan or decoded from its QR code:
    when given, it must be this version's, so a scan never lands on the wrong version.
    """
    media_type = _checked_media_type(content, media_type)
    read = normalise_fingerprint(fingerprint_read) if fingerprint_read else None
    with ctx.transaction("attach_signed_scan") as session:
        return _keep_scan(session, version_id, content, media_type, _pages(content, media_type),
                          read)


def _keep_scan(session: Session, version_id: uuid.UUID, content: bytes, media_type: str,
               pages: int | None, read: str | None = None) -> ScanInfo:
    """The scan kept on a frozen version of a writable dossier (once per content), inside the
    caller's transaction: ``attach_signed_scan`` and ``attach_scanned_plan``."""
    digest = hashlib.sha256(content).hexdigest()
    version = live(session, PlanVersion, version_id)
    case = writable_case(session, version.case_id, PLAN_STEP)
    require(scanned_version_unmet(version.number, version.state is PlanState.DRAFT))
    if read is not None:
        _require_same_version(session, version, read)
    existing = session.scalars(select(SignedScan).where(
        SignedScan.plan_version_id == version.id, SignedScan.sha256 == digest,
        SignedScan.deleted_at.is_(None))).first()
    if existing is not None:
        return _info(existing)
    scan = SignedScan(case_id=case.id, plan_version_id=version.id, sha256=digest,
                      media_type=media_type, size=len(content), pages=pages, content=content)
    session.add(scan)
    session.flush()
    return _info(scan)


def signed_scans(ctx: ServiceContext, version_id: uuid.UUID) -> list[ScanInfo]:
    """The scans of a version, oldest first, without loading their content."""
    with ctx.reading() as session:
        rows = session.scalars(select(SignedScan).where(
            SignedScan.plan_version_id == version_id, SignedScan.deleted_at.is_(None)
        ).order_by(SignedScan.uploaded_at, SignedScan.id))
        return [_info(row) for row in rows]


def scan_content(ctx: ServiceContext, scan_id: uuid.UUID) -> bytes:
    """The bytes of one scan, exactly as attached (empty once dropped by an anonymisation)."""
    with ctx.reading() as session:
        row = session.execute(select(SignedScan.content, Case.anonymised_on,
                                     SignedScan.dropped_on).join(
            Case, Case.id == SignedScan.case_id).where(
            SignedScan.id == scan_id, SignedScan.deleted_at.is_(None))).first()
    require(record_unmet(row is not None))
    assert row is not None
    content, anonymised_on, dropped_on = row
    # Downloaded, its bytes not fetched yet (a dropped scan is empty for good, art. 7).
    require(scan_fetched_unmet(bool(content) or anonymised_on is not None
                               or dropped_on is not None))
    return bytes(content)


def _checked_media_type(content: bytes, media_type: str) -> str:
    given = media_type.split(";")[0].strip().lower()
    given = _ALIASES.get(given, given)
    magic = MAGIC.get(given)
    require(scan_file_unmet(len(content), MAX_BYTES, MAX_MEGABYTES,
                            magic is not None and content.startswith(magic)))
    return given


def _require_same_version(session: Session, version: PlanVersion, read: str) -> None:
    if fingerprint(version) == read:
        return
    other = match_fingerprint(session, read)
    raise RuleViolation(scan_fingerprint_unmet(
        read, version.number, other.number if other else None,
        other.case_number if other else None))


def _pages(content: bytes, media_type: str) -> int | None:
    """1 for an image; for a PDF, its page objects when they are readable (None otherwise)."""
    if media_type != "application/pdf":
        return 1
    return len(_PDF_PAGE.findall(content)) or None


def _info(scan: SignedScan) -> ScanInfo:
    # SQLite gives back naive datetimes; they were written in UTC.
    uploaded_at = scan.uploaded_at
    if uploaded_at.tzinfo is None:
        uploaded_at = uploaded_at.replace(tzinfo=UTC)
    return ScanInfo(scan.id, scan.plan_version_id, scan.sha256, scan.media_type, scan.size,
                    scan.pages, uploaded_at)
