"""Reading the caseload and one dossier, as plain values for the screens."""

from __future__ import annotations

import functools
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple, TypeVarTuple

from sqlalchemy import Date, Select, String, bindparam, func, literal_column, select
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
                  only_ids: list[str] | None = None) -> list[CaseloadRow]:
    """The caseload rows, of every dossier or of those whose ids (hex) are ``only_ids``.

    Columns, not entities, and statements built once (``_statements``): this runs at every
    keystroke of the search over the whole caseload.
    """
    statements = _statements(include_closed, only_ids is not None)
    soon_first, soon_last = due_soon_window(today)
    values = {"today": today,
              "only_ids": json.dumps(only_ids) if only_ids is not None else None}
    cases = session.execute(statements.cases, values).all()
    people: dict[uuid.UUID, list[_Name]] = defaultdict(list)
    for case_id, role, first, last in session.execute(statements.persons, values).all():
        people[case_id].append((role, first, last))
    due: dict[uuid.UUID, date] = {}
    alerts: defaultdict[uuid.UUID, set[CaseAlert]] = defaultdict(set)
    for case_id, review_due in session.execute(statements.reviews, values):
        if review_due is None:  # excluded by the query; narrows the type
            continue
        due[case_id] = review_due
        if review_due < today:
            alerts[case_id].add(CaseAlert.REVIEW_OVERDUE)
        elif soon_first <= review_due <= soon_last:
            alerts[case_id].add(CaseAlert.REVIEW_DUE_SOON)
    for case_id, objective_due in session.execute(statements.objectives, values):
        due[case_id] = min(objective_due, due.get(case_id, objective_due))
    for case_id in session.scalars(statements.unsigned, values):
        alerts[case_id].add(CaseAlert.UNSIGNED_PLAN)
    for case_id, _returned_on in session.execute(statements.returned, values):
        alerts[case_id].add(CaseAlert.PLAN_RETURNED)
    for unsynced in session.scalars(statements.unsynced, values):
        if unsynced is not None:
            alerts[unsynced].add(CaseAlert.UNSYNCED)
    only = None if only_ids is None else select(
        func.json_each(json.dumps(only_ids)).table_valued("value").c.value)
    for alert in age_limit_rows(session, today, only):
        alerts[alert.case_id].add(CaseAlert.AGE_LIMIT)
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


class _Statements(NamedTuple):
    """The queries of the caseload's rows, their values bound at each run (``today`` and
    ``only_ids``, the dossiers' ids as a JSON list)."""

    cases: Select[uuid.UUID, str, int, CaseState, AidFrame, date, str, str]
    persons: Select[uuid.UUID, PersonRole, str, str]
    reviews: Select[uuid.UUID, date | None]
    objectives: Select[uuid.UUID, date]
    unsigned: Select[uuid.UUID]
    returned: Select[uuid.UUID, date | None]
    unsynced: Select[uuid.UUID | None]


@functools.cache
def _statements(include_closed: bool, scoped: bool) -> _Statements:
    """Built once per kind: building SQLAlchemy statements costs about as much Python as
    running them does SQL at a search's keystroke (docs/performance.md)."""
    only = select(func.json_each(bindparam("only_ids", type_=String)).table_valued("value")
                  .c.value)

    def scoped_to(query: Select[*Ts], column: Any) -> Select[*Ts]:
        return query.where(column.in_(only)) if scoped else query

    # A dossier cancelled as opened by mistake is never listed: it stays for the ONE only.
    states = (CaseState.OPEN, CaseState.CLOSED) if include_closed else (CaseState.OPEN,)
    cases = scoped_to(
        select(Case.id, Case.number, Case.current_step, Case.state, Case.aid_frame,
               Case.opened_on, Office.locality, Office.code)
        .join(Office, Office.id == Case.office_id)
        .where(Case.deleted_at.is_(None), Case.state.in_(states))
        .order_by(Case.opened_on.desc(), Case.number), Case.id)
    persons = scoped_to(
        select(Person.case_id, Person.role, Person.first_name, Person.last_name)
        .where(Person.deleted_at.is_(None)).order_by(Person.birth_date), Person.case_id)
    # Scoped to a search's dossiers, their plans are found by dossier: the unary + keeps
    # SQLite from reading every plan in force through the state's index instead.
    state = literal_column("+plan_version.state", PlanVersion.state.type) if scoped \
        else PlanVersion.state
    reviews = scoped_to(select(PlanVersion.case_id, PlanVersion.review_due_on).where(
        state == PlanState.IN_FORCE, PlanVersion.deleted_at.is_(None),
        PlanVersion.review_due_on.is_not(None)), PlanVersion.case_id)
    objectives = scoped_to(select(Objective.case_id, func.min(Objective.due_on)).where(
        Objective.status == ObjectiveStatus.ACTIVE, Objective.deleted_at.is_(None),
        Objective.due_on >= bindparam("today", type_=Date)), Objective.case_id
        ).group_by(Objective.case_id)
    unsigned = scoped_to(select(PlanVersion.case_id).distinct().where(
        PlanVersion.state.in_((PlanState.READY_TO_SIGN, PlanState.VALIDATED)),
        PlanVersion.deleted_at.is_(None)), PlanVersion.case_id)
    returned = scoped_to(returned_latest_versions(), PlanVersion.case_id)
    unsynced = scoped_to(select(OutboxEntry.case_id).distinct().where(
        OutboxEntry.case_id.is_not(None)), OutboxEntry.case_id)
    return _Statements(cases, persons, reviews, objectives, unsigned, returned, unsynced)


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
