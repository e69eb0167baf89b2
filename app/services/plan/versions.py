"""Step 4, the intervention plan: versions prepared, frozen for signature, signed, validated by
the ONE and in force (art. 4), each change a new version."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
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
from app.rules import Unmet, require
from app.rules.ages import AgeGroup, AgeLimitAt, age_group, age_limit_unmet
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
from app.rules.presence import record_unmet
from app.rules.reviews import discard_reason_unmet
from app.rules.signatories import in_force_unmet, required_signatories
from app.rules.workflow import planning_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import (
    case_facts,
    family_facts,
    live_persons,
    version_in_preparation,
)
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome
from app.services.plan.settling import settle_version, signed_person_ids
from app.services.plan.snapshot import build_snapshot
from app.services.steps.workflow import move_if_allowed

PLAN_STEP = 4
FOLLOW_UP_STEP = 5


def prepare_plan_version(ctx: ServiceContext, case_id: uuid.UUID, *,
                         today: date | None = None) -> uuid.UUID:
    """Start a new version (a draft) from the current objectives, measures and roles."""
    with ctx.transaction("prepare_plan_version") as session:
        return _prepare(session, case_id, today or date.today())


def _prepare(session: Session, case_id: uuid.UUID, today: date) -> uuid.UUID:
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
    with ctx.transaction("mark_ready_to_sign") as session:
        _mark_ready(session, version_id, today or date.today())


def _mark_ready(session: Session, version_id: uuid.UUID, today: date) -> None:
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
        if signed_person_ids(session, version) or version.validated_on is not None:
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
        return _judge(session, case_id, DiscernmentInput(person_id, capable, judged_on, reason))


@dataclass(frozen=True)
class DiscernmentInput:
    """The CPI's judgement whether a child is able to judge (and so signs the plan)."""

    person_id: uuid.UUID
    capable: bool
    judged_on: date
    reason: str


def _judge(session: Session, case_id: uuid.UUID, data: DiscernmentInput) -> uuid.UUID:
    require(discernment_reason_unmet(data.reason))
    writable_case(session, case_id)
    person = live(session, Person, data.person_id)
    in_case(person, case_id)
    require(discernment_person_unmet(
        person.role.is_beneficiary and person.birth_date is not None
        and age_group(person.birth_date, data.judged_on) is AgeGroup.CHILD))
    judgement = DiscernmentJudgement(case_id=case_id, person_id=data.person_id,
                                     capable=data.capable, judged_on=data.judged_on,
                                     reason=data.reason.strip())
    session.add(judgement)
    session.flush()
    return judgement.id


@dataclass(frozen=True)
class FreezeInput:
    """What the plan wizard freezes with: the judgements of discernment given (or changed)
    on its first page."""

    judgements: tuple[DiscernmentInput, ...] = ()


def freeze_plan_version(ctx: ServiceContext, case_id: uuid.UUID, data: FreezeInput, *,
                        today: date | None = None) -> uuid.UUID:
    """The plan wizard leaves its version page: the judgements, a new version prepared
    unless one is in preparation, and the draft frozen for signature, in one transaction
    (a version that cannot be frozen leaves no judgement and no draft behind). Returns the
    version to sign."""
    today = today or date.today()
    with ctx.transaction("freeze_plan_version") as session:
        writable_case(session, case_id, PLAN_STEP)
        for judgement in data.judgements:
            _judge(session, case_id, judgement)
        session.flush()
        pending = version_in_preparation(session, case_id)
        version_id = pending.id if pending is not None else _prepare(session, case_id, today)
        if pending is None or pending.state is PlanState.DRAFT:
            _mark_ready(session, version_id, today)
        return version_id


def record_signature(ctx: ServiceContext, version_id: uuid.UUID, person_id: uuid.UUID,
                     signed_on: date, place: str = "", *, today: date | None = None) -> PlanState:
    """Record a signature given on the printed version; returns the version's new state."""
    with ctx.transaction("record_signature") as session:
        return _sign(session, version_id, SignatureInput(person_id, signed_on, place),
                     today or date.today())


@dataclass(frozen=True)
class SignatureInput:
    """A signature given on the printed version, with its day and place."""

    person_id: uuid.UUID
    signed_on: date
    place: str = ""


def _sign(session: Session, version_id: uuid.UUID, data: SignatureInput,
          today: date) -> PlanState:
    version, case = _version(session, version_id)
    wanted = {s["person_id"]: s for s in version.signatories}
    signatory = wanted.get(str(data.person_id))
    require([*signature_unmet(
        version.number, version.state in (PlanState.READY_TO_SIGN, PlanState.VALIDATED),
        signatory["name"] if signatory is not None else None,
        data.person_id in signed_person_ids(session, version), data.signed_on,
        version.frozen_on, today),
        *_age_limit(session, version, AgeLimitAt.SIGNATURE, data.signed_on)])
    assert signatory is not None
    session.add(PlanSignature(case_id=case.id, plan_version_id=version.id,
                              person_id=data.person_id, capacity=signatory["capacity"],
                              signed_on=data.signed_on, place=data.place.strip()))
    session.flush()
    return settle_version(session, case, version)


@dataclass(frozen=True)
class SignaturesGiven:
    """What the plan wizard records at the family's table: the signatures given on the
    printed ``version_id`` (None: no version to sign)."""

    version_id: uuid.UUID | None
    signatures: tuple[SignatureInput, ...] = ()


def record_signatures(ctx: ServiceContext, case_id: uuid.UUID, given: SignaturesGiven, *,
                      today: date | None = None) -> StepOutcome:
    """The plan wizard finished: every signature given, then, for a dossier at step 4, the
    move to the follow-up (step 5), in one transaction. One refused signature records none;
    a version not in force yet (the ONE's validation comes later) keeps the signatures and
    the outcome says why the dossier stays (art. 4)."""
    today = today or date.today()
    with ctx.transaction("record_signatures") as session:
        case = writable_case(session, case_id, PLAN_STEP)
        if given.signatures:
            require(record_unmet(given.version_id is not None))
            assert given.version_id is not None
            version, _case = _version(session, given.version_id)
            in_case(version, case_id)
            for signature in given.signatures:
                _sign(session, version.id, signature, today)
        target = FOLLOW_UP_STEP if case.current_step == PLAN_STEP else None
        return move_if_allowed(session, case, target, today)


def validate_plan(ctx: ServiceContext, version_id: uuid.UUID, validated_on: date) -> PlanState:
    """The ONE validates a frozen version; returns the version's new state."""
    with ctx.transaction("validate_plan") as session:
        actor = _validator(session, ctx)
        version, case = _version(session, version_id)
        _require_awaiting_validation(version)
        require([*validation_date_unmet(version.frozen_on, validated_on),
                 *_age_limit(session, version, AgeLimitAt.VALIDATION, validated_on)])
        version.validated_on, version.validated_by = validated_on, actor.id
        return settle_version(session, case, version)


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
        unmet = in_force_unmet(version.signatories, signed_person_ids(session, version),
                               version.validated_on is not None,
                               case.court_proceedings_pending, case.judicial_request_on)
        return [u.text.render() for u in unmet]


def _age_limit(session: Session, version: PlanVersion, at: AgeLimitAt,
               on: date) -> list[Unmet]:
    """Art. 3 again after freezing: a signature or the validation that would make the version
    take effect once one of its beneficiaries is 27 is refused (their birth date as the dossier
    holds it now, a correction included)."""
    frozen = {b["id"] for b in version.snapshot.get("beneficiaries", [])}
    return [unmet for person in live_persons(session, version.case_id)
            if person.role.is_beneficiary and (not frozen or str(person.id) in frozen)
            for unmet in age_limit_unmet(at, person.full_name, person.birth_date, on)]


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
