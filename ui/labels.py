"""How the values of the domain read on screen (French first, German complete)."""

from __future__ import annotations

from enum import StrEnum

from app.domain import (
    ContactChannel,
    EvaluationOutcome,
    Horizon,
    ObjectiveStatus,
    PersonRole,
    PlanState,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    SignatoryCapacity,
)
from ui.qt import QCoreApplication


def label(value: StrEnum | str) -> str:
    """The on-screen label of an enum member (or of its stored value)."""
    for enum in (PlanState, Horizon, ObjectiveStatus, EvaluationOutcome, ContactChannel,
                 PersonRole, RelationshipKind, RequestChannel, RequesterKind,
                 SignatoryCapacity):
        try:
            member = enum(value)
        except ValueError:
            continue
        return _LABELS[member]()
    return str(value)


_LABELS = {
    PlanState.DRAFT: lambda: QCoreApplication.translate("Labels", "draft"),
    PlanState.READY_TO_SIGN: lambda: QCoreApplication.translate("Labels", "ready to sign"),
    PlanState.SIGNED: lambda: QCoreApplication.translate("Labels", "signed, awaiting validation"),
    PlanState.VALIDATED: lambda: QCoreApplication.translate(
        "Labels", "validated, awaiting signatures"),
    PlanState.IN_FORCE: lambda: QCoreApplication.translate("Labels", "in force"),
    PlanState.SUPERSEDED: lambda: QCoreApplication.translate("Labels", "superseded"),
    PlanState.REVOKED: lambda: QCoreApplication.translate("Labels", "revoked"),
    PlanState.ENDED: lambda: QCoreApplication.translate("Labels", "ended"),
    Horizon.SHORT: lambda: QCoreApplication.translate("Labels", "short term"),
    Horizon.MEDIUM: lambda: QCoreApplication.translate("Labels", "medium term"),
    Horizon.LONG: lambda: QCoreApplication.translate("Labels", "long term"),
    ObjectiveStatus.ACTIVE: lambda: QCoreApplication.translate("Labels", "active"),
    ObjectiveStatus.ACHIEVED: lambda: QCoreApplication.translate("Labels", "achieved"),
    ObjectiveStatus.ABANDONED: lambda: QCoreApplication.translate("Labels", "abandoned"),
    ObjectiveStatus.REFORMULATED: lambda: QCoreApplication.translate("Labels", "reformulated"),
    EvaluationOutcome.CONTINUE: lambda: QCoreApplication.translate("Labels", "continue"),
    EvaluationOutcome.REPLAN_MEASURES: lambda: QCoreApplication.translate(
        "Labels", "re-plan the measures"),
    EvaluationOutcome.REWRITE_PLAN: lambda: QCoreApplication.translate(
        "Labels", "rewrite the plan"),
    EvaluationOutcome.CLOSE: lambda: QCoreApplication.translate("Labels", "close"),
    ContactChannel.HOME_VISIT: lambda: QCoreApplication.translate("Labels", "home visit"),
    ContactChannel.OFFICE_MEETING: lambda: QCoreApplication.translate(
        "Labels", "meeting at the office"),
    ContactChannel.TELEPHONE: lambda: QCoreApplication.translate("Labels", "telephone"),
    ContactChannel.EMAIL: lambda: QCoreApplication.translate("Labels", "e-mail"),
    ContactChannel.LETTER: lambda: QCoreApplication.translate("Labels", "letter"),
    ContactChannel.MEETING_ELSEWHERE: lambda: QCoreApplication.translate(
        "Labels", "meeting elsewhere"),
    PersonRole.CHILD: lambda: QCoreApplication.translate("Labels", "child"),
    PersonRole.YOUNG_ADULT: lambda: QCoreApplication.translate("Labels", "young adult"),
    PersonRole.PARENT: lambda: QCoreApplication.translate("Labels", "parent"),
    PersonRole.OTHER_RELATIVE: lambda: QCoreApplication.translate("Labels", "other relative"),
    RelationshipKind.PARENT: lambda: QCoreApplication.translate("Labels", "parent of"),
    RelationshipKind.STEP_PARENT: lambda: QCoreApplication.translate("Labels", "step-parent of"),
    RelationshipKind.FOSTER_PARENT: lambda: QCoreApplication.translate(
        "Labels", "foster parent of"),
    RelationshipKind.GRANDPARENT: lambda: QCoreApplication.translate("Labels", "grandparent of"),
    RelationshipKind.SIBLING: lambda: QCoreApplication.translate("Labels", "sibling of"),
    RelationshipKind.HALF_SIBLING: lambda: QCoreApplication.translate("Labels", "half-sibling of"),
    RelationshipKind.GUARDIAN: lambda: QCoreApplication.translate("Labels", "guardian of"),
    RelationshipKind.ADMINISTRATOR: lambda: QCoreApplication.translate(
        "Labels", "legal administrator of"),
    RelationshipKind.PARTNER: lambda: QCoreApplication.translate("Labels", "partner of"),
    RelationshipKind.OTHER: lambda: QCoreApplication.translate("Labels", "related to"),
    RequestChannel.TELEPHONE_PERMANENCE: lambda: QCoreApplication.translate(
        "Labels", "telephone permanence"),
    RequestChannel.WALK_IN_PERMANENCE: lambda: QCoreApplication.translate(
        "Labels", "Tuesday walk-in permanence"),
    RequestChannel.LETTER_OR_EMAIL: lambda: QCoreApplication.translate(
        "Labels", "letter or e-mail"),
    RequestChannel.REFERRAL_SCHOOL: lambda: QCoreApplication.translate(
        "Labels", "referral by the school"),
    RequestChannel.REFERRAL_DOCTOR: lambda: QCoreApplication.translate(
        "Labels", "referral by a doctor"),
    RequestChannel.REFERRAL_YOUTH_COURT: lambda: QCoreApplication.translate(
        "Labels", "referral by the youth court"),
    RequestChannel.REFERRAL_OTHER_PROFESSIONAL: lambda: QCoreApplication.translate(
        "Labels", "referral by another professional"),
    RequesterKind.CHILD: lambda: QCoreApplication.translate("Labels", "the child"),
    RequesterKind.YOUNG_ADULT: lambda: QCoreApplication.translate("Labels", "the young adult"),
    RequesterKind.PARENT: lambda: QCoreApplication.translate("Labels", "a parent"),
    RequesterKind.LEGAL_REPRESENTATIVE: lambda: QCoreApplication.translate(
        "Labels", "the legal representative"),
    RequesterKind.OTHER_RELATIVE: lambda: QCoreApplication.translate(
        "Labels", "another relative"),
    RequesterKind.PROFESSIONAL: lambda: QCoreApplication.translate("Labels", "a professional"),
    RequesterKind.JUDICIAL_AUTHORITY: lambda: QCoreApplication.translate(
        "Labels", "the judicial authority"),
    SignatoryCapacity.PARENT: lambda: QCoreApplication.translate("Labels", "parent"),
    SignatoryCapacity.LEGAL_REPRESENTATIVE: lambda: QCoreApplication.translate(
        "Labels", "legal representative"),
    SignatoryCapacity.CHILD: lambda: QCoreApplication.translate("Labels", "child able to judge"),
    SignatoryCapacity.YOUNG_ADULT: lambda: QCoreApplication.translate("Labels", "young adult"),
}
