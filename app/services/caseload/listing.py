"""Reading the caseload and one dossier, as plain values for the screens."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain import (
    AidFrame,
    Case,
    CaseState,
    DocumentLanguage,
    Objective,
    ObjectiveStatus,
    Office,
    OutboxEntry,
    Person,
    PersonRole,
    PlanState,
    PlanVersion,
    Relationship,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    Stakeholder,
)
from app.rules import require
from app.rules.presence import case_unmet
from app.rules.reviews import due_soon_window
from app.services.base.context import ServiceContext
from app.services.base.facts import returned_latest_versions
from app.services.caseload.deadlines import age_limit_rows

Ts = TypeVarTuple("Ts")


class CaseAlert(StrEnum):
    """What needs the agent's attention in a dossier (the caseload's alert column)."""

    REVIEW_DUE_SOON = "review_due_soon"  # art. 6, within 30 days
    REVIEW_OVERDUE = "review_overdue"  # art. 6
    AGE_LIMIT = "age_limit"  # art. 3: a beneficiary with measures turns 27 within 3 months
    UNSIGNED_PLAN = "unsigned_plan"  # art. 4: a frozen version still awaits signatures
    UNSYNCED = "unsynced"  # changes not yet sent to the ONE
    PLAN_RETURNED = "plan_returned"  # the ONE returned the latest version with a comment


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
    office_code: str = ""
    #: The nearest deadline: the plan's review (art. 6) or an objective's due date.
    next_due: date | None = None
    alerts: frozenset[CaseAlert] = frozenset()
    #: Where the search's words were found in what was written (a note, a contact, minutes...):
    #: a passage of a few words, each hit between ``HIT_START`` and ``HIT_END``; empty when
    #: no search or only the number and names matched.
    passage: str = ""


#: The marks around a searched word in ``CaseloadRow.passage`` (control characters: never typed).
HIT_START, HIT_END = "\x02", "\x03"


@dataclass(frozen=True)
class ContactDetails:
    """How to reach a person and where letters go; every field may stay empty."""

    street: str = ""
    postal_code: str = ""
    locality: str = ""
    phone: str = ""
    other_phone: str = ""
    email: str = ""
    #: School, crèche or childcare (name and place).
    school: str = ""
    spoken_language: str = ""
    interpreter_needed: bool = False

    @classmethod
    def of(cls, person: Person) -> ContactDetails:
        return cls(person.street, person.postal_code, person.locality, person.phone,
                   person.other_phone, person.email, person.school, person.spoken_language,
                   person.interpreter_needed)

    @property
    def postal_lines(self) -> tuple[str, ...]:
        """The address as it is written on an envelope (empty lines left out)."""
        town = f"{self.postal_code} {self.locality}".strip()
        return tuple(line for line in (self.street, town) if line)


@dataclass(frozen=True)
class PersonView:
    person_id: uuid.UUID
    role: PersonRole
    first_name: str
    last_name: str
    birth_date: date | None
    notes: str
    contact: ContactDetails = ContactDetails()


@dataclass(frozen=True)
class RelationshipView:
    relationship_id: uuid.UUID
    from_person_id: uuid.UUID
    to_person_id: uuid.UUID
    kind: RelationshipKind
    holds_parental_authority: bool
    is_legal_representative: bool
    since: date | None = None
    #: An ended tie stays listed (the history) but no longer counts (signatories, drawing).
    ended_on: date | None = None
    end_reason: str = ""

    @property
    def current(self) -> bool:
        return self.ended_on is None


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
    working_frame: str = ""
    judicial_request_reference: str | None = None
    document_language: DocumentLanguage = DocumentLanguage.FRENCH


def list_caseload(ctx: ServiceContext, *, include_closed: bool = False,
                  today: date | None = None) -> list[CaseloadRow]:
    """Every live dossier on this device, newest first, with its beneficiaries, next deadline
    and alerts."""
    with ctx.reading() as session:
        return caseload_rows(session, today or date.today(), include_closed=include_closed)


def caseload_rows(session: Session, today: date, *, include_closed: bool = False,
                  only: Select[Any] | None = None) -> list[CaseloadRow]:
    """The caseload rows, of every dossier or of those whose ids ``only`` selects.

    Columns, not entities: this runs at every keystroke of the search over the whole caseload.
    """
    query = (
        select(Case.id, Case.number, Case.current_step, Case.state, Case.aid_frame,
               Case.opened_on, Office.locality, Office.code)
        .join(Office, Office.id == Case.office_id)
        .where(Case.deleted_at.is_(None))
        .order_by(Case.opened_on.desc(), Case.number)
    )
    # A dossier cancelled as opened by mistake is never listed: it stays for the ONE only.
    query = query.where(Case.state.in_(
        (CaseState.OPEN, CaseState.CLOSED) if include_closed else (CaseState.OPEN,)))
    if only is not None:
        query = query.where(Case.id.in_(only))
    cases = session.execute(query).all()
    people: dict[uuid.UUID, list[_Name]] = defaultdict(list)
    persons = (select(Person.case_id, Person.role, Person.first_name, Person.last_name)
               .where(Person.deleted_at.is_(None)).order_by(Person.birth_date))
    if only is not None:
        persons = persons.where(Person.case_id.in_(only))
    for case_id, role, first, last in session.execute(persons).all():
        people[case_id].append((role, first, last))
    due, alerts = _deadlines(session, today, only)
    return [CaseloadRow(case_id, number, *_names(people[case_id]), locality, step, state, frame,
                        opened, code, due.get(case_id), frozenset(alerts.get(case_id, ())))
            for case_id, number, step, state, frame, opened, locality, code in cases]


_Name = tuple[PersonRole, str, str]


def _names(persons: list[_Name]) -> tuple[str, tuple[str, ...]]:
    """The family name (surnames) and the beneficiaries' full names."""
    family = " / ".join(sorted({last for _role, _first, last in persons if last}))
    beneficiaries = tuple(f"{first} {last}".strip() for role, first, last in persons
                          if role.is_beneficiary)
    return family, beneficiaries


def _deadlines(session: Session, today: date, only: Select[Any] | None) -> tuple[
        dict[uuid.UUID, date], defaultdict[uuid.UUID, set[CaseAlert]]]:
    """Next due date and alerts of every dossier (or of ``only`` these), in a handful of
    grouped queries."""

    def scoped(query: Select[*Ts], column: Any) -> Select[*Ts]:
        return query if only is None else query.where(column.in_(only))

    due: dict[uuid.UUID, date] = {}
    alerts: defaultdict[uuid.UUID, set[CaseAlert]] = defaultdict(set)
    soon_first, soon_last = due_soon_window(today)
    for case_id, review_due in session.execute(scoped(select(
            PlanVersion.case_id, PlanVersion.review_due_on).where(
            PlanVersion.state == PlanState.IN_FORCE, PlanVersion.deleted_at.is_(None),
            PlanVersion.review_due_on.is_not(None)), PlanVersion.case_id)):
        if review_due is None:  # excluded by the query; narrows the type
            continue
        due[case_id] = review_due
        if review_due < today:
            alerts[case_id].add(CaseAlert.REVIEW_OVERDUE)
        elif soon_first <= review_due <= soon_last:
            alerts[case_id].add(CaseAlert.REVIEW_DUE_SOON)
    for case_id, objective_due in session.execute(scoped(select(
            Objective.case_id, func.min(Objective.due_on)).where(
            Objective.status == ObjectiveStatus.ACTIVE, Objective.deleted_at.is_(None),
            Objective.due_on >= today), Objective.case_id).group_by(Objective.case_id)):
        due[case_id] = min(objective_due, due.get(case_id, objective_due))
    for case_id in session.scalars(scoped(select(PlanVersion.case_id).distinct().where(
            PlanVersion.state.in_((PlanState.READY_TO_SIGN, PlanState.VALIDATED)),
            PlanVersion.deleted_at.is_(None)), PlanVersion.case_id)):
        alerts[case_id].add(CaseAlert.UNSIGNED_PLAN)
    for case_id, _returned_on in session.execute(scoped(returned_latest_versions(),
                                                      PlanVersion.case_id)):
        alerts[case_id].add(CaseAlert.PLAN_RETURNED)
    for unsynced in session.scalars(scoped(select(OutboxEntry.case_id).distinct().where(
            OutboxEntry.case_id.is_not(None)), OutboxEntry.case_id)):
        if unsynced is not None:
            alerts[unsynced].add(CaseAlert.UNSYNCED)
    for alert in age_limit_rows(session, today, only):
        alerts[alert.case_id].add(CaseAlert.AGE_LIMIT)
    return due, alerts


def get_dossier(ctx: ServiceContext, case_id: uuid.UUID) -> DossierView:
    """One dossier with its family constellation and requests."""
    with ctx.reading() as session:
        found = session.execute(
            select(Case, Office.locality).join(Office, Office.id == Case.office_id)
            .where(Case.id == case_id, Case.deleted_at.is_(None))
        ).first()
        require(case_unmet(found is not None))
        assert found is not None
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
                                     p.notes, ContactDetails.of(p)) for p in persons),
            relationships=tuple(RelationshipView(
                r.id, r.from_person_id, r.to_person_id, r.kind, r.holds_parental_authority,
                r.is_legal_representative, r.since, r.ended_on, r.end_reason)
                for r in relationships),
            requests=tuple(RequestView(r.id, r.received_on, r.channel, r.requester_kind,
                                       r.requester_name, r.what) for r in case.requests),
            stakeholder_count=len(stakeholders),
            working_frame=case.working_frame,
            judicial_request_reference=case.judicial_request_reference,
            document_language=case.document_language,
        )


def _row(case: Case, office_locality: str, persons: list[Person]) -> CaseloadRow:
    family, beneficiaries = _names([(p.role, p.first_name, p.last_name) for p in persons])
    return CaseloadRow(
        case_id=case.id, number=case.number, family_name=family, beneficiaries=beneficiaries,
        office_locality=office_locality, current_step=case.current_step, state=case.state,
        aid_frame=case.aid_frame, opened_on=case.opened_on,
    )
