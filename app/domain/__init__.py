"""The domain model: typed SQLAlchemy 2 tables of the CPI's work, shared by app and server."""

from app.domain.agenda import (
    AgentTask,
    Appointment,
    AppointmentKind,
    AppointmentState,
    PlaceType,
    TaskState,
)
from app.domain.anonymisation import PersonAnonymisation
from app.domain.assessment import Horizon, Objective, ObjectiveStatus, PersonAssessment
from app.domain.base import Base, SyncedRecord, new_id
from app.domain.cases import (
    AidFrame,
    Case,
    CaseState,
    DocumentLanguage,
    Request,
    RequestChannel,
    RequesterKind,
)
from app.domain.closure import CaseClosure, CaseReopening, ClosureReason, DossierConsultation
from app.domain.conflicts import SyncConflict
from app.domain.coordination import CaseConference, ContactChannel, ContactLogEntry
from app.domain.dossier_documents import DossierDocument, DossierDocumentKind
from app.domain.drafts import NO_CASE, WizardDraft
from app.domain.evaluation import (
    Evaluation,
    EvaluationOutcome,
    MeasureAppraisal,
    ObjectiveProgress,
)
from app.domain.history import DossierHistoryEntry
from app.domain.measures import MeasureInterruption, MeasureObjectiveLink, PlannedMeasure
from app.domain.office import CaseloadCover, CaseTransferRequest
from app.domain.organisation import Office, User, UserRole
from app.domain.people import Person, PersonRole, Relationship, RelationshipKind
from app.domain.plans import (
    DiscernmentJudgement,
    PlanReview,
    PlanReviewRequest,
    PlanSignature,
    PlanState,
    PlanVersion,
    ReviewRequestKind,
    ReviewRequestOutcome,
    SignatoryCapacity,
)
from app.domain.providers import Provider, ProviderAgrement, Stakeholder, StakeholderKind
from app.domain.reference import ForfaitRef, MeasureTypeRef
from app.domain.scans import SignedScan
from app.domain.sync_log import AuditEntry, DeviceState, OutboxEntry
from app.domain.sync_state import AnsweredChange, RejectedChange, SyncCursor, SyncState

__all__ = [
    "NO_CASE",
    "AgentTask",
    "AidFrame",
    "AnsweredChange",
    "Appointment",
    "AppointmentKind",
    "AppointmentState",
    "AuditEntry",
    "Base",
    "Case",
    "CaseClosure",
    "CaseConference",
    "CaseReopening",
    "CaseState",
    "CaseTransferRequest",
    "CaseloadCover",
    "ClosureReason",
    "ContactChannel",
    "ContactLogEntry",
    "DeviceState",
    "DiscernmentJudgement",
    "DocumentLanguage",
    "DossierConsultation",
    "DossierDocument",
    "DossierDocumentKind",
    "DossierHistoryEntry",
    "Evaluation",
    "EvaluationOutcome",
    "ForfaitRef",
    "Horizon",
    "MeasureAppraisal",
    "MeasureInterruption",
    "MeasureObjectiveLink",
    "MeasureTypeRef",
    "Objective",
    "ObjectiveProgress",
    "ObjectiveStatus",
    "Office",
    "OutboxEntry",
    "Person",
    "PersonAnonymisation",
    "PersonAssessment",
    "PersonRole",
    "PlaceType",
    "PlanReview",
    "PlanReviewRequest",
    "PlanSignature",
    "PlanState",
    "PlanVersion",
    "PlannedMeasure",
    "Provider",
    "ProviderAgrement",
    "RejectedChange",
    "Relationship",
    "RelationshipKind",
    "Request",
    "RequestChannel",
    "RequesterKind",
    "ReviewRequestKind",
    "ReviewRequestOutcome",
    "SignatoryCapacity",
    "SignedScan",
    "Stakeholder",
    "StakeholderKind",
    "SyncConflict",
    "SyncCursor",
    "SyncState",
    "SyncedRecord",
    "TaskState",
    "User",
    "UserRole",
    "WizardDraft",
    "new_id",
]
