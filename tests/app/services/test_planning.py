"""Art. 11, 13 and 15 when planning measures: formulas, agrément, forfait units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import OutboxEntry, PlannedMeasure
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.one.network import ProviderInput, register_provider
from app.services.steps.planning import MeasureInput, plan_measure
from tests.app.services.family import Family

TODAY = date(2026, 11, 23)


def _measure(family: Family, code: str, provider: object, quantity: Decimal | None,
             objectives: bool = True) -> MeasureInput:
    assert family.objective is not None
    return MeasureInput(family.child, code, provider, quantity, TODAY,  # type: ignore[arg-type]
                        date(2027, 6, 30), (family.objective,) if objectives else ())


@pytest.fixture
def family(agent: ServiceContext) -> Family:
    return Family.open(agent, TODAY).analyse().assess()


def test_a_measure_needing_an_agrement_is_refused_with_a_provider_without(
    agent: ServiceContext, family: Family,
) -> None:
    club = register_provider(agent, ProviderInput("Club de loisirs du quartier"))
    with pytest.raises(RuleViolation) as refused:
        plan_measure(agent, family.case_id, _measure(family, "h", club, Decimal(50)))
    assert refused.value.codes == ("art13.agrement",)
    message = refused.value.message("fr")
    assert "Club de loisirs du quartier" in message and "(art. 13)" in message
    # k) (psychomotricity) needs no agrément: the same provider is fine.
    assert plan_measure(agent, family.case_id, _measure(family, "k", club, Decimal(20)))


def test_an_agrement_expired_before_the_start_counts_as_none(
    agent: ServiceContext, family: Family,
) -> None:
    lapsed = register_provider(agent, ProviderInput("Foyer Ancien", "AGR-2001-7",
                                                    date(2026, 1, 31)))
    with pytest.raises(RuleViolation) as refused:
        plan_measure(agent, family.case_id, _measure(family, "a1", lapsed, Decimal(200)))
    assert refused.value.codes == ("art13.agrement",)


def test_quantity_is_counted_in_the_unit_of_the_forfait(agent: ServiceContext,
                                                         family: Family) -> None:
    home = register_provider(agent, ProviderInput("Aide en famille", "AGR-2020-1"))
    measure_id = plan_measure(agent, family.case_id, _measure(family, "i", home, Decimal(80)))
    with agent.reading() as session:
        measure = session.get(PlannedMeasure, measure_id)
        assert measure is not None and measure.unit == "hour" and measure.quantity == 80
        outbox = session.scalars(select(OutboxEntry).where(
            OutboxEntry.record_id == measure_id)).one()
    assert outbox.changes["quantity"] == [None, "80"] and outbox.changes["unit"] == [None, "hour"]


def test_measures_with_no_forfait_take_no_quantity(agent: ServiceContext, family: Family) -> None:
    legal = register_provider(agent, ProviderInput("Conseil juridique jeunes"))
    with pytest.raises(RuleViolation) as refused:
        plan_measure(agent, family.case_id, _measure(family, "t", legal, Decimal(3)))
    assert refused.value.codes == ("art15.no_forfait",)
    measure_id = plan_measure(agent, family.case_id, _measure(family, "t", legal, None))
    with agent.reading() as session:
        measure = session.get(PlannedMeasure, measure_id)
        assert measure is not None and measure.unit is None and measure.quantity is None


def test_every_problem_of_a_measure_is_listed_at_once(agent: ServiceContext,
                                                      family: Family) -> None:
    club = register_provider(agent, ProviderInput("Club sans agrément"))
    bad = MeasureInput(family.child, "a", club, None, date(2027, 1, 1), date(2026, 12, 1), ())
    with pytest.raises(RuleViolation) as refused:
        plan_measure(agent, family.case_id, bad)
    assert set(refused.value.codes) == {"art11.formula", "art13.agrement", "measure.dates",
                                        "measure.objective"}
