"""The dossier's chronology, read from a real SQLCipher store."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import (
    ClosureReason,
    ContactChannel,
    PlanState,
    RelationshipKind,
    RequestChannel,
    ReviewRequestOutcome,
    SignatoryCapacity,
)
from app.domain.base import utc_now
from app.domain.cases import Request
from app.domain.plans import PlanVersion
from app.services.base.context import ServiceContext
from app.services.dossier.chronology import (
    Chronology,
    ChronologyFilter,
    ChronologyKind,
    Discernment,
    load_chronology,
)
from tests.app.services import chronology_family as story
from tests.app.services.chronology_family import Chronicled, chronicled

K = ChronologyKind


@pytest.fixture
def told(agent: ServiceContext) -> tuple[Chronicled, Chronology]:
    done = chronicled(agent)
    return done, load_chronology(agent, done.family.case_id)


def test_the_events_come_in_date_order_from_the_typed_dates(
        told: tuple[Chronicled, Chronology]) -> None:
    done, chronology = told
    days = [e.on for e in chronology.events]
    assert days == sorted(days)
    first = {}
    for event in chronology.events:
        first.setdefault(event.kind, event)
    assert first[K.DOSSIER_OPENED].on == story.OPENED
    assert first[K.REQUEST_RECEIVED].on == story.OPENED
    assert first[K.REQUEST_RECEIVED].detail is RequestChannel.TELEPHONE_PERMANENCE
    assert "scolarité" in first[K.REQUEST_RECEIVED].summary
    contact = first[K.CONTACT]
    assert contact.at is not None and contact.at == story.CONTACT_AT
    assert contact.detail is ContactChannel.HOME_VISIT and contact.note == "Ana Sofia Tavares"
    assert first[K.CASE_CONFERENCE].on == story.CONFERENCE
    assert first[K.CASE_CONFERENCE].summary == "École fondamentale Brill"
    for kind in (K.PLAN_PREPARED, K.PLAN_READY_TO_SIGN, K.PLAN_VALIDATED, K.PLAN_IN_FORCE):
        assert first[kind].on == story.OPENED and first[kind].version == 1, kind
    signatures = [e for e in chronology.events if e.kind is K.SIGNATURE_GIVEN]
    assert {e.persons for e in signatures} == {(done.family.mother,), (done.family.father,)}
    assert {e.detail for e in signatures} == {SignatoryCapacity.PARENT}
    judgement = first[K.DISCERNMENT_JUDGEMENT]
    assert judgement.detail is Discernment.NOT_CAPABLE
    assert judgement.persons == (done.family.child,)
    assert (first[K.MEASURE_STARTED].on, first[K.MEASURE_STARTED].measure_code) == (
        story.STARTED, "i")
    assert first[K.MEASURE_INTERRUPTED].on == story.PAUSED
    assert first[K.MEASURE_INTERRUPTED].note == "Séjour à l'hôpital"
    assert first[K.MEASURE_ENDED].on == story.ENDED
    assert first[K.MEASURE_ENDED].note == "Objectif atteint"
    assert first[K.REVIEW_REQUEST_RECEIVED].on == story.REQUESTED
    assert first[K.REVIEW_REQUEST_RECEIVED].persons == (done.family.father,)
    assert first[K.REVIEW_REQUEST_ANSWERED].on == story.ANSWERED
    assert first[K.REVIEW_REQUEST_ANSWERED].detail is ReviewRequestOutcome.PLAN_CONFIRMED
    assert first[K.AUTHORITY_GIVEN].on == date(2014, 5, 17)
    ended = first[K.AUTHORITY_ENDED]
    assert (ended.on, ended.note, ended.detail) == (
        story.AUTHORITY_ENDED, "Jugement du tribunal", RelationshipKind.PARENT)
    assert ended.persons == (done.family.father, done.family.child)
    assert first[K.REPRESENTATION_ENDED].on == story.AUTHORITY_ENDED
    assert first[K.STAKEHOLDER_ENDED].summary == "Mme Hoffmann"
    closed = first[K.DOSSIER_CLOSED]
    assert (closed.on, closed.detail) == (story.CLOSED, ClosureReason.OBJECTIVES_REACHED)
    assert chronology.measure_labels["i"][0]  # the French label of the art. 11 measure
    assert chronology.number.startswith("SUD")


def test_a_withdrawn_measure_is_an_event_other_deletions_are_not(
        agent: ServiceContext, told: tuple[Chronicled, Chronology]) -> None:
    done, chronology = told
    withdrawn = [e for e in chronology.events if e.kind is K.MEASURE_WITHDRAWN]
    assert [e.record_id for e in withdrawn] == [done.withdrawn]
    assert withdrawn[0].persons == (done.family.child,)
    assert len([e for e in chronology.events if e.kind is K.MEASURE_STARTED]) == 1
    with agent.store.transaction("test_delete_request", from_server=True) as session:
        for request in session.query(Request).filter_by(case_id=done.family.case_id):
            request.deleted_at = utc_now()
    again = load_chronology(agent, done.family.case_id)
    assert not [e for e in again.events if e.kind is K.REQUEST_RECEIVED]
    assert len(again.events) == len(chronology.events) - 1


def test_filter_by_kind_and_by_person(told: tuple[Chronicled, Chronology]) -> None:
    done, chronology = told
    father = chronology.filtered(ChronologyFilter(person_id=done.family.father))
    assert {e.kind for e in father} == {
        K.AUTHORITY_GIVEN, K.AUTHORITY_ENDED, K.REPRESENTATION_GIVEN, K.REPRESENTATION_ENDED,
        K.SIGNATURE_GIVEN, K.REVIEW_REQUEST_RECEIVED, K.REVIEW_REQUEST_ANSWERED}
    child_contacts = chronology.filtered(ChronologyFilter(K.MEASURE_STARTED, done.family.child))
    assert [e.kind for e in child_contacts] == [K.MEASURE_STARTED]
    assert chronology.filtered(ChronologyFilter(K.CONTACT, done.family.child)) == ()
    assert len(chronology.filtered(ChronologyFilter())) == len(chronology.events)
    assert chronology.name(done.family.father) == "Jeff Weber"


def test_a_discarded_version_and_a_return_are_dated(agent: ServiceContext,
                                                    told: tuple[Chronicled, Chronology]) -> None:
    done, _chronology = told
    with agent.store.transaction("test_discarded_and_returned", from_server=True) as session:
        session.add(PlanVersion(case_id=done.family.case_id, number=2,
                                state=PlanState.DISCARDED, prepared_on=date(2026, 7, 2),
                                ended_on=date(2026, 7, 3), end_reason="La famille refuse"))
        session.add(PlanVersion(case_id=done.family.case_id, number=3,
                                state=PlanState.RETURNED, prepared_on=date(2026, 7, 4),
                                frozen_on=date(2026, 7, 4), returned_on=date(2026, 7, 6),
                                return_comment="Signature manquante"))
    events = load_chronology(agent, done.family.case_id).events
    discarded = [e for e in events if e.kind is K.PLAN_DISCARDED]
    assert [(e.on, e.version, e.note) for e in discarded] == [
        (date(2026, 7, 3), 2, "La famille refuse")]
    returned = [e for e in events if e.kind is K.PLAN_RETURNED]
    assert [(e.on, e.version, e.note) for e in returned] == [
        (date(2026, 7, 6), 3, "Signature manquante")]
