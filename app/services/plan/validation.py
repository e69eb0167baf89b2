"""What a ONE validator has to look at: the frozen plan versions of the dossiers their devices
hold, with what the validation needs to know (signatures given, who still has to sign)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import (
    Case,
    Office,
    PlanSignature,
    PlanState,
    PlanVersion,
    SignatoryCapacity,
    User,
    UserRole,
)
from app.domain.plans import AWAITING_VALIDATION
from app.services.base.context import ServiceContext
from app.services.dossier.detail import SignatureView


@dataclass(frozen=True)
class AwaitingValidation:
    version_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    office: str
    number: int
    state: PlanState
    frozen_on: date | None
    signatures: tuple[SignatureView, ...]

    @property
    def all_signed(self) -> bool:
        return all(s.signed_on is not None for s in self.signatures)


def plans_awaiting_validation(ctx: ServiceContext) -> list[AwaitingValidation]:
    """Versions ready to sign or signed, oldest frozen first (the longest waiting on top)."""
    with ctx.reading() as session:
        rows = session.execute(
            select(PlanVersion, Case.number, Office.name)
            .join(Case, Case.id == PlanVersion.case_id)
            .join(Office, Office.id == Case.office_id, isouter=True)
            .where(PlanVersion.state.in_(AWAITING_VALIDATION), PlanVersion.deleted_at.is_(None),
                   Case.deleted_at.is_(None))
            .order_by(PlanVersion.frozen_on, Case.number)).all()
        version_ids = [version.id for version, _number, _office in rows]
        signed: dict[tuple[uuid.UUID, str], date] = {
            (s.plan_version_id, str(s.person_id)): s.signed_on
            for s in session.scalars(select(PlanSignature).where(
                PlanSignature.plan_version_id.in_(version_ids),
                PlanSignature.deleted_at.is_(None)))}
        return [AwaitingValidation(
            version.id, version.case_id, number, office or "", version.number, version.state,
            version.frozen_on,
            tuple(SignatureView(uuid.UUID(s["person_id"]), s["name"],
                                SignatoryCapacity(s["capacity"]),
                                signed.get((version.id, s["person_id"])))
                  for s in version.signatories))
            for version, number, office in rows]


def can_validate(ctx: ServiceContext) -> bool:
    """Whether the signed-in user is a ONE validator (their app offers the queue)."""
    with ctx.reading() as session:
        user = session.get(User, ctx.actor_id) if ctx.actor_id is not None else None
        return user is not None and user.role is UserRole.VALIDATOR
