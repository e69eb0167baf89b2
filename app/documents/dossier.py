"""The few facts of a dossier every letter to the family starts with: its number and office."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain import Case, Office


@dataclass(frozen=True)
class DossierHead:
    number: str
    office: str  # "Bureau régional Sud, Esch-sur-Alzette", the locality once


def dossier_head(session: Session, case_id: uuid.UUID) -> DossierHead:
    """Read the number and office of ``case_id`` inside the caller's read."""
    case = session.get(Case, case_id)
    if case is None:
        raise LookupError("no such dossier")
    office = session.get(Office, case.office_id)
    name = office.name if office else ""
    if office and office.locality and office.locality not in name:
        name = f"{name}, {office.locality}"
    return DossierHead(case.number, name)
