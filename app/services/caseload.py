"""Reading the caseload and one dossier, as plain values for the screens."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import (
    AidFrame,
    Case,
    CaseState,
    Office,
    Person,
    PersonRole,
    Relationship,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    Stakeholder,
)
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.context import ServiceContext


@dataclass(frozen=True)
class CaseloadRow:
    case_id: uuid.UUID
    number: str
    family_name: str
    beneficiaries: tuple[str, ...]
    office_locality: str
    current_step: int
    state: CaseState
    aid_frame: AidFrame
    opened_on: date


@dataclass(frozen=True)
class PersonView:
    person_id: uuid.UUID
    role: PersonRole
    first_name: str
    last_name: str
    birth_date: date | None
    notes: str


@dataclass(frozen=True)
class RelationshipView:
    relationship_id: uuid.UUID
    from_person_id: uuid.UUID
    to_person_id: uuid.UUID
    kind: RelationshipKind
    holds_parental_authority: bool
    is_legal_representative: bool


@dataclass(frozen=True)
class RequestView:
    request_id: uuid.UUID
    received_on: date
    channel: RequestChannel
    requester_kind: RequesterKind
    requester_name: str
    what: str


@dataclass(frozen=True)
class DossierView:
    row: CaseloadRow
    court_proceedings_pending: bool
    judicial_request_on: date | None
    persons: tuple[PersonView, ...]
    relationships: tuple[RelationshipView, ...]
    requests: tuple[RequestView, ...]
    stakeholder_count: int


def list_caseload(ctx: ServiceContext, *, include_closed: bool = False) -> list[CaseloadRow]:
    """Every live dossier on this device, newest first, with its beneficiaries' names."""
    with ctx.reading() as session:
        query = (
            select(Case, Office.locality)
            .join(Office, Office.id == Case.office_id)
            .where(Case.deleted_at.is_(None))
            .order_by(Case.opened_on.desc(), Case.number)
        )
        if not include_closed:
            query = query.where(Case.state == CaseState.OPEN)
        cases = session.execute(query).all()
        people: dict[uuid.UUID, list[Person]] = defaultdict(list)
        for person in session.scalars(
            select(Person).where(Person.deleted_at.is_(None)).order_by(Person.birth_date)
        ):
            people[person.case_id].append(person)
        return [_row(case, locality, people[case.id]) for case, locality in cases]


def get_dossier(ctx: ServiceContext, case_id: uuid.UUID) -> DossierView:
    """One dossier with its family constellation and requests."""
    with ctx.reading() as session:
        found = session.execute(
            select(Case, Office.locality).join(Office, Office.id == Case.office_id)
            .where(Case.id == case_id, Case.deleted_at.is_(None))
        ).first()
        if found is None:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "Cases", "This dossier no longer exists on this computer. Reload the caseload."))
        case, office_locality = found
        persons = list(case.persons)
        relationships = session.scalars(
            select(Relationship).where(Relationship.case_id == case_id,
                                       Relationship.deleted_at.is_(None))
        ).all()
        stakeholders = session.scalars(
            select(Stakeholder.id).where(Stakeholder.case_id == case_id,
                                         Stakeholder.deleted_at.is_(None))
        ).all()
        return DossierView(
            row=_row(case, office_locality, persons),
            court_proceedings_pending=case.court_proceedings_pending,
            judicial_request_on=case.judicial_request_on,
            persons=tuple(PersonView(p.id, p.role, p.first_name, p.last_name, p.birth_date,
                                     p.notes) for p in persons),
            relationships=tuple(RelationshipView(
                r.id, r.from_person_id, r.to_person_id, r.kind, r.holds_parental_authority,
                r.is_legal_representative) for r in relationships),
            requests=tuple(RequestView(r.id, r.received_on, r.channel, r.requester_kind,
                                       r.requester_name, r.what) for r in case.requests),
            stakeholder_count=len(stakeholders),
        )


def _row(case: Case, office_locality: str, persons: list[Person]) -> CaseloadRow:
    beneficiaries = [p for p in persons if p.role.is_beneficiary]
    family = sorted({p.last_name for p in persons if p.last_name})
    return CaseloadRow(
        case_id=case.id, number=case.number, family_name=" / ".join(family),
        beneficiaries=tuple(p.full_name for p in beneficiaries), office_locality=office_locality,
        current_step=case.current_step, state=case.state, aid_frame=case.aid_frame,
        opened_on=case.opened_on,
    )
