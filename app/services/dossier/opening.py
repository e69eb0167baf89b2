"""Opening dossiers and recording who is in them and who asked for what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AidFrame,
    Case,
    Office,
    Person,
    PersonRole,
    Relationship,
    RelationshipKind,
    Request,
    RequestChannel,
    RequesterKind,
    new_id,
)
from app.rules import RuleViolation, Unmet, require
from app.rules.duplicates import is_probable_duplicate, normalised_name
from app.rules.intake import office_unmet, request_unmet
from app.rules.persons import (
    duplicate_unmet,
    link_unmet,
    person_in_dossier_unmet,
    person_unmet,
)
from app.rules.requests import requester_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import in_case, live, writable_case
from app.services.base.outcomes import StepOutcome


@dataclass(frozen=True)
class PersonInput:
    role: PersonRole
    first_name: str
    last_name: str
    birth_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class RequestInput:
    received_on: date
    channel: RequestChannel
    requester_kind: RequesterKind
    what: str
    requester_name: str = ""
    requester_person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class TieInput:
    """A family tie drawn when opening: ``persons[from_index]`` is the <kind> of
    ``persons[to_index]``."""

    from_index: int
    to_index: int
    kind: RelationshipKind
    holds_parental_authority: bool = False
    is_legal_representative: bool = False


@dataclass(frozen=True)
class OpenCaseInput:
    office_code: str
    request: RequestInput
    persons: tuple[PersonInput, ...] = field(default_factory=tuple)
    aid_frame: AidFrame = AidFrame.VOLUNTARY
    court_proceedings_pending: bool = False
    opened_on: date | None = None
    #: Index in ``persons`` of who made the request, when they are one of them.
    requester_index: int | None = None
    #: The agent saw the similar persons already in the store and confirms these are new.
    confirmed_new_persons: bool = False
    #: Who holds parental authority over whom, recorded with the dossier.
    ties: tuple[TieInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SimilarPerson:
    person_id: uuid.UUID
    case_number: str
    full_name: str
    birth_date: date


class PossibleDuplicate(RuleViolation):
    """A person with the same birth date and a close name already exists: confirm or reuse
    (code ``person.possible_duplicate``; ``matches`` lists the persons found)."""

    def __init__(self, matches: list[SimilarPerson]) -> None:
        first = matches[0]
        super().__init__([duplicate_unmet(first.full_name, first.birth_date, first.case_number)])
        self.matches = matches


@dataclass(frozen=True)
class OpenedCase:
    case_id: uuid.UUID
    number: str
    person_ids: tuple[uuid.UUID, ...]

    @property
    def outcome(self) -> StepOutcome:
        """A new dossier starts at step 1, situation analysis."""
        return StepOutcome(1, moved=True)


def open_case(ctx: ServiceContext, data: OpenCaseInput, *, today: date | None = None) -> OpenedCase:
    """Open a dossier from a request (saisine), with the persons named in it and their ties,
    in one transaction: a refused tie opens nothing."""
    today = today or date.today()
    require([*(u for person in data.persons for u in _person_unmet(person, today)),
             *request_unmet(data.request.what, data.request.received_on, today)])
    with ctx.transaction("open_case") as session:
        if not data.confirmed_new_persons:
            _refuse_duplicates(session, data.persons)
        office = session.scalars(select(Office).where(Office.code == data.office_code)).first()
        require(office_unmet(data.office_code, office is not None))
        assert office is not None
        case_id = new_id()
        case = Case(
            id=case_id, number=_case_number(office, case_id, data.opened_on or today),
            office_id=office.id, agent_id=ctx.actor_id, opened_on=data.opened_on or today,
            aid_frame=data.aid_frame, court_proceedings_pending=data.court_proceedings_pending,
        )
        session.add(case)
        people = [_new_person(case_id, person) for person in data.persons]
        session.add_all(people)
        session.flush()  # the request may point at one of them
        request = _new_request(case_id, data.request)
        if data.requester_index is not None:
            request.requester_person_id = people[data.requester_index].id
        session.add(request)
        for tie in data.ties:
            require(person_in_dossier_unmet(
                0 <= tie.from_index < len(people) and 0 <= tie.to_index < len(people)))
            _link(session, case_id, people[tie.from_index].id, people[tie.to_index].id,
                  tie.kind, tie.holds_parental_authority, tie.is_legal_representative)
        return OpenedCase(case_id, case.number, tuple(p.id for p in people))


def add_person(
    ctx: ServiceContext, case_id: uuid.UUID, data: PersonInput, *, today: date | None = None,
    confirmed_new: bool = False,
) -> uuid.UUID:
    """Add someone of the family constellation to a dossier (warns of a probable duplicate
    unless the agent ``confirmed_new``)."""
    require(_person_unmet(data, today or date.today()))
    with ctx.transaction("add_person") as session:
        _live_case(session, case_id)
        if not confirmed_new:
            _refuse_duplicates(session, (data,))
        person = _new_person(case_id, data)
        session.add(person)
        return person.id


def link_persons(
    ctx: ServiceContext,
    case_id: uuid.UUID,
    from_person_id: uuid.UUID,
    to_person_id: uuid.UUID,
    kind: RelationshipKind,
    *,
    holds_parental_authority: bool = False,
    is_legal_representative: bool = False,
) -> uuid.UUID:
    """Record that ``from`` is the <kind> of ``to`` in the family constellation."""
    with ctx.transaction("link_persons") as session:
        _live_case(session, case_id)
        return _link(session, case_id, from_person_id, to_person_id, kind,
                     holds_parental_authority, is_legal_representative)


def _link(session: Session, case_id: uuid.UUID, from_person_id: uuid.UUID,
          to_person_id: uuid.UUID, kind: RelationshipKind, holds_parental_authority: bool,
          is_legal_representative: bool) -> uuid.UUID:
    require(link_unmet(from_person_id == to_person_id))
    session.flush()  # persons just added in this transaction
    for person_id in (from_person_id, to_person_id):
        person = session.get(Person, person_id)
        require(person_in_dossier_unmet(person is not None and person.case_id == case_id
                                        and person.deleted_at is None))
    relationship = Relationship(
        id=new_id(), case_id=case_id, from_person_id=from_person_id,
        to_person_id=to_person_id, kind=kind,
        holds_parental_authority=holds_parental_authority,
        is_legal_representative=is_legal_representative,
    )
    session.add(relationship)
    return relationship.id


def record_request(
    ctx: ServiceContext, case_id: uuid.UUID, data: RequestInput, *, today: date | None = None
) -> uuid.UUID:
    """Record a further request (demande) in an open dossier, at any step: who asks (a person
    of the dossier or a name) and what. A young adult's own request (art. 1) must come from a
    person aged 18 to 26 on the day; it lets her be a beneficiary of the next plan."""
    require(request_unmet(data.what, data.received_on, today or date.today()))
    with ctx.transaction("record_request") as session:
        _live_case(session, case_id)
        person = None
        if data.requester_person_id is not None:
            person = live(session, Person, data.requester_person_id)
            in_case(person, case_id)
        require(requester_unmet(
            named=person is not None or bool(data.requester_name.strip()),
            young_adult=data.requester_kind is RequesterKind.YOUNG_ADULT,
            person_name=person.full_name if person is not None else None,
            birth_date=person.birth_date if person is not None else None,
            received_on=data.received_on))
        request = _new_request(case_id, data)
        if person is not None:  # the requests list names them
            request.requester_name = person.full_name
        session.add(request)
        return request.id


def update_person_notes(ctx: ServiceContext, person_id: uuid.UUID, notes: str) -> None:
    """Replace the free notes about a person."""
    with ctx.transaction("update_person_notes") as session:
        person = live(session, Person, person_id)
        writable_case(session, person.case_id)
        person.notes = notes


def find_similar_persons(ctx: ServiceContext, first_name: str, last_name: str,
                         birth_date: date | None) -> list[SimilarPerson]:
    """Persons already in the store with the same birth date and a close name."""
    with ctx.reading() as session:
        return _similar(session, first_name, last_name, birth_date)


def _similar(session: Session, first_name: str, last_name: str,
             birth_date: date | None) -> list[SimilarPerson]:
    if birth_date is None:
        return []
    wanted = normalised_name(first_name, last_name)
    rows = session.execute(
        select(Person, Case.number).join(Case, Case.id == Person.case_id)
        .where(Person.birth_date == birth_date, Person.deleted_at.is_(None))
    ).all()
    return [SimilarPerson(p.id, number, p.full_name, birth_date) for p, number in rows
            if is_probable_duplicate(wanted, normalised_name(p.first_name, p.last_name))]


def _refuse_duplicates(session: Session, persons: tuple[PersonInput, ...]) -> None:
    matches = [m for p in persons
               for m in _similar(session, p.first_name, p.last_name, p.birth_date)]
    if matches:
        raise PossibleDuplicate(matches)


def _live_case(session: Session, case_id: uuid.UUID) -> Case:
    return writable_case(session, case_id)


def _new_person(case_id: uuid.UUID, data: PersonInput) -> Person:
    return Person(
        id=new_id(), case_id=case_id, role=data.role, first_name=data.first_name.strip(),
        last_name=data.last_name.strip(), birth_date=data.birth_date, notes=data.notes,
    )


def _new_request(case_id: uuid.UUID, data: RequestInput) -> Request:
    return Request(
        id=new_id(), case_id=case_id, received_on=data.received_on, channel=data.channel,
        requester_kind=data.requester_kind, requester_name=data.requester_name.strip(),
        requester_person_id=data.requester_person_id, what=data.what.strip(),
    )


def _case_number(office: Office, case_id: uuid.UUID, opened_on: date) -> str:
    """Readable and unique without a server: office, year and random bits of the uuid7."""
    region = office.code.split("-")[0].upper()[:6]
    return f"{region}-{opened_on.year}-{case_id.hex[-6:].upper()}"


def _person_unmet(data: PersonInput, today: date) -> list[Unmet]:
    return person_unmet(data.first_name, data.last_name, data.birth_date, today)
