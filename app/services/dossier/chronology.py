"""The dossier's chronology: its significant events in date order, the second thing a social
worker reads (UK children's services keep one per child by statute).

Every event comes from a date the agent typed on a record (``received_on``, ``contact_at``,
``held_on``, ``in_force_since``, ``actual_start_on``, ``ended_on``...), never from the sync log.
Where a record has no typed date for an event (an objective set, a measure changed before it
started, a measure withdrawn) the record's own bookkeeping dates say when. Deleted records are
not events, except a measure withdrawn from the planning: that is a decision worth reading.

The service returns plain values and the kind of each event; the screen and the printed
chronology turn them into words in their own language.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    AuditEntry,
    Case,
    CaseClosure,
    CaseConference,
    CaseReopening,
    ContactLogEntry,
    DiscernmentJudgement,
    DossierHistoryEntry,
    Evaluation,
    MeasureInterruption,
    MeasureTypeRef,
    Objective,
    ObjectiveStatus,
    PlannedMeasure,
    PlanReview,
    PlanReviewRequest,
    PlanSignature,
    PlanState,
    PlanVersion,
    Relationship,
    RelationshipKind,
    Request,
    ReviewRequestOutcome,
    Stakeholder,
    SyncedRecord,
)
from app.domain.base import aware
from app.services.base.context import ServiceContext
from app.services.base.facts import live_persons
from app.services.dossier.records import case_records

#: What ``discard_plan_version`` writes on a version it keeps (signed or validated already).
DISCARDED_REASON = "discarded before taking effect"


class ChronologyKind(StrEnum):
    """What happened. The order here is the order of the same day's events."""

    DOSSIER_OPENED = "dossier_opened"
    REQUEST_RECEIVED = "request_received"
    CONTACT = "contact"
    CASE_CONFERENCE = "case_conference"
    AUTHORITY_GIVEN = "authority_given"
    AUTHORITY_ENDED = "authority_ended"
    REPRESENTATION_GIVEN = "representation_given"
    REPRESENTATION_ENDED = "representation_ended"
    STAKEHOLDER_ENDED = "stakeholder_ended"
    DISCERNMENT_JUDGEMENT = "discernment_judgement"
    OBJECTIVE_SET = "objective_set"
    OBJECTIVE_ACHIEVED = "objective_achieved"
    OBJECTIVE_ABANDONED = "objective_abandoned"
    OBJECTIVE_REFORMULATED = "objective_reformulated"
    PLAN_PREPARED = "plan_prepared"
    PLAN_READY_TO_SIGN = "plan_ready_to_sign"
    PLAN_DISCARDED = "plan_discarded"
    SIGNATURE_GIVEN = "signature_given"
    PLAN_VALIDATED = "plan_validated"
    PLAN_RETURNED = "plan_returned"
    PLAN_IN_FORCE = "plan_in_force"
    PLAN_REVIEW = "plan_review"
    REVIEW_REQUEST_RECEIVED = "review_request_received"
    REVIEW_REQUEST_ANSWERED = "review_request_answered"
    MEASURE_CHANGED = "measure_changed"
    MEASURE_WITHDRAWN = "measure_withdrawn"
    MEASURE_STARTED = "measure_started"
    MEASURE_INTERRUPTED = "measure_interrupted"
    MEASURE_ENDED = "measure_ended"
    EVALUATION = "evaluation"
    TRANSFER = "transfer"
    DOSSIER_CLOSED = "dossier_closed"
    DOSSIER_REOPENED = "dossier_reopened"
    DOSSIER_CANCELLED = "dossier_cancelled"


class Discernment(StrEnum):
    """The conclusion of a discernment judgement (a typed value of its event)."""

    CAPABLE = "capable"
    NOT_CAPABLE = "not_capable"


_ORDER = {kind: index for index, kind in enumerate(ChronologyKind)}


@dataclass(frozen=True)
class ChronologyEvent:
    """One significant event.

    ``summary`` is what the record itself says in the agent's words (what was asked, the
    conference's place, the objective, a reason); ``measure_code`` names an art. 11 measure
    (its label is in ``Chronology.measure_labels``); ``detail`` is a typed value the reader
    puts into words (a channel, an outcome, a closure reason, a signatory's capacity...);
    ``version`` a plan version's number.
    """

    kind: ChronologyKind
    on: date
    record_id: uuid.UUID
    at: datetime | None = None  # the time too, where the record keeps it
    summary: str = ""
    note: str = ""  # a reason or comment, when the record has one beside its summary
    detail: StrEnum | None = None
    version: int | None = None
    measure_code: str | None = None
    persons: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class ChronologyPerson:
    person_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ChronologyFilter:
    """Which events to show: one kind or all, about one person or everyone."""

    kind: ChronologyKind | None = None
    person_id: uuid.UUID | None = None

    def keeps(self, event: ChronologyEvent) -> bool:
        return ((self.kind is None or event.kind == self.kind)
                and (self.person_id is None or self.person_id in event.persons))


@dataclass(frozen=True)
class Chronology:
    case_id: uuid.UUID
    number: str
    events: tuple[ChronologyEvent, ...]
    persons: tuple[ChronologyPerson, ...]
    #: Art. 11 measure code -> (French label, German label).
    measure_labels: dict[str, tuple[str, str]]

    def filtered(self, chosen: ChronologyFilter) -> tuple[ChronologyEvent, ...]:
        return tuple(event for event in self.events if chosen.keeps(event))

    def name(self, person_id: uuid.UUID) -> str:
        return next((p.name for p in self.persons if p.person_id == person_id), "")


def load_chronology(ctx: ServiceContext, case_id: uuid.UUID) -> Chronology:
    """The dossier's significant events, oldest first (one read, off the GUI thread)."""
    with ctx.reading() as session:
        records = list(case_records(session, case_id))
        case = next((r for r in records if isinstance(r, Case)), None)
        if case is None:
            raise LookupError("no such dossier")
        withdrawn = session.scalars(select(PlannedMeasure).where(
            PlannedMeasure.case_id == case_id, PlannedMeasure.deleted_at.is_not(None),
            PlannedMeasure.actual_start_on.is_(None))).all()
        measures = {m.id: m for m in records if isinstance(m, PlannedMeasure)}
        audit = _audit(session, case_id, [r.id for r in records])
        events = [*_dossier(case, records, audit), *_family(records), *_plans(records),
                  *_measures(records, measures, withdrawn, audit), *_objectives(records),
                  *_coordination(records)]
        codes = {m.measure_code for m in (*measures.values(), *withdrawn)}
        labels = {m.code: (m.label_fr, m.label_de) for m in session.scalars(
            select(MeasureTypeRef).where(MeasureTypeRef.code.in_(codes)))}
        return Chronology(
            case_id=case_id, number=case.number,
            events=tuple(sorted(events, key=lambda e: (
                e.on, _ORDER[e.kind], e.at.timestamp() if e.at else 0.0, e.record_id))),
            persons=tuple(ChronologyPerson(p.id, p.full_name)
                          for p in live_persons(session, case_id)),
            measure_labels=labels)


@dataclass(frozen=True)
class _Trace:
    """A change of a record: the server's history entry, or this device's own trace of a
    change the server has no entry of (not synchronised yet, or made before it kept one)."""

    id: uuid.UUID
    record_id: uuid.UUID
    at: datetime
    fields: tuple[str, ...]


def _audit(session: Session, case_id: uuid.UUID, record_ids: list[uuid.UUID]) -> list[_Trace]:
    traces = [_Trace(h.id, h.record_id, aware(h.made_at), tuple(h.fields))
              for h in session.scalars(select(DossierHistoryEntry).where(
                  DossierHistoryEntry.case_id == case_id))]
    known = set(session.scalars(select(DossierHistoryEntry.mutation_id).where(
        DossierHistoryEntry.case_id == case_id, DossierHistoryEntry.mutation_id.is_not(None))))
    traces += [_Trace(a.id, a.record_id, aware(a.at), tuple(a.fields))
               for a in session.scalars(select(AuditEntry).where(
                   AuditEntry.record_id.in_(record_ids)))
               if a.mutation_id is None or a.mutation_id not in known]
    return sorted(traces, key=lambda t: (t.at, t.id))


def _day(moment: datetime) -> date:
    return aware(moment).astimezone().date()


def _dossier(case: Case, records: list[SyncedRecord],
             audit: list[_Trace]) -> Iterable[ChronologyEvent]:
    yield ChronologyEvent(ChronologyKind.DOSSIER_OPENED, case.opened_on, case.id)
    for request in records:
        if isinstance(request, Request):
            yield ChronologyEvent(
                ChronologyKind.REQUEST_RECEIVED, request.received_on, request.id,
                summary=request.what, detail=request.channel,
                persons=(request.requester_person_id,) if request.requester_person_id else ())
    for record in records:
        if isinstance(record, CaseClosure):
            yield ChronologyEvent(ChronologyKind.DOSSIER_CLOSED, record.closed_on, record.id,
                                  summary=record.final_evaluation, detail=record.reason)
        elif isinstance(record, CaseReopening):
            yield ChronologyEvent(ChronologyKind.DOSSIER_REOPENED, record.reopened_on,
                                  record.id, summary=record.reason)
    if case.cancelled_on is not None:
        yield ChronologyEvent(ChronologyKind.DOSSIER_CANCELLED, case.cancelled_on, case.id,
                              summary=case.cancel_reason)
    # A transfer: the dossier's agent or office changed after it was opened (the server's
    # history has each, the ONE's and the office lead's; the opening names every field).
    for entry in audit:
        if (entry.record_id == case.id and {"agent_id", "office_id"} & set(entry.fields)
                and "number" not in entry.fields):
            yield ChronologyEvent(ChronologyKind.TRANSFER, _day(entry.at), entry.id,
                                  at=aware(entry.at).astimezone())


def _family(records: list[SyncedRecord]) -> Iterable[ChronologyEvent]:
    for link in records:
        if not isinstance(link, Relationship):
            continue
        persons = (link.from_person_id, link.to_person_id)
        for held, given, ended in (
                (link.holds_parental_authority, ChronologyKind.AUTHORITY_GIVEN,
                 ChronologyKind.AUTHORITY_ENDED),
                (link.is_legal_representative, ChronologyKind.REPRESENTATION_GIVEN,
                 ChronologyKind.REPRESENTATION_ENDED)):
            if not held:
                continue
            if link.since is not None:
                yield ChronologyEvent(given, link.since, link.id, detail=link.kind,
                                      persons=persons)
            if link.ended_on is not None:
                yield ChronologyEvent(ended, link.ended_on, link.id, note=link.end_reason,
                                      detail=link.kind, persons=persons)
    for record in records:
        if isinstance(record, Stakeholder) and record.ended_on is not None:
            yield ChronologyEvent(ChronologyKind.STAKEHOLDER_ENDED, record.ended_on, record.id,
                                  summary=record.name, note=record.end_reason,
                                  detail=record.kind)
        elif isinstance(record, DiscernmentJudgement):
            yield ChronologyEvent(
                ChronologyKind.DISCERNMENT_JUDGEMENT, record.judged_on, record.id,
                summary=record.reason,
                detail=Discernment.CAPABLE if record.capable else Discernment.NOT_CAPABLE,
                persons=(record.person_id,))


def _plans(records: list[SyncedRecord]) -> Iterable[ChronologyEvent]:
    versions = {v.id: v for v in records if isinstance(v, PlanVersion)}
    for v in versions.values():
        yield ChronologyEvent(ChronologyKind.PLAN_PREPARED, v.prepared_on, v.id,
                              version=v.number)
        if v.frozen_on is not None:
            yield ChronologyEvent(ChronologyKind.PLAN_READY_TO_SIGN, v.frozen_on, v.id,
                                  version=v.number)
        discarded = v.state is PlanState.DISCARDED or (
            v.state is PlanState.SUPERSEDED and v.end_reason == DISCARDED_REASON)
        if discarded:
            on = v.ended_on or _day(v.updated_at)
            yield ChronologyEvent(ChronologyKind.PLAN_DISCARDED, on, v.id, version=v.number,
                                  note="" if v.end_reason == DISCARDED_REASON else v.end_reason)
        if v.validated_on is not None:
            yield ChronologyEvent(ChronologyKind.PLAN_VALIDATED, v.validated_on, v.id,
                                  version=v.number)
        if v.returned_on is not None:
            yield ChronologyEvent(ChronologyKind.PLAN_RETURNED, v.returned_on, v.id,
                                  version=v.number, note=v.return_comment)
        if v.in_force_since is not None:
            yield ChronologyEvent(ChronologyKind.PLAN_IN_FORCE, v.in_force_since, v.id,
                                  version=v.number)

    def number(version_id: uuid.UUID) -> int | None:
        found = versions.get(version_id)
        return found.number if found else None

    for record in records:
        if isinstance(record, PlanSignature):
            yield ChronologyEvent(ChronologyKind.SIGNATURE_GIVEN, record.signed_on, record.id,
                                  detail=record.capacity, version=number(record.plan_version_id),
                                  persons=(record.person_id,))
        elif isinstance(record, PlanReview):
            yield ChronologyEvent(ChronologyKind.PLAN_REVIEW, record.reviewed_on, record.id,
                                  summary=record.conclusion,
                                  version=number(record.plan_version_id))
        elif isinstance(record, PlanReviewRequest):
            who = (record.requested_by_id,)
            yield ChronologyEvent(ChronologyKind.REVIEW_REQUEST_RECEIVED, record.requested_on,
                                  record.id, summary=record.grounds, detail=record.kind,
                                  version=number(record.plan_version_id), persons=who)
            if record.outcome is not ReviewRequestOutcome.PENDING:
                yield ChronologyEvent(
                    ChronologyKind.REVIEW_REQUEST_ANSWERED,
                    record.outcome_on or _day(record.updated_at), record.id,
                    note=record.outcome_note, detail=record.outcome,
                    version=number(record.plan_version_id), persons=who)


def _measures(records: list[SyncedRecord], measures: dict[uuid.UUID, PlannedMeasure],
              withdrawn: Iterable[PlannedMeasure],
              audit: list[_Trace]) -> Iterable[ChronologyEvent]:
    for m in measures.values():
        who = (m.beneficiary_id,)
        if m.change_reason:
            # No typed date: the last change of its reason on this device, else the record's.
            changed = [e.at for e in audit if e.record_id == m.id and "change_reason" in e.fields]
            on = _day(changed[-1]) if changed else _day(m.updated_at)
            yield ChronologyEvent(ChronologyKind.MEASURE_CHANGED, on, m.id,
                                  note=m.change_reason, measure_code=m.measure_code, persons=who)
        if m.actual_start_on is not None:
            yield ChronologyEvent(ChronologyKind.MEASURE_STARTED, m.actual_start_on, m.id,
                                  measure_code=m.measure_code, persons=who)
        if m.actual_end_on is not None:
            yield ChronologyEvent(ChronologyKind.MEASURE_ENDED, m.actual_end_on, m.id,
                                  note=m.end_reason, measure_code=m.measure_code, persons=who)
    for m in withdrawn:
        assert m.deleted_at is not None  # selected so
        yield ChronologyEvent(ChronologyKind.MEASURE_WITHDRAWN, _day(m.deleted_at), m.id,
                              measure_code=m.measure_code, persons=(m.beneficiary_id,))
    for pause in records:
        if isinstance(pause, MeasureInterruption):
            measure = measures.get(pause.measure_id)
            yield ChronologyEvent(
                ChronologyKind.MEASURE_INTERRUPTED, pause.from_on, pause.id,
                note=pause.reason, measure_code=measure.measure_code if measure else None,
                persons=(measure.beneficiary_id,) if measure else ())


_OBJECTIVE_ENDS = {ObjectiveStatus.ACHIEVED: ChronologyKind.OBJECTIVE_ACHIEVED,
                   ObjectiveStatus.ABANDONED: ChronologyKind.OBJECTIVE_ABANDONED,
                   ObjectiveStatus.REFORMULATED: ChronologyKind.OBJECTIVE_REFORMULATED}


def _objectives(records: list[SyncedRecord]) -> Iterable[ChronologyEvent]:
    for o in records:
        if not isinstance(o, Objective):
            continue
        who = (o.person_id,) if o.person_id else ()
        # Set: no typed date, the day the agent wrote it down.
        yield ChronologyEvent(ChronologyKind.OBJECTIVE_SET, _day(o.created_at), o.id,
                              summary=o.wording, persons=who)
        ended = _OBJECTIVE_ENDS.get(o.status)
        if ended is not None:
            yield ChronologyEvent(ended, o.status_on or _day(o.updated_at), o.id,
                                  summary=o.wording, note=o.status_reason, persons=who)


def _coordination(records: list[SyncedRecord]) -> Iterable[ChronologyEvent]:
    for record in records:
        if isinstance(record, ContactLogEntry):
            at = aware(record.contact_at).astimezone()
            yield ChronologyEvent(ChronologyKind.CONTACT, at.date(), record.id, at=at,
                                  summary=record.summary, note=record.with_whom,
                                  detail=record.channel)
        elif isinstance(record, CaseConference):
            yield ChronologyEvent(ChronologyKind.CASE_CONFERENCE, record.held_on, record.id,
                                  summary=record.place, note=record.decisions)
        elif isinstance(record, Evaluation):
            yield ChronologyEvent(ChronologyKind.EVALUATION, record.evaluated_on, record.id,
                                  summary=record.proposals, detail=record.outcome)


class Words(Protocol):
    """How a reader (the screen, the printed chronology) says the typed values of an event."""

    def detail(self, value: StrEnum) -> str: ...

    def version(self, number: int) -> str: ...

    def measure(self, code: str) -> str: ...


def summary_line(event: ChronologyEvent, chronology: Chronology, words: Words) -> str:
    """The event's summary in the reader's words: its typed value, the plan version or the
    measure, then what the record says and its reason, " — " between them."""
    parts: list[str] = []
    if isinstance(event.detail, RelationshipKind) and len(event.persons) == 2:
        parts.append(f"{chronology.name(event.persons[0])} {words.detail(event.detail)} "
                     f"{chronology.name(event.persons[1])}")
    elif event.detail is not None:
        parts.append(words.detail(event.detail))
    if event.version is not None:
        parts.append(words.version(event.version))
    if event.measure_code is not None:
        parts.append(words.measure(event.measure_code))
    parts += [text.strip() for text in (event.summary, event.note) if text.strip()]
    return " — ".join(parts)


def persons_line(event: ChronologyEvent, chronology: Chronology) -> str:
    return ", ".join(name for name in (chronology.name(p) for p in event.persons) if name)
