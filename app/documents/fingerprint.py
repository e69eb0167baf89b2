"""The fingerprint of a frozen plan version, printed on every page of the signed plan.

It lets anyone check that a signed paper is the version recorded (and, later, find the version
from a typed or scanned fingerprint): SHA-256 over a canonical JSON of exactly what was frozen.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import PlanVersion

#: Hex characters shown: 64 bits, in 4 groups of 4, short enough to type from the paper.
SHOWN_HEX = 16
GROUP = 4


def fingerprint(version: PlanVersion) -> str:
    """The printed fingerprint of ``version``, e.g. ``3F2A-9C01-77BE-0D4E``."""
    return fingerprint_of(version.case_id, version.number, version.snapshot,
                          version.signatories, version.frozen_on)


def fingerprint_of(case_id: uuid.UUID, number: int, snapshot: Mapping[str, Any],
                   signatories: Sequence[Mapping[str, Any]], frozen_on: date | None) -> str:
    """The same from the frozen fields, canonical JSON: sorted keys, no spaces, UTF-8."""
    canonical = json.dumps(
        {"case_id": str(case_id), "number": number, "snapshot": snapshot,
         "signatories": list(signatories),
         "frozen_on": frozen_on.isoformat() if frozen_on else None},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:SHOWN_HEX].upper()
    return "-".join(digest[i:i + GROUP] for i in range(0, SHOWN_HEX, GROUP))


#: The QR code of each printed page: ``CPI-PLAN v3 3F2A-9C01-77BE-0D4E p2/5`` (page 2 of 5).
#: Plans printed before the page was added carry no ``p2/5``: still read, page unknown.
_QR = re.compile(r"^\s*CPI-PLAN\s+v(\d+)\s+([0-9A-F]{4}(?:-[0-9A-F]{4}){3})"
                 r"(?:\s+p(\d+)/(\d+))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PageCode:
    """What the QR code of one printed page says (``page``/``pages`` unknown on older plans)."""

    number: int
    fingerprint: str
    page: int | None
    pages: int | None


def plan_qr(number: int, printed: str, page: int, pages: int) -> str:
    """The text of the QR code printed on page ``page`` of ``pages`` of version ``number``."""
    return f"CPI-PLAN v{number} {printed} p{page}/{pages}"


def read_plan_qr(text: str) -> PageCode | None:
    """The page a QR code's text designates, or None when it is not a plan page's code."""
    found = _QR.fullmatch(text)
    if found is None:
        return None
    number, printed, page, pages = found.groups()
    if page is None or pages is None:
        return PageCode(int(number), printed.upper(), None, None)
    return PageCode(int(number), printed.upper(), int(page), int(pages))
