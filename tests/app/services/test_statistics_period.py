"""The anonymised statistics of a period (art. 7), as ``cpi-server statistics FROM TO`` computes
them, here over a device's real store: which dossiers and measures a period holds, and days
open counted up to its last day."""

from __future__ import annotations

from datetime import date

from app.domain import ClosureReason
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case
from app.services.one.statistics import statistics_extract, statistics_in
from tests.app.services.family import Family

OPENED = date(2026, 3, 2)


def test_a_period_holds_the_dossiers_open_in_it_days_counted_to_its_end(
    agent: ServiceContext,
) -> None:
    closed_after = Family.open(agent, OPENED, surname="Ferreira").analyse().assess().plan()
    close_case(agent, closed_after.case_id, ClosureInput(
        date(2026, 9, 30), ClosureReason.OBJECTIVES_REACHED, "Objectifs atteints"),
        today=date(2026, 9, 30))
    closed_before = Family.open(agent, OPENED, surname="Hoxha").analyse()
    close_case(agent, closed_before.case_id, ClosureInput(
        date(2026, 3, 20), ClosureReason.FAMILY_WITHDREW, "La famille arrête"),
        today=date(2026, 3, 20))
    with agent.reading() as session:
        period = statistics_in(session, date(2026, 6, 30), date(2026, 4, 1))
        before = statistics_in(session, date(2025, 12, 31), date(2025, 1, 1))
    assert [(r["days_open"], r["measures"]) for r in period.tables["durations"]] == [(120, 1)]
    assert [(r["measure_code"], r["measures"]) for r in period.tables["measures"]] == [("i", 1)]
    assert [r["cases"] for r in period.tables["caseload"]] == [1]
    assert before.tables == {"caseload": [], "measures": [], "durations": []}
    # Without a period, as on a device: every dossier, days open up to its closing.
    whole = statistics_extract(agent, date(2026, 12, 31))
    assert sorted(r["days_open"] for r in whole.tables["durations"]) == [18, 212]
