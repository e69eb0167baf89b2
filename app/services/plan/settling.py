"""The state a plan version's signatures and validation give it (art. 4).

Signatures and the ONE's validation are independent facts that may come in any order and on
different computers: the laptop settles the state when it records one of them, and the
server settles it again after merging what several devices sent (``sync.server.settle``), so
that a version signed by all and validated is in force whoever synced first."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import Case, PlanSignature, PlanState, PlanVersion
from app.rules.reviews import review_due_on
from app.rules.signatories import in_force_unmet
from app.services.base.facts import plan_in_force


def settle_version(session: Session, case: Case, version: PlanVersion) -> PlanState:
    """Put the version in the state its signatures and validation give it (art. 4); a
    version that takes effect supersedes the one in force. Returns the new state."""
    signed = signed_person_ids(session, version)
    all_signed = {s["person_id"] for s in version.signatories} <= {str(p) for p in signed}
    unmet = in_force_unmet(version.signatories, signed, version.validated_on is not None,
                           case.court_proceedings_pending, case.judicial_request_on)
    if not unmet:
        assert version.validated_on is not None
        previous = plan_in_force(session, case.id)
        last_signature = session.scalar(select(func.max(PlanSignature.signed_on)).where(
            PlanSignature.plan_version_id == version.id, PlanSignature.deleted_at.is_(None)))
        since = max(version.validated_on, last_signature or version.validated_on)
        if previous is not None and previous.id != version.id:
            previous.state = PlanState.SUPERSEDED
            previous.ended_on = since
            previous.end_reason = f"superseded by version {version.number}"
            previous.review_due_on = None
        version.state = PlanState.IN_FORCE
        version.in_force_since = since
        version.review_due_on = review_due_on(version.validated_on)
    elif version.validated_on is not None:
        version.state = PlanState.VALIDATED
    elif all_signed:
        version.state = PlanState.SIGNED
    return version.state


def signed_person_ids(session: Session, version: PlanVersion) -> set[uuid.UUID]:
    """The persons whose signature on ``version`` is recorded (and not struck out)."""
    return set(session.scalars(select(PlanSignature.person_id).where(
        PlanSignature.plan_version_id == version.id, PlanSignature.deleted_at.is_(None))))
