"""Step 4, the intervention plan: versions prepared, frozen for signature, signed, validated by
the ONE and in force (art. 4), each change a new version."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    DiscernmentJudgement,
    Person,
    PlanSignature,
    PlanState,
    PlanVersion,
    User,
    UserRole,
)
from app.domain.plans import AWAITING_VALIDATION
from app.rules import require
from app.rules.ages import AgeGroup, age_group
from app.rules.judicial import judicial_request_unmet
from app.rules.plans import (
    awaiting_validation_unmet,
    discard_unmet,
    discernment_person_unmet,
    discernment_reason_unmet,
    draft_unmet,
    pending_version_unmet,
    return_comment_unmet,
    signature_unmet,
    validation_date_unmet,
    validator_unmet,
)
from app.rules.reviews import discard_reason_unmet, review_due_on
from app.rules.signatories import in_force_unmet, required_signatories
from app.rules.workflow import planning_unmet
from app.services.context import ServiceContext
from app.services.facts import case_facts, family_facts, plan_in_force, version_in_preparation
from app.services.guards import in_case, live, writable_case
from app.services.plan_snapshot import build_snapshot

PLAN_STEP = 4


def prepare_plan_version(ctx: ServiceContext, case_id: uuid.UUID, *,
                         today: date | None = None) -> uuid.UUID:
    """Start a new version (a draft) from the current objectives, measures and roles."""
    today = today or date.today()
    with ctx.transaction("prepare_plan_version") as session:
        case = writable_case(session, case_id, PLAN_STEP)
        require(judicial_request_unmet(case.court_proceedings_pending, case.judicial_request_on))
        pending = version_in_preparation(session, case_id)
        require(pending_version_unmet(pending.number if pending is not None else None))
        number = (session.scalar(select(func.max(PlanVersion.number)).where(
            PlanVersion.case_id == case_id)) or 0) + 1
        version = PlanVersion(case_id=case_id, number=number, prepared_on=today,
                              snapshot=build_snapshot(session, case))
        session.add(version)
        session.flush()
        return version.id


def refresh_plan_draft(ctx: ServiceContext, version_id: uuid.UUID) -> None:
    """Take the latest objectives and measures into a draft."""
    with ctx.transaction("refresh_plan_draft") as session:
        version, case = _version(session, version_id)
        _require_draft(version)
        version.snapshot = build_snapshot(session, case)


def mark_ready_to_sign(ctx: ServiceContext, version_id: uuid.UUID, *,
                       today: date | None = None) -> None:
    """Freeze the draft for printing and signature: its content and who must sign it."""
    today = today or date.today()
    with ctx.transaction("mark_ready_to_sign") as session:
        version, case = _version(session, version_id)
        _require_draft(version)
        signatories, unmet = required_signatories(family_facts(session, case.id), today)
        require(planning_unmet(case_facts(session, case, today)) + unmet)
        version.snapshot = build_snapshot(session, case)
        version.signatories = [s.as_json() for s in signatories]
        version.frozen_on = today
        version.state = PlanState.READY_TO_SIGN


def discard_plan_version(ctx: ServiceContext, version_id: uuid.UUID, reason: str = "", *,
                         today: date | None = None) -> None:
    """Set aside a version in preparation (the family refused it, a mistake), with the reason:
    kept as discarded, never printed again. One already signed or validated is superseded."""
    require(discard_reason_unmet(reason))
    with ctx.transaction("discard_plan_version") as session:
        version, _case = _version(session, version_id)
        require(discard_unmet(version.state in (PlanState.DRAFT, PlanState.READY_TO_SIGN,
                                                PlanState.SIGNED, PlanState.VALIDATED)))
        if _signed_person_ids(session, version) or version.validated_on is not None:
            version.state = PlanState.SUPERSEDED
            version.ended_on = today or date.today()
            version.end_reason = reason.strip() or "discarded before taking effect"
        else:
            version.state = PlanState.DISCARDED
            version.ended_on = today or date.today()
            version.end_reason = reason.strip()


def record_discernment(ctx: ServiceContext, case_id: uuid.UUID, person_id: uuid.UUID,
                       capable: bool, judged_on: date, reason: str) -> uuid.UUID:
    """Record the CPI's judgement whether a child is able to judge, with date and reason."""
    require(discernment_reason_unmet(reason))
    with ctx.transaction("record_discernment") as session:
        writable_case(session, case_id)
        person = live(session, Person, person_id)
        in_case(person, case_id)
        require(discernment_person_unmet(
            person.role.is_beneficiary and person.birth_date is not None
            and age_group(person.birth_date, judged_on) is AgeGroup.CHILD))
        judgement = DiscernmentJudgement(case_id=case_id, person_id=person_id, capable=capable,
                                         judged_on=judged_on, reason=reason.strip())
        session.add(judgement)
        session.flush()
        return judgement.id


def record_signature(ctx: ServiceContext, version_id: uuid.UUID, person_id: uuid.UUID,
                     signed_on: date, place: str = "", *, today: date | None = None) -> PlanState:
    """Record a signature given on the printed version; returns the version's new state."""
    today = today or date.today()
    with ctx.transaction("record_signature") as session:
        version, case = _version(session, version_id)
        wanted = {s["person_id"]: s for s in version.signatories}
        signatory = wanted.get(str(person_id))
        require(signature_unmet(
            version.number, version.state in (PlanState.READY_TO_SIGN, PlanState.VALIDATED),
            signatory["name"] if signatory is not None else None,
            person_id in _signed_person_ids(session, version), signed_on, version.frozen_on,
            today))
        assert signatory is not None
        session.add(PlanSignature(case_id=case.id, plan_version_id=version.id,
                                  person_id=person_id, capacity=signatory["capacity"],
                                  signed_on=signed_on, place=place.strip()))
        session.flush()
        return _settle(session, case, version)


def validate_plan(ctx: ServiceContext, version_id: uuid.UUID, validated_on: date) -> PlanState:
    """The ONE validates a frozen version; returns the version's new state."""
    with ctx.transaction("validate_plan") as session:
        actor = _validator(session, ctx)
        version, case = _version(session, version_id)
        _require_awaiting_validation(version)
        require(validation_date_unmet(version.frozen_on, validated_on))
        version.validated_on, version.validated_by = validated_on, actor.id
        return _settle(session, case, version)


def return_plan(ctx: ServiceContext, version_id: uuid.UUID, comment: str, *,
                today: date | None = None) -> None:
    """The ONE does not validate a frozen version and sends it back to the agent with its
    reasons; the version stays as it is, returned, and the agent prepares a new one."""
    require(return_comment_unmet(comment))
    with ctx.transaction("return_plan") as session:
        actor = _validator(session, ctx)
        version, _case = _version(session, version_id)
        _require_awaiting_validation(version)
        version.state = PlanState.RETURNED
        version.returned_on, version.returned_by = today or date.today(), actor.id
        version.return_comment = comment.strip()


def plan_in_force_unmet_reasons(ctx: ServiceContext, version_id: uuid.UUID) -> list[str]:
    """Why a version is not in force yet, in the agent's words (empty: it is)."""
    with ctx.reading() as session:
        version, case = _version(session, version_id, writable=False)
        unmet = in_force_unmet(version.signatories, _signed_person_ids(session, version),
                               version.validated_on is not None,
                               case.court_proceedings_pending, case.judicial_request_on)
        return [u.text.render() for u in unmet]


def _settle(session: Session, case: Case, version: PlanVersion) -> PlanState:
    """Put the version in the state its signatures and validation give it (art. 4)."""
    signed = _signed_person_ids(session, version)
    all_signed = {s["person_id"] for s in version.signatories} <= {str(p) for p in signed}
    unmet = in_force_unmet(version.signatories, signed, version.validated_on is not None,
                           case.court_proceedings_pending, case.judicial_request_on)
    if not unmet:
        assert version.validated_on is not None
        previous = plan_in_force(session, case.id)
        last_signature = session.scalar(select(func.max(PlanSignature.signed_on)).where(
            PlanSignature.plan_version_id == version.id))
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


def _signed_person_ids(session: Session, version: PlanVersion) -> set[uuid.UUID]:
    return set(session.scalars(select(PlanSignature.person_id).where(
        PlanSignature.plan_version_id == version.id, PlanSignature.deleted_at.is_(None))))


def _version(session: Session, version_id: uuid.UUID, *,
             writable: bool = True) -> tuple[PlanVersion, Case]:
    version = live(session, PlanVersion, version_id)
    case = (writable_case(session, version.case_id, PLAN_STEP) if writable
            else session.get(Case, version.case_id))
    assert case is not None
    return version, case


def _validator(session: Session, ctx: ServiceContext) -> User:
    actor = session.get(User, ctx.actor_id) if ctx.actor_id else None
    require(validator_unmet(actor is not None and actor.role is UserRole.VALIDATOR))
    assert actor is not None
    return actor


def _require_awaiting_validation(version: PlanVersion) -> None:
    require(awaiting_validation_unmet(version.number, version.state is PlanState.RETURNED,
                                      version.state in AWAITING_VALIDATION))


def _require_draft(version: PlanVersion) -> None:
    require(draft_unmet(version.number, version.state is PlanState.DRAFT))
