"""Find the exact plan version a printed page belongs to, from the fingerprint on it.

Fingerprints are computed from the frozen versions at each lookup rather than stored: a
caseload holds a few hundred versions, hashing them all takes milliseconds, and nothing can
drift out of step with the frozen content.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.fingerprint import GROUP, SHOWN_HEX, fingerprint
from app.domain import Case, PlanState, PlanVersion
from app.rules import require
from app.rules.scans import fingerprint_format_unmet, fingerprint_found_unmet
from app.services.base.context import ServiceContext

#: The QR code carries ``CPI-PLAN v3 3F2A-9C01-77BE-0D4E p2/5`` (see app/documents/
#: fingerprint.py; older plans have no ``p2/5``): a scanner may type it whole.
_QR_PREFIX = re.compile(r"^\s*CPI-PLAN\s+v\d+\s+", re.IGNORECASE)
_QR_PAGE = re.compile(r"\s+p\d+/\d+\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-–—_.]+")
_HEX = re.compile(rf"[0-9A-F]{{{SHOWN_HEX}}}")


@dataclass(frozen=True)
class VersionMatch:
    """The version a fingerprint designates, with what the agent needs to recognise it."""

    case_id: uuid.UUID
    case_number: str
    version_id: uuid.UUID
    number: int
    state: PlanState
    fingerprint: str


def normalise_fingerprint(typed: str) -> str:
    """``3F2A-9C01-77BE-0D4E`` from a typed, pasted or QR-decoded fingerprint; refuses others."""
    bare = _SEPARATORS.sub("", _QR_PAGE.sub("", _QR_PREFIX.sub("", typed))).upper()
    require(fingerprint_format_unmet(_HEX.fullmatch(bare) is not None))
    return "-".join(bare[i:i + GROUP] for i in range(0, SHOWN_HEX, GROUP))


def find_version_by_fingerprint(ctx: ServiceContext, typed: str) -> VersionMatch:
    """The dossier and exact version whose printed fingerprint is ``typed``."""
    wanted = normalise_fingerprint(typed)
    with ctx.reading() as session:
        match = match_fingerprint(session, wanted)
    require(fingerprint_found_unmet(wanted, match is not None))
    assert match is not None
    return match


def match_fingerprint(session: Session, wanted: str) -> VersionMatch | None:
    """The frozen, live version with the normalised fingerprint ``wanted``, if any (a linear
    scan, fine for a caseload; shared with the scans so both agree on what matches)."""
    return match_fingerprints(session, {wanted}).get(wanted)


def match_fingerprints(session: Session, wanted: set[str]) -> dict[str, VersionMatch]:
    """Each normalised fingerprint of ``wanted`` that a frozen, live version has -> that
    version (one pass over the versions for all the pages of a scan)."""
    found: dict[str, VersionMatch] = {}
    versions = session.scalars(select(PlanVersion).where(
        PlanVersion.state != PlanState.DRAFT, PlanVersion.deleted_at.is_(None)))
    for version in versions:
        printed = fingerprint(version)
        if printed in wanted and printed not in found:
            case = session.get(Case, version.case_id)
            assert case is not None
            found[printed] = VersionMatch(case.id, case.number, version.id, version.number,
                                          version.state, printed)
    return found

