"""A synthetic family whose dossier went through most of what a chronology shows: requests,
links given and ended, a plan signed and in force, a measure started, paused and ended, one
withdrawn before it started, contacts, a conference, a review request, and the closure."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.domain import (
    ClosureReason,
    ContactChannel,
    ReviewRequestKind,
    ReviewRequestOutcome,
    StakeholderKind,
)
from app.domain.people import Relationship
from app.domain.providers import Stakeholder
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case
from app.services.plan.reviews import answer_review_request, request_plan_review
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    log_contact,
    record_case_conference,
)
from app.services.steps.implementation import end_measure, interrupt_measure, start_measure
from app.services.steps.planning import MeasureInput, plan_measure, withdraw_planned_measure
from tests.app.services.family import Family, validator_context

OPENED = date(2026, 3, 2)
CONTACT_AT = datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
CONFERENCE = date(2026, 3, 20)
STARTED = date(2026, 4, 1)
PAUSED = date(2026, 5, 4)
REQUESTED = date(2026, 6, 2)
ANSWERED = date(2026, 6, 15)
AUTHORITY_ENDED = date(2026, 7, 1)
ENDED = date(2026, 9, 1)
CLOSED = date(2026, 9, 30)


@dataclass
class Chronicled:
    family: Family
    version: uuid.UUID
    withdrawn: uuid.UUID


def chronicled(agent: ServiceContext) -> Chronicled:
    family = Family.open(agent, OPENED).analyse().assess().plan()
    assert family.objective is not None and family.provider is not None
    withdrawn = plan_measure(agent, family.case_id, MeasureInput(
        family.child, "i", family.provider, Decimal(10), OPENED, date(2026, 12, 31),
        (family.objective,)))
    withdraw_planned_measure(agent, withdrawn, "La famille préfère attendre la rentrée")
    log_contact(agent, family.case_id, ContactInput(
        CONTACT_AT, "Ana Sofia Tavares", ContactChannel.HOME_VISIT,
        "Visite à domicile : les devoirs se font à la cuisine"))
    record_case_conference(agent, family.case_id, ConferenceInput(
        CONFERENCE, "École fondamentale Brill", (Participant("Mme Hoffmann", "institutrice"),),
        decisions="Un suivi des devoirs deux fois par semaine"))
    version = family.in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, STARTED)
    interrupt_measure(agent, family.measure, PAUSED, "Séjour à l'hôpital")
    request = request_plan_review(agent, version, family.father, ReviewRequestKind.REVIEW,
                                  REQUESTED, "Les horaires ne conviennent plus")
    answer_review_request(agent, request, ReviewRequestOutcome.PLAN_CONFIRMED, ANSWERED,
                          "Horaires adaptés, projet maintenu")
    with agent.transaction("test_dates_of_links") as session:
        father = session.scalars(select(Relationship).where(
            Relationship.from_person_id == family.father)).one()
        father.since = date(2014, 5, 17)
        father.ended_on, father.end_reason = AUTHORITY_ENDED, "Jugement du tribunal"
        session.add(Stakeholder(case_id=family.case_id, kind=StakeholderKind.SCHOOL,
                                name="Mme Hoffmann", ended_on=AUTHORITY_ENDED,
                                end_reason="Changement d'école"))
    end_measure(agent, family.measure, ENDED, "Objectif atteint")
    close_case(agent, family.case_id, ClosureInput(
        CLOSED, ClosureReason.OBJECTIVES_REACHED, "Léa va à l'école chaque jour"), today=CLOSED)
    return Chronicled(family, version, withdrawn)
