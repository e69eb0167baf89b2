"""Correcting and ending what was typed about the family and its network, and cancelling a
dossier opened by mistake.

Each function is one intention of the agent in one transaction. Only the fields that change
are written, so that a correction synchronises like any edit: a colleague's change of another
field merges, a change of the same field becomes a conflict a person resolves. What the law
freezes (a signed plan, its signatories) is never touched here: a changed tie counts from the
next plan version on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import exists, select

from app.domain import (
    CaseState,
    DocumentLanguage,
    Person,
    PersonRole,
    PlanSignature,
    PlanState,
    PlanVersion,
    Relationship,
    RelationshipKind,
    Stakeholder,
    new_id,
)
from app.rules import require
from app.rules.corrections import (
    already_ended_unmet,
    cancellation_unmet,
    contact_details_unmet,
    end_unmet,
    link_change_unmet,
)
from app.rules.network import stakeholder_unmet
from app.rules.persons import link_unmet, person_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import case_of, live, writable_case
from app.services.caseload.listing import ContactDetails
from app.services.one.network import StakeholderInput

#: Plan states that make a dossier real: someone signed it, or the ONE validated it.
BINDING_STATES = (PlanState.SIGNED, PlanState.VALIDATED, PlanState.IN_FORCE,
                  PlanState.SUPERSEDED, PlanState.REVOKED, PlanState.ENDED)


@dataclass(frozen=True)
class PersonCorrection:
    """Every field of a person as the agent wants it now."""

    role: PersonRole
    first_name: str
    last_name: str
    birth_date: date | None
    notes: str
    contact: ContactDetails


@dataclass(frozen=True)
class LinkChange:
    """A tie as it stands from ``since`` on (a court decision, a new guardian)."""

    kind: RelationshipKind
    holds_parental_authority: bool
    is_legal_representative: bool
    since: date
    reason: str


@dataclass(frozen=True)
class Ending:
    """When something ended, and why (the history keeps both)."""

    ended_on: date
    reason: str


def _assign(record: Any, values: dict[str, Any]) -> None:
    """Write only what changes: an unchanged field must not become a sync conflict."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def correct_person(ctx: ServiceContext, person_id: uuid.UUID, data: PersonCorrection, *,
                   today: date | None = None) -> None:
    """Correct a person: names, role, birth date, notes and contact details."""
    contact = data.contact
    require([*person_unmet(data.first_name, data.last_name, data.birth_date,
                           today or date.today()),
             *contact_details_unmet(contact.email, (contact.phone, contact.other_phone))])
    with ctx.transaction("correct_person") as session:
        person = live(session, Person, person_id)
        writable_case(session, person.case_id)
        _assign(person, {
            "role": data.role, "first_name": data.first_name.strip(),
            "last_name": data.last_name.strip(), "birth_date": data.birth_date,
            "notes": data.notes.strip(), "street": contact.street.strip(),
            "postal_code": contact.postal_code.strip(), "locality": contact.locality.strip(),
            "phone": contact.phone.strip(), "other_phone": contact.other_phone.strip(),
            "email": contact.email.strip(), "school": contact.school.strip(),
            "spoken_language": contact.spoken_language.strip(),
            "interpreter_needed": contact.interpreter_needed,
        })


def change_link(ctx: ServiceContext, link_id: uuid.UUID, data: LinkChange, *,
                today: date | None = None) -> uuid.UUID:
    """Record that a tie changed on ``since`` (parental authority withdrawn or given by a
    court, a new legal representative): the tie as it was ends that day with the reason, the
    tie as it is starts. Returns the new tie's id. The next plan version's signatories follow;
    a version already signed stays as signed."""
    with ctx.transaction("change_link") as session:
        link = live(session, Relationship, link_id)
        writable_case(session, link.case_id)
        changed = (data.kind, data.holds_parental_authority, data.is_legal_representative) != (
            link.kind, link.holds_parental_authority, link.is_legal_representative)
        require([*already_ended_unmet(link.ended_on),
                 *link_change_unmet(changed),
                 *link_unmet(link.from_person_id == link.to_person_id),
                 *end_unmet(data.since, link.since, data.reason, today or date.today())])
        link.ended_on, link.end_reason = data.since, data.reason.strip()
        successor = Relationship(
            id=new_id(), case_id=link.case_id, from_person_id=link.from_person_id,
            to_person_id=link.to_person_id, kind=data.kind,
            holds_parental_authority=data.holds_parental_authority,
            is_legal_representative=data.is_legal_representative, since=data.since,
            note=data.reason.strip()[:400])
        session.add(successor)
        return successor.id


def end_link(ctx: ServiceContext, link_id: uuid.UUID, ending: Ending, *,
             today: date | None = None) -> None:
    """End a tie (a guardianship lifted, a partner gone, a link recorded by mistake)."""
    with ctx.transaction("end_link") as session:
        link = live(session, Relationship, link_id)
        writable_case(session, link.case_id)
        require([*already_ended_unmet(link.ended_on),
                 *end_unmet(ending.ended_on, link.since, ending.reason,
                            today or date.today())])
        link.ended_on, link.end_reason = ending.ended_on, ending.reason.strip()


def correct_stakeholder(ctx: ServiceContext, stakeholder_id: uuid.UUID,
                        data: StakeholderInput) -> None:
    """Correct a professional's kind, name, role, organisation or contact."""
    require(stakeholder_unmet(data.name, data.role))
    with ctx.transaction("correct_stakeholder") as session:
        stakeholder = live(session, Stakeholder, stakeholder_id)
        writable_case(session, stakeholder.case_id)
        require(already_ended_unmet(stakeholder.ended_on))
        _assign(stakeholder, {
            "kind": data.kind, "name": data.name.strip(), "role": data.role.strip(),
            "organisation": data.organisation.strip(), "contact": data.contact.strip(),
        })


def end_stakeholder(ctx: ServiceContext, stakeholder_id: uuid.UUID, ending: Ending, *,
                    today: date | None = None) -> None:
    """The professional is no longer involved in the dossier (kept in the history)."""
    with ctx.transaction("end_stakeholder") as session:
        stakeholder = live(session, Stakeholder, stakeholder_id)
        writable_case(session, stakeholder.case_id)
        require([*already_ended_unmet(stakeholder.ended_on),
                 *end_unmet(ending.ended_on, None, ending.reason, today or date.today())])
        stakeholder.ended_on, stakeholder.end_reason = ending.ended_on, ending.reason.strip()


def cancel_case(ctx: ServiceContext, case_id: uuid.UUID, reason: str, *,
                today: date | None = None) -> None:
    """Cancel a dossier opened by mistake: it leaves the caseload and the search but is kept
    (the ONE still sees it on the server). Refused once a plan was signed or validated."""
    with ctx.transaction("cancel_case") as session:
        case = case_of(session, case_id)
        binding = session.scalar(select(
            exists().where(PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
                           PlanVersion.state.in_(BINDING_STATES))
            | exists().where(PlanSignature.case_id == case_id,
                             PlanSignature.deleted_at.is_(None))))
        require(cancellation_unmet(case.state is CaseState.OPEN, bool(binding), reason))
        case.state = CaseState.CANCELLED
        case.cancelled_on = today or date.today()
        case.cancel_reason = reason.strip()


def set_document_language(ctx: ServiceContext, case_id: uuid.UUID,
                          language: DocumentLanguage) -> None:
    """Choose once the language the family's documents are written in."""
    with ctx.transaction("set_document_language") as session:
        case = writable_case(session, case_id)
        if case.document_language is not language:
            case.document_language = language

