"""How the values of the domain read on screen (French first, German complete)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from app.domain import (
    ClosureReason,
    ContactChannel,
    DossierDocumentKind,
    EvaluationOutcome,
    Horizon,
    ObjectiveStatus,
    PersonRole,
    PlanState,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    SignatoryCapacity,
    StakeholderKind,
    UserRole,
)
from ui.qt import QCoreApplication


def label(value: StrEnum) -> str:
    """The on-screen label of an enum member (the views carry members, never their values:
    "child" is both a person's role and a signatory's capacity)."""
    return _LABELS[(type(value), value)]()


#: Keyed by (enum, member): members of different enums with the same value ("child" is a
#: person's role and a signatory's capacity) compare equal and would overwrite each other.
_LABELS: dict[tuple[type[StrEnum], StrEnum], Callable[[], str]] = {
    (PlanState, PlanState.DRAFT): lambda: QCoreApplication.translate("Labels", "draft"),
    (PlanState, PlanState.READY_TO_SIGN): lambda: QCoreApplication.translate(
        "Labels", "ready to sign"),
    (PlanState, PlanState.SIGNED): lambda: QCoreApplication.translate(
        "Labels", "signed, awaiting validation"),
    (PlanState, PlanState.VALIDATED): lambda: QCoreApplication.translate(
        "Labels", "validated, awaiting signatures"),
    (PlanState, PlanState.IN_FORCE): lambda: QCoreApplication.translate("Labels", "in force"),
    (PlanState, PlanState.SUPERSEDED): lambda: QCoreApplication.translate("Labels", "superseded"),
    (PlanState, PlanState.REVOKED): lambda: QCoreApplication.translate("Labels", "revoked"),
    (PlanState, PlanState.ENDED): lambda: QCoreApplication.translate("Labels", "ended"),
    (PlanState, PlanState.DISCARDED): lambda: QCoreApplication.translate(
        "Labels", "discarded before signature"),
    (PlanState, PlanState.RETURNED): lambda: QCoreApplication.translate(
        "Labels", "returned by the ONE"),
    (Horizon, Horizon.SHORT): lambda: QCoreApplication.translate("Labels", "short term"),
    (Horizon, Horizon.MEDIUM): lambda: QCoreApplication.translate("Labels", "medium term"),
    (Horizon, Horizon.LONG): lambda: QCoreApplication.translate("Labels", "long term"),
    (ObjectiveStatus, ObjectiveStatus.ACTIVE): lambda: QCoreApplication.translate(
        "Labels", "active"),
    (ObjectiveStatus, ObjectiveStatus.ACHIEVED): lambda: QCoreApplication.translate(
        "Labels", "achieved"),
    (ObjectiveStatus, ObjectiveStatus.ABANDONED): lambda: QCoreApplication.translate(
        "Labels", "abandoned"),
    (ObjectiveStatus, ObjectiveStatus.REFORMULATED): lambda: QCoreApplication.translate(
        "Labels", "reformulated"),
    (EvaluationOutcome, EvaluationOutcome.CONTINUE): lambda: QCoreApplication.translate(
        "Labels", "continue"),
    (EvaluationOutcome, EvaluationOutcome.REPLAN_MEASURES): lambda: QCoreApplication.translate(
        "Labels", "re-plan the measures"),
    (EvaluationOutcome, EvaluationOutcome.REWRITE_PLAN): lambda: QCoreApplication.translate(
        "Labels", "rewrite the plan"),
    (EvaluationOutcome, EvaluationOutcome.CLOSE): lambda: QCoreApplication.translate(
        "Labels", "close"),
    (ContactChannel, ContactChannel.HOME_VISIT): lambda: QCoreApplication.translate(
        "Labels", "home visit"),
    (ContactChannel, ContactChannel.OFFICE_MEETING): lambda: QCoreApplication.translate(
        "Labels", "meeting at the office"),
    (ContactChannel, ContactChannel.TELEPHONE): lambda: QCoreApplication.translate(
        "Labels", "telephone"),
    (ContactChannel, ContactChannel.EMAIL): lambda: QCoreApplication.translate("Labels", "e-mail"),
    (ContactChannel, ContactChannel.LETTER): lambda: QCoreApplication.translate("Labels", "letter"),
    (ContactChannel, ContactChannel.MEETING_ELSEWHERE): lambda: QCoreApplication.translate(
        "Labels", "meeting elsewhere"),
    (ClosureReason, ClosureReason.OBJECTIVES_REACHED): lambda: QCoreApplication.translate(
        "Labels", "objectives reached"),
    (ClosureReason, ClosureReason.FAMILY_WITHDREW): lambda: QCoreApplication.translate(
        "Labels", "the family ended the aid"),
    (ClosureReason, ClosureReason.JUDICIAL_TAKEOVER): lambda: QCoreApplication.translate(
        "Labels", "taken over by the judicial authority (art. 5)"),
    (ClosureReason, ClosureReason.MOVED_ABROAD): lambda: QCoreApplication.translate(
        "Labels", "moved abroad"),
    (ClosureReason, ClosureReason.AGE_LIMIT): lambda: QCoreApplication.translate(
        "Labels", "the young adult turned 27 (art. 3)"),
    (ClosureReason, ClosureReason.OTHER_SERVICE): lambda: QCoreApplication.translate(
        "Labels", "handed over to another service"),
    (ClosureReason, ClosureReason.OTHER): lambda: QCoreApplication.translate(
        "Labels", "other reason"),
    (PersonRole, PersonRole.CHILD): lambda: QCoreApplication.translate("Labels", "child"),
    (PersonRole, PersonRole.YOUNG_ADULT): lambda: QCoreApplication.translate(
        "Labels", "young adult"),
    (PersonRole, PersonRole.PARENT): lambda: QCoreApplication.translate("Labels", "parent"),
    (PersonRole, PersonRole.OTHER_RELATIVE): lambda: QCoreApplication.translate(
        "Labels", "other relative"),
    (RelationshipKind, RelationshipKind.PARENT): lambda: QCoreApplication.translate(
        "Labels", "parent of"),
    (RelationshipKind, RelationshipKind.STEP_PARENT): lambda: QCoreApplication.translate(
        "Labels", "step-parent of"),
    (RelationshipKind, RelationshipKind.FOSTER_PARENT): lambda: QCoreApplication.translate(
        "Labels", "foster parent of"),
    (RelationshipKind, RelationshipKind.GRANDPARENT): lambda: QCoreApplication.translate(
        "Labels", "grandparent of"),
    (RelationshipKind, RelationshipKind.SIBLING): lambda: QCoreApplication.translate(
        "Labels", "sibling of"),
    (RelationshipKind, RelationshipKind.HALF_SIBLING): lambda: QCoreApplication.translate(
        "Labels", "half-sibling of"),
    (RelationshipKind, RelationshipKind.GUARDIAN): lambda: QCoreApplication.translate(
        "Labels", "guardian of"),
    (RelationshipKind, RelationshipKind.ADMINISTRATOR): lambda: QCoreApplication.translate(
        "Labels", "legal administrator of"),
    (RelationshipKind, RelationshipKind.PARTNER): lambda: QCoreApplication.translate(
        "Labels", "partner of"),
    (RelationshipKind, RelationshipKind.OTHER): lambda: QCoreApplication.translate(
        "Labels", "related to"),
    (RequestChannel, RequestChannel.TELEPHONE_PERMANENCE): lambda: QCoreApplication.translate(
        "Labels", "telephone permanence"),
    (RequestChannel, RequestChannel.WALK_IN_PERMANENCE): lambda: QCoreApplication.translate(
        "Labels", "Tuesday walk-in permanence"),
    (RequestChannel, RequestChannel.LETTER_OR_EMAIL): lambda: QCoreApplication.translate(
        "Labels", "letter or e-mail"),
    (RequestChannel, RequestChannel.REFERRAL_SCHOOL): lambda: QCoreApplication.translate(
        "Labels", "referral by the school"),
    (RequestChannel, RequestChannel.REFERRAL_DOCTOR): lambda: QCoreApplication.translate(
        "Labels", "referral by a doctor"),
    (RequestChannel, RequestChannel.REFERRAL_YOUTH_COURT): lambda: QCoreApplication.translate(
        "Labels", "referral by the youth court"),
    (RequestChannel, RequestChannel.REFERRAL_OTHER_PROFESSIONAL):
        lambda: QCoreApplication.translate("Labels", "referral by another professional"),
    (RequesterKind, RequesterKind.CHILD): lambda: QCoreApplication.translate("Labels", "the child"),
    (RequesterKind, RequesterKind.YOUNG_ADULT): lambda: QCoreApplication.translate(
        "Labels", "the young adult"),
    (RequesterKind, RequesterKind.PARENT): lambda: QCoreApplication.translate("Labels", "a parent"),
    (RequesterKind, RequesterKind.LEGAL_REPRESENTATIVE): lambda: QCoreApplication.translate(
        "Labels", "the legal representative"),
    (RequesterKind, RequesterKind.OTHER_RELATIVE): lambda: QCoreApplication.translate(
        "Labels", "another relative"),
    (RequesterKind, RequesterKind.PROFESSIONAL): lambda: QCoreApplication.translate(
        "Labels", "a professional"),
    (RequesterKind, RequesterKind.JUDICIAL_AUTHORITY): lambda: QCoreApplication.translate(
        "Labels", "the judicial authority"),
    (SignatoryCapacity, SignatoryCapacity.PARENT): lambda: QCoreApplication.translate(
        "Labels", "parent"),
    (SignatoryCapacity, SignatoryCapacity.LEGAL_REPRESENTATIVE): lambda: QCoreApplication.translate(
        "Labels", "legal representative"),
    (SignatoryCapacity, SignatoryCapacity.CHILD): lambda: QCoreApplication.translate(
        "Labels", "child able to judge"),
    (SignatoryCapacity, SignatoryCapacity.YOUNG_ADULT): lambda: QCoreApplication.translate(
        "Labels", "young adult"),
    (UserRole, UserRole.AGENT): lambda: QCoreApplication.translate(
        "Labels", "project coordinator (CPI)"),
    (UserRole, UserRole.OFFICE_CLERK): lambda: QCoreApplication.translate(
        "Labels", "regional office staff"),
    (UserRole, UserRole.OFFICE_LEAD): lambda: QCoreApplication.translate(
        "Labels", "head of the regional office"),
    (UserRole, UserRole.VALIDATOR): lambda: QCoreApplication.translate(
        "Labels", "validator of the ONE"),
    (UserRole, UserRole.ONE_ADMIN): lambda: QCoreApplication.translate(
        "Labels", "administrator of the ONE"),
    (StakeholderKind, StakeholderKind.SCHOOL): lambda: QCoreApplication.translate(
        "Labels", "school"),
    (StakeholderKind, StakeholderKind.DOCTOR): lambda: QCoreApplication.translate(
        "Labels", "doctor"),
    (StakeholderKind, StakeholderKind.PSYCHOLOGIST): lambda: QCoreApplication.translate(
        "Labels", "psychologist"),
    (StakeholderKind, StakeholderKind.SOCIAL_SERVICE): lambda: QCoreApplication.translate(
        "Labels", "social service"),
    (StakeholderKind, StakeholderKind.YOUTH_COURT): lambda: QCoreApplication.translate(
        "Labels", "youth court"),
    (StakeholderKind, StakeholderKind.PROVIDER): lambda: QCoreApplication.translate(
        "Labels", "provider"),
    (StakeholderKind, StakeholderKind.OTHER): lambda: QCoreApplication.translate(
        "Labels", "other professional"),
    (DossierDocumentKind, DossierDocumentKind.COURT_ORDER): lambda: QCoreApplication.translate(
        "Labels", "court order"),
    (DossierDocumentKind, DossierDocumentKind.SCHOOL_REPORT): lambda: QCoreApplication.translate(
        "Labels", "report from the school"),
    (DossierDocumentKind, DossierDocumentKind.MEDICAL_REPORT): lambda: QCoreApplication.translate(
        "Labels", "medical report"),
    (DossierDocumentKind, DossierDocumentKind.PROVIDER_REPORT):
        lambda: QCoreApplication.translate("Labels", "report from a provider"),
    (DossierDocumentKind, DossierDocumentKind.IDENTITY_DOCUMENT):
        lambda: QCoreApplication.translate("Labels", "identity document"),
    (DossierDocumentKind, DossierDocumentKind.LETTER_RECEIVED):
        lambda: QCoreApplication.translate("Labels", "letter received"),
    (DossierDocumentKind, DossierDocumentKind.OTHER): lambda: QCoreApplication.translate(
        "Labels", "other document"),
}
