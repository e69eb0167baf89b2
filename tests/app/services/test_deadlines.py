"""Due, overdue and escalated reviews (art. 6), and the turning-27 alert (art. 3)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.domain import PersonRole
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import (
    age_limit_alerts,
    office_lead_escalations,
    reviews_due_soon,
    reviews_overdue,
)
from app.services.dossier.opening import PersonInput, add_person
from app.services.plan.reviews import record_plan_review
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import OFFICE, Family, validator_context

VALIDATED = date(2025, 11, 23)


def test_review_lists_around_the_exact_due_day(agent: ServiceContext) -> None:
    family = Family.open(agent, VALIDATED).analyse().assess().plan()
    version = family.in_force(validator_context(agent))
    due = date(2026, 11, 23)
    assert [r.due_on for r in reviews_due_soon(agent, due)] == [due]
    assert reviews_overdue(agent, due) == []
    assert [r.case_id for r in reviews_overdue(agent, due + timedelta(days=1))] == [
        family.case_id]
    assert office_lead_escalations(agent, due + timedelta(days=30), OFFICE) == []
    assert len(office_lead_escalations(agent, due + timedelta(days=31), OFFICE)) == 1
    assert office_lead_escalations(agent, due + timedelta(days=31), "nord-diekirch") == []
    assert reviews_due_soon(agent, due - timedelta(days=31)) == []

    assert record_plan_review(agent, version, due, "Objectifs maintenus") == date(2027, 11, 23)
    assert reviews_overdue(agent, due + timedelta(days=40)) == []


def test_a_young_adult_turning_27_with_running_measures_is_flagged_three_months_ahead(
    agent: ServiceContext,
) -> None:
    today = date(2026, 11, 23)
    family = Family.open(agent, today).analyse().assess().plan()
    brother = add_person(agent, family.case_id, PersonInput(
        PersonRole.YOUNG_ADULT, "Rui", "Tavares", date(2000, 2, 23)), today=today)
    assert family.objective is not None and family.provider is not None
    move_case_to_step(agent, family.case_id, 3, today=today)
    plan_measure(agent, family.case_id, MeasureInput(
        brother, "u", family.provider, Decimal(20), today, date(2027, 6, 1), (family.objective,)))
    assert age_limit_alerts(agent, date(2026, 11, 22)) == []
    alerts = age_limit_alerts(agent, today)  # 23 Nov: three months before 23 Feb
    assert [(a.name, a.turns_27_on) for a in alerts] == [("Rui Tavares", date(2027, 2, 23))]
