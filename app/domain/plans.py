"""Step 4, the intervention plan (projet d'intervention): frozen versions, who must sign them,
the signatures, the ONE's validation, reviews and requests for review or revocation (art. 4, 6).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column
from app.domain.snapshot import PlanSnapshot, SignatoryEntry


class PlanState(StrEnum):
    """A version's life: draft -> ready to sign -> signed / validated -> in force -> superseded,
    revoked or ended. Signatures and the ONE's validation are independent facts; a version is in
    force only once it has both (art. 4), whatever order they came in."""

    DRAFT = "draft"
    READY_TO_SIGN = "ready_to_sign"
    SIGNED = "signed"  # every required signature, validation awaited
    VALIDATED = "validated"  # validated by the ONE, signatures still missing
    IN_FORCE = "in_force"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"
    ENDED = "ended"  # the dossier was closed while this version was in force
    #: Not validated: the ONE sent it back with a comment; the agent prepares a new version.
    RETURNED = "returned"
    #: Set aside before anyone signed it (the family refused it, a mistake): kept, never
    #: printed again.
    DISCARDED = "discarded"

    @property
    def is_frozen(self) -> bool:
        return self is not PlanState.DRAFT


#: A frozen version the ONE has to validate or return (art. 4).
AWAITING_VALIDATION = (PlanState.READY_TO_SIGN, PlanState.SIGNED)
#: Fields of a version that never change once it left the draft state.
FROZEN_PLAN_FIELDS = frozenset({"case_id", "number", "snapshot", "signatories"})


class PlanVersion(SyncedRecord, Base):
    """One version of the plan. ``snapshot`` freezes objectives, measures and stakeholder roles;
    ``signatories`` freezes who must sign (computed from the family constellation)."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("case_id", "number"),)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[PlanState] = mapped_column(enum_column(PlanState), default=PlanState.DRAFT,
                                             index=True)
    snapshot: Mapped[PlanSnapshot] = mapped_column(JSON, default=dict)
    signatories: Mapped[list[SignatoryEntry]] = mapped_column(JSON, default=list)
    prepared_on: Mapped[date] = mapped_column(Date)
    frozen_on: Mapped[date | None] = mapped_column(Date, default=None)
    validated_on: Mapped[date | None] = mapped_column(Date, default=None)
    validated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"),
                                                           default=None)
    in_force_since: Mapped[date | None] = mapped_column(Date, default=None)
    #: Art. 6: next review at the latest; kept here so due and overdue lists are index scans.
    review_due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    #: The ONE's return of a version it does not validate: when, by whom and why.
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    returned_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"),
                                                          default=None)
    return_comment: Mapped[str] = mapped_column(Text, default="")

    def refused_change(self, changes: Mapping[str, list[Any]]) -> str | None:
        previous_state = changes["state"][0] if "state" in changes else self.state
        if PlanState(previous_state).is_frozen and FROZEN_PLAN_FIELDS & set(changes):
            return "a plan version is never edited once ready to sign; make a new version"
        return None


class DiscernmentJudgement(SyncedRecord, Base):
    """The CPI's judgement whether a child is able to judge (capable de discernement), with its
    date and reason: not an age rule. The latest one counts; earlier ones stay as history."""

    __tablename__ = "discernment_judgement"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    capable: Mapped[bool] = mapped_column(Boolean)
    judged_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class SignatoryCapacity(StrEnum):
    """Why someone signs (art. 4)."""

    PARENT = "parent"  # parent holding parental authority
    LEGAL_REPRESENTATIVE = "legal_representative"
    CHILD = "child"  # child able to judge
    YOUNG_ADULT = "young_adult"  # signs alone


class PlanSignature(SyncedRecord, Base):
    """A signature given on the printed plan (append-only)."""

    __tablename__ = "plan_signature"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    capacity: Mapped[SignatoryCapacity] = mapped_column(enum_column(SignatoryCapacity))
    signed_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")


class PlanReview(SyncedRecord, Base):
    """A re-examination of the plan in force (art. 6: at least every 12 months)."""

    __tablename__ = "plan_review"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    conclusion: Mapped[str] = mapped_column(Text)


class ReviewRequestKind(StrEnum):
    REVIEW = "review"  # réexamen
    REVOCATION = "revocation"  # révocation


class ReviewRequestOutcome(StrEnum):
    PENDING = "pending"
    PLAN_CONFIRMED = "plan_confirmed"
    NEW_VERSION = "new_version"
    PLAN_REVOKED = "plan_revoked"
    WITHDRAWN = "withdrawn"


class PlanReviewRequest(SyncedRecord, Base):
    """Art. 4: the child, parents or legal representatives may ask at any time for a review or
    the revocation of the plan; the request and its outcome are recorded."""

    __tablename__ = "plan_review_request"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    plan_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_version.id"), index=True)
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[ReviewRequestKind] = mapped_column(enum_column(ReviewRequestKind))
    requested_on: Mapped[date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[ReviewRequestOutcome] = mapped_column(
        enum_column(ReviewRequestOutcome), default=ReviewRequestOutcome.PENDING)
    outcome_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
