"""Saving what the agent types in a wizard or a dialog, field by field, so that nothing is lost.

Drafts live in the encrypted store on this device only (``WizardDraft``) and are written
outside the outbox: they are not changes to the dossier until the wizard is finished. A draft
is kept under its form's name and a key: the dossier's id, or for an intake (a dossier not yet
opened) an id of its own, so that several intakes can wait side by side.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.domain import NO_CASE, WizardDraft
from app.services.base.context import ServiceContext


@dataclass(frozen=True)
class Draft:
    wizard: str
    #: The dossier, or the intake's own id (None: the one intake kept by older versions).
    case_id: uuid.UUID | None
    page: int
    fields: dict[str, Any]
    updated_at: datetime | None = None


def save_draft(ctx: ServiceContext, wizard: str, case_id: uuid.UUID | None, page: int,
               fields: dict[str, Any]) -> None:
    """Keep the wizard's current page and fields (replacing the previous draft)."""
    with ctx.transaction("save_draft") as session:
        key = case_id or NO_CASE
        draft = session.scalars(select(WizardDraft).where(
            WizardDraft.wizard == wizard, WizardDraft.case_id == key)).first()
        if draft is None:
            draft = WizardDraft(wizard=wizard, case_id=key)
            session.add(draft)
        draft.page, draft.fields = page, dict(fields)


def load_draft(ctx: ServiceContext, wizard: str, case_id: uuid.UUID | None) -> Draft | None:
    with ctx.reading() as session:
        draft = session.scalars(select(WizardDraft).where(
            WizardDraft.wizard == wizard, WizardDraft.case_id == (case_id or NO_CASE))).first()
        if draft is None:
            return None
        return Draft(draft.wizard, case_id, draft.page, dict(draft.fields), draft.updated_at)


def list_drafts(ctx: ServiceContext, wizard: str) -> list[Draft]:
    """Every draft of one form, the most recently typed first (the intakes waiting)."""
    with ctx.reading() as session:
        drafts = session.scalars(select(WizardDraft).where(WizardDraft.wizard == wizard)
                                 .order_by(WizardDraft.updated_at.desc())).all()
        return [Draft(d.wizard, None if d.case_id == NO_CASE else d.case_id, d.page,
                      dict(d.fields), d.updated_at) for d in drafts]


def discard_draft(ctx: ServiceContext, wizard: str, case_id: uuid.UUID | None) -> None:
    """Forget the draft once the wizard is finished or abandoned."""
    with ctx.transaction("discard_draft") as session:
        session.execute(delete(WizardDraft).where(
            WizardDraft.wizard == wizard, WizardDraft.case_id == (case_id or NO_CASE)))
