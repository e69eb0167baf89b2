"""Step 5, implementation: when each measure of the plan in force really started, paused and
ended. Measures start only once the ONE validated the plan that contains them (seed 001, 5e
étape; art. 4)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from app.domain import MeasureInterruption, PlannedMeasure
from app.rules import require
from app.rules.implementation import end_unmet, resumption_unmet, running_unmet, start_unmet
from app.rules.measures import early_end_unmet, interruption_unmet
from app.services.context import ServiceContext
from app.services.facts import plan_in_force
from app.services.guards import live, writable_case

IMPLEMENTATION_STEP = 5


def start_measure(ctx: ServiceContext, measure_id: uuid.UUID, started_on: date) -> None:
    """Record the day a measure of the plan in force actually started."""
    with ctx.transaction("start_measure") as session:
        measure = live(session, PlannedMeasure, measure_id)
        writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
        version = plan_in_force(session, measure.case_id)
        planned = {m["id"] for m in version.snapshot.get("measures", [])} if version else set()
        require(start_unmet(str(measure.id) in planned,
                            version.in_force_since if version is not None else None, started_on))
        measure.actual_start_on = started_on


def interrupt_measure(ctx: ServiceContext, measure_id: uuid.UUID, from_on: date,
                      reason: str, to_on: date | None = None) -> uuid.UUID:
    """Record that a running measure paused, from ``from_on`` to ``to_on`` (or open: the
    pause then ends with ``resume_measure``), and why."""
    with ctx.transaction("interrupt_measure") as session:
        measure = live(session, PlannedMeasure, measure_id)
        writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
        open_pause = session.scalars(select(MeasureInterruption).where(
            MeasureInterruption.measure_id == measure.id,
            MeasureInterruption.deleted_at.is_(None),
            MeasureInterruption.to_on.is_(None))).first()
        require(interruption_unmet(measure.actual_start_on, measure.actual_end_on,
                                   open_pause.from_on if open_pause else None, from_on, to_on,
                                   reason))
        pause = MeasureInterruption(case_id=measure.case_id, measure_id=measure.id,
                                    from_on=from_on, to_on=to_on, reason=reason.strip())
        session.add(pause)
        session.flush()
        return pause.id


def resume_measure(ctx: ServiceContext, interruption_id: uuid.UUID, to_on: date) -> None:
    with ctx.transaction("resume_measure") as session:
        pause = live(session, MeasureInterruption, interruption_id)
        writable_case(session, pause.case_id, IMPLEMENTATION_STEP)
        require(resumption_unmet(pause.to_on is not None, pause.from_on, to_on))
        pause.to_on = to_on


def end_measure(ctx: ServiceContext, measure_id: uuid.UUID, ended_on: date, reason: str) -> None:
    """Record the day a measure actually ended, and why (a reason is required when it ends
    before its planned end)."""
    with ctx.transaction("end_measure") as session:
        measure = _running(live(session, PlannedMeasure, measure_id))
        writable_case(session, measure.case_id, IMPLEMENTATION_STEP)
        assert measure.actual_start_on is not None
        require([*end_unmet(measure.actual_start_on, ended_on),
                 *early_end_unmet(measure.ends_on, ended_on, reason)])
        measure.actual_end_on, measure.end_reason = ended_on, reason.strip()


def _running(measure: PlannedMeasure) -> PlannedMeasure:
    require(running_unmet(measure.actual_start_on is not None,
                          measure.actual_end_on is not None))
    return measure
