"""The domain model: typed SQLAlchemy 2 tables of the CPI's work, shared by app and server."""

from app.domain.base import Base, SyncedRecord, new_id
from app.domain.cases import AidFrame, Case, CaseState, Request, RequestChannel, RequesterKind
from app.domain.organisation import Office, User, UserRole
from app.domain.people import Person, PersonRole, Relationship, RelationshipKind
from app.domain.providers import Provider, Stakeholder, StakeholderKind
from app.domain.reference import ForfaitRef, MeasureTypeRef
from app.domain.sync_log import AuditEntry, DeviceState, OutboxEntry

__all__ = [
    "AidFrame", "AuditEntry", "Base", "Case", "CaseState", "DeviceState", "ForfaitRef",
    "MeasureTypeRef", "Office", "OutboxEntry", "Person", "PersonRole", "Provider",
    "Relationship", "RelationshipKind", "Request", "RequestChannel", "RequesterKind",
    "Stakeholder", "StakeholderKind", "SyncedRecord", "User", "UserRole", "new_id",
]
