"""Who may read and write what, decided on the server from its current assignments, never from
what a device claims: an agent their own dossiers, an office clerk and the office lead their
office's, a ONE validator the dossiers whose plan awaits validation (and only the validation)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, PlanVersion, UserRole
from app.domain.plans import AWAITING_VALIDATION
from sync.protocol import REFERENCE_SCOPE, case_scope
from sync.server.models import Transfer

#: Changed by the ONE's administrators on the server only.
ADMIN_ONLY = frozenset({"office", "app_user"})
#: Shared records any office worker may add or correct.
SHARED_WRITABLE = frozenset({"provider"})
#: What a validator's app writes when validating or returning a plan.
VALIDATOR_WRITABLE = frozenset({"plan_version", "plan_review", "case_file", "sync_conflict"})


@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    role: UserRole
    office_id: uuid.UUID | None
    device_id: uuid.UUID
    protocol: int


def visible_cases(session: Session, caller: Caller) -> set[uuid.UUID]:
    """The dossiers the caller's devices hold now."""
    if caller.role is UserRole.AGENT:
        query = select(Case.id).where(Case.agent_id == caller.user_id)
    elif caller.role in (UserRole.OFFICE_CLERK, UserRole.OFFICE_LEAD):
        query = select(Case.id).where(Case.office_id == caller.office_id)
    else:
        query = select(PlanVersion.case_id).where(
            PlanVersion.state.in_(AWAITING_VALIDATION), PlanVersion.deleted_at.is_(None))
    return set(session.scalars(query))


def caller_scopes(session: Session, caller: Caller) -> list[str]:
    return [REFERENCE_SCOPE, *sorted(case_scope(case) for case in visible_cases(session, caller))]


def write_refusal(session: Session, caller: Caller, entity: str, case_id: uuid.UUID | None,
                  made_at: datetime, new_case: Case | None = None) -> str | None:
    """Why the caller may not write this record (None: they may). ``new_case`` is a dossier
    the mutation itself creates."""
    if entity in ADMIN_ONLY:
        return "Seuls les administrateurs de l'ONE modifient les bureaux et les utilisateurs."
    if case_id is None:
        if entity in SHARED_WRITABLE and caller.role is not UserRole.VALIDATOR:
            return None
        return "Cet enregistrement ne peut pas être modifié depuis un poste."
    if caller.role is UserRole.VALIDATOR and entity not in VALIDATOR_WRITABLE:
        return "Un validateur de l'ONE ne modifie que la validation des projets."
    if new_case is not None:
        return _new_case_refusal(caller, new_case)
    if case_id in visible_cases(session, caller):
        return None
    if caller.role is UserRole.AGENT and _made_before_transfer(session, caller, case_id, made_at):
        return None
    return "Ce dossier ne vous est pas attribué : la modification n'est pas acceptée."


def _new_case_refusal(caller: Caller, case: Case) -> str | None:
    if caller.role is UserRole.VALIDATOR:
        return "Un validateur de l'ONE n'ouvre pas de dossier."
    if case.office_id != caller.office_id:
        return "Un dossier s'ouvre dans votre bureau régional."
    if caller.role is UserRole.AGENT and case.agent_id != caller.user_id:
        return "Un dossier que vous ouvrez vous est attribué."
    return None


def _made_before_transfer(session: Session, caller: Caller, case_id: uuid.UUID,
                          made_at: datetime) -> bool:
    """An edit the former agent made while the dossier was still theirs."""
    moments = session.scalars(select(Transfer.at).where(
        Transfer.case_id == case_id, Transfer.from_agent_id == caller.user_id))
    return any(made_at <= _aware(moment) for moment in moments)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
