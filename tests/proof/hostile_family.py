"""A synthetic family taken from opening to closure through the real services with a hostile
string in every text an agent or a validator types. Each write is either refused with the
service's own ``UserInputError`` (then made again with plain text, so the dossier goes on) or
read back from the store exactly as the service keeps it (trimmed where it trims; surrogates
made valid by ``app.store.unicode``). Anything else raised fails the proof."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    CaseConference,
    ClosureReason,
    ContactChannel,
    ContactLogEntry,
    DiscernmentJudgement,
    Horizon,
    Objective,
    Person,
    PersonAssessment,
    PersonRole,
    PlannedMeasure,
    Provider,
    RelationshipKind,
    Request,
    RequestChannel,
    RequesterKind,
    Stakeholder,
    StakeholderKind,
)
from app.domain.closure import CaseClosure
from app.errors import UserInputError
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.search import search_caseload
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.opening import (
    PersonInput,
    RequestInput,
    add_person,
    link_persons,
    record_request,
    update_person_notes,
)
from app.services.one.network import (
    ProviderInput,
    StakeholderInput,
    add_stakeholder,
    register_provider,
)
from app.services.plan.reviews import record_plan_review
from app.services.plan.versions import (
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    validate_plan,
)
from app.services.steps.analysis import record_judicial_request, set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    log_contact,
    record_case_conference,
)
from app.services.steps.implementation import start_measure
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from app.store.unicode import well_formed
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)
CLOSED = date(2026, 9, 30)


@dataclass
class Tally:
    kept: int = 0  # values read back as written
    refused: int = 0  # values refused with the service's own error
    services: set[str] = field(default_factory=set)


@dataclass
class HostileFamily:
    """What the documents are rendered from: the dossier, its plan, its conference."""

    family: Family
    version: uuid.UUID
    conference: uuid.UUID
    subject: str  # the conference invitation's subject, hostile too


class Writer:
    def __init__(self, ctx: ServiceContext, strings: Iterator[str], tally: Tally) -> None:
        self.ctx, self.strings, self.tally = ctx, strings, tally

    def attempt(self, name: str, count: int, write: Callable[..., Any],
                read: Callable[[Session, Any], tuple[Any, ...]], *, strip: bool = True) -> Any:
        """``write(*values)`` with ``count`` hostile values, then ``read`` them back."""
        values = [next(self.strings) for _ in range(count)]
        self.tally.services.add(name)
        try:
            made = write(*values)
        except UserInputError:
            self.tally.refused += count
            return write(*[f"{name} ordinaire {i}" for i in range(count)])
        with self.ctx.reading() as session:
            got = read(session, made)
        expected = tuple(well_formed(v.strip() if strip else v) for v in values)
        assert got == expected, (name, [v[:60] for v in values], [str(g)[:60] for g in got])
        self.tally.kept += count
        return made


def _get(session: Session, model: Any, record_id: Any) -> Any:
    found = session.get(model, record_id)
    assert found is not None
    return found


def hostile_family(agent: ServiceContext, validator: ServiceContext, strings: Iterator[str],
                   tally: Tally) -> HostileFamily:
    """Opening, analysis, assessment, planning, signature, validation, coordination, review,
    closure: every text through its service."""
    w = Writer(agent, strings, tally)
    family = w.attempt("open_case", 1, lambda s: Family.open(agent, TODAY, surname=s),
                       lambda x, f: (_get(x, Person, f.mother).last_name,))
    case = family.case_id
    w.attempt("add_person", 3, lambda first, last, notes: add_person(agent, case, PersonInput(
        PersonRole.OTHER_RELATIVE, first, last, date(1960, 1, 1), notes), today=TODAY,
        confirmed_new=True), lambda x, i: (lambda p: (p.first_name, p.last_name,
                                                      p.notes.strip()))(_get(x, Person, i)))
    w.attempt("update_person_notes", 1, lambda s: _after(lambda: update_person_notes(
              agent, family.father, s), family.father),
              lambda x, i: (_get(x, Person, i).notes,), strip=False)
    w.attempt("record_request", 2, lambda what, who: record_request(agent, case, RequestInput(
        TODAY, RequestChannel.LETTER_OR_EMAIL, RequesterKind.PROFESSIONAL, what, who),
        today=TODAY),
        lambda x, i: (_get(x, Request, i).what, _get(x, Request, i).requester_name))
    w.attempt("set_working_frame", 1,
              lambda s: _after(lambda: set_working_frame(agent, case, s), case),
              lambda x, i: (_case(x, i).working_frame,))
    w.attempt("record_judicial_request", 1, lambda s: _after(lambda: record_judicial_request(
        agent, case, TODAY, s, today=TODAY), case),
        lambda x, i: (_case(x, i).judicial_request_reference,))
    w.attempt("add_stakeholder", 4, lambda n, r, o, c: add_stakeholder(agent, case,
              StakeholderInput(StakeholderKind.SCHOOL, n, r, o, c)),
              lambda x, i: (lambda s: (s.name, s.role, s.organisation, s.contact))(
                  _get(x, Stakeholder, i)))
    _advance(agent, case, 2, lambda: set_working_frame(agent, case, "Cadre ordinaire"))
    w.attempt("assess_person", 4, lambda d, r, n, o: assess_person(
        agent, case, family.child, AssessmentInput(d, r, n, o)),
        lambda x, i: (lambda a: (a.difficulties, a.resources, a.needs, a.own_view))(
            _get(x, PersonAssessment, i)))
    family.objective = w.attempt("set_objective", 4, lambda wo, ind, acc, rea: set_objective(
        agent, case, ObjectiveInput(wo, ind, acc, rea, date(2027, 6, 30), Horizon.SHORT,
                                    family.child), today=TODAY),
        lambda x, i: (lambda o: (o.wording, o.indicator, o.accepted_by, o.realism))(
            _get(x, Objective, i)))
    _advance(agent, case, 3, lambda: assess_person(agent, case, family.child, AssessmentInput(
        "Difficultés", "Ressources", "Besoins", "Son avis")))
    family.provider = w.attempt("register_provider", 2, lambda n, loc: register_provider(
        agent, ProviderInput(n, "AGR-2019-044", None, loc)),
        lambda x, i: (_get(x, Provider, i).name, _get(x, Provider, i).locality))
    family.measure = w.attempt("plan_measure", 1, lambda note: plan_measure(
        agent, case, MeasureInput(family.child, "a1", family.provider, Decimal(365), TODAY,
                                  date(2027, 6, 30), (family.objective,), note)),
        lambda x, i: (_get(x, PlannedMeasure, i).volume_note,))
    move_case_to_step(agent, case, 4, today=TODAY)
    w.attempt("record_discernment", 1, lambda s: record_discernment(
        agent, case, family.child, False, TODAY, s),
        lambda x, i: (_get(x, DiscernmentJudgement, i).reason,))
    version = prepare_plan_version(agent, case, today=TODAY)
    mark_ready_to_sign(agent, version, today=TODAY)
    for parent in (family.mother, family.father):
        place = next(strings)
        try:
            record_signature(agent, version, parent, TODAY, place, today=TODAY)
        except UserInputError:
            tally.refused += 1
            record_signature(agent, version, parent, TODAY, today=TODAY)
    validate_plan(validator, version, TODAY)
    move_case_to_step(agent, case, 5, today=TODAY)
    start_measure(agent, family.measure, date(2026, 3, 15))
    conference = w.attempt("record_case_conference", 5, lambda p, n, r, m, d:
                           record_case_conference(agent, case, ConferenceInput(
                               date(2026, 3, 20), p, (Participant(n, r),), m, d)),
                           lambda x, i: (lambda c: (c.place, c.participants[0]["name"],
                                                    c.participants[0]["role"], c.minutes,
                                                    c.decisions))(_get(x, CaseConference, i)))
    w.attempt("log_contact", 2, lambda who, what: log_contact(agent, case, ContactInput(
        datetime(2026, 3, 21, 10, tzinfo=UTC), who, ContactChannel.TELEPHONE, what)),
        lambda x, i: (_get(x, ContactLogEntry, i).with_whom, _get(x, ContactLogEntry, i).summary))
    for name, call in (("record_plan_review", lambda s: record_plan_review(
            agent, version, date(2026, 6, 1), s)), ("link_persons", lambda _s: link_persons(
            agent, case, family.mother, family.father, RelationshipKind.PARTNER))):
        tally.services.add(name)
        try:
            call(next(strings))
        except UserInputError:
            tally.refused += 1
    for typed in (next(strings), next(strings)):
        search_caseload(agent, typed)  # the full-text search with what an agent may type
    tally.services.add("search_caseload")
    return HostileFamily(family, version, conference, next(strings))


def close_hostile(agent: ServiceContext, hostile: HostileFamily, strings: Iterator[str],
                  tally: Tally) -> None:
    w = Writer(agent, strings, tally)
    case = hostile.family.case_id
    w.attempt("close_case", 1, lambda s: _after(lambda: close_case(agent, case, ClosureInput(
        CLOSED, ClosureReason.OBJECTIVES_REACHED, s), today=CLOSED), case),
        lambda x, i: (_closure_text(x, i),))


def _after(call: Callable[[], object], value: uuid.UUID) -> uuid.UUID:
    """``call()``, then ``value``: the record a service without a return value wrote to."""
    call()
    return value


def _advance(agent: ServiceContext, case: uuid.UUID, step: int,
             repair: Callable[[], object]) -> None:
    """The next step; when a hostile value kept as a draft (blank once trimmed) leaves the step
    incomplete, the workflow says so in its own words, and plain text completes it."""
    try:
        move_case_to_step(agent, case, step, today=TODAY)
    except RuleViolation:
        repair()
        move_case_to_step(agent, case, step, today=TODAY)


def _case(session: Session, case_id: uuid.UUID) -> Any:
    return _get(session, Case, case_id)


def _closure_text(session: Session, case_id: uuid.UUID) -> str:
    closure = session.scalars(select(CaseClosure).where(CaseClosure.case_id == case_id)).one()
    return str(closure.final_evaluation)
