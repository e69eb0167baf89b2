"""Loading a record a service is about to change, with the checks every change needs: it
exists, its dossier is open, and the dossier reached the step the data belongs to."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from app.domain import Case, CaseState, SyncedRecord
from app.rules import require
from app.rules.presence import case_unmet, in_dossier_unmet, record_unmet
from app.rules.workflow import step_data_unmet

R = TypeVar("R", bound=SyncedRecord)


def live(session: Session, model: type[R], record_id: uuid.UUID) -> R:
    """The record, unless it does not exist (here) or was deleted."""
    record = session.get(model, record_id)
    require(record_unmet(record is not None and record.deleted_at is None))
    assert record is not None
    return record


def case_of(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    require(case_unmet(case is not None and case.deleted_at is None))
    assert case is not None
    return case


def writable_case(session: Session, case_id: uuid.UUID, step: int = 1) -> Case:
    """The dossier, if data of ``step`` may be written in it now."""
    case = case_of(session, case_id)
    require(step_data_unmet(case.state is not CaseState.OPEN, case.furthest_step, step))
    return case


def in_case(record: SyncedRecord, case_id: uuid.UUID) -> None:
    """Refuse a record of another dossier (a stale screen, a wrong id)."""
    require(in_dossier_unmet(getattr(record, "case_id", None) == case_id
                             and record.deleted_at is None))
