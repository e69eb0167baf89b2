"""The anonymised statistics extract (art. 7): caseload per office and step, measures by type,
durations. Built from codes, counts and durations only; every field is one of
``app.rules.records.STATISTICS_FIELDS``, so no name, birth date, address or free text leaves."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.domain import Case, Office, Person, PersonAnonymisation, PlannedMeasure, PlanVersion
from app.rules.ages import age_group
from app.rules.records import STATISTICS_FIELDS
from app.services.base.context import ServiceContext


@dataclass(frozen=True)
class StatisticsExtract:
    tables: dict[str, list[dict[str, Any]]]

    def as_csv(self) -> dict[str, str]:
        """One CSV text per table, header first."""
        texts = {}
        for name, rows in self.tables.items():
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=STATISTICS_FIELDS[name], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            texts[name] = out.getvalue()
        return texts


def statistics_extract(ctx: ServiceContext, today: date) -> StatisticsExtract:
    """The extract of every dossier this device holds, on ``today``."""
    with ctx.reading() as session:
        return statistics_in(session, today)


def statistics_in(session: Session, today: date,
                  since: date | None = None) -> StatisticsExtract:
    """The extract over whatever ``session`` holds: one device's dossiers, or every office's
    on the server (``cpi-server statistics FROM TO``).

    With ``since``, the period from ``since`` to ``today`` (both included): only the dossiers
    open at some time in it (opened on or before ``today``, not closed before ``since``) and
    their measures planned over part of it; a dossier's days open are counted up to ``today``
    at most, ages on ``today``. States and steps are those recorded now (their history is not
    kept). Without ``since``, every dossier and measure, as on a device."""
    case_filter: list[ColumnElement[bool]] = [Case.deleted_at.is_(None)]
    measure_filter: list[ColumnElement[bool]] = [PlannedMeasure.deleted_at.is_(None)]
    if since is not None:
        case_filter += [Case.opened_on <= today,
                        or_(Case.closed_on.is_(None), Case.closed_on >= since)]
        in_period = select(Case.id).where(*case_filter)
        measure_filter += [PlannedMeasure.case_id.in_(in_period),
                           PlannedMeasure.starts_on <= today,
                           func.coalesce(PlannedMeasure.actual_end_on,
                                         PlannedMeasure.ends_on) >= since]
    caseload = session.execute(
        select(Office.code, Case.state, Case.current_step, func.count())
        .join(Office, Office.id == Case.office_id).where(*case_filter)
        .group_by(Office.code, Case.state, Case.current_step)
        .order_by(Office.code, Case.state, Case.current_step)).all()
    measures = session.execute(
        select(PlannedMeasure.measure_code, PlannedMeasure.unit, func.count(),
               func.sum(PlannedMeasure.quantity),
               func.count(PlannedMeasure.beneficiary_id.distinct()))
        .where(*measure_filter)
        .group_by(PlannedMeasure.measure_code, PlannedMeasure.unit)
        .order_by(PlannedMeasure.measure_code)).all()
    versions = Counter(dict(session.execute(
        select(PlanVersion.case_id, func.count()).where(PlanVersion.deleted_at.is_(None))
        .group_by(PlanVersion.case_id)).all()))
    measure_counts = Counter(dict(session.execute(
        select(PlannedMeasure.case_id, func.count())
        .where(*measure_filter)
        .group_by(PlannedMeasure.case_id)).all()))
    groups: dict[Any, set[str]] = defaultdict(set)
    # A person anonymised at their request (art. 7) has no birth date any more: the age band
    # kept with the anonymisation counts them.
    bands = dict(session.execute(select(PersonAnonymisation.person_id,
                                        PersonAnonymisation.age_band)).all())
    for person_id, case_id, birth_date in session.execute(
            select(Person.id, Person.case_id, Person.birth_date).where(
                Person.deleted_at.is_(None), Person.role.in_(("child", "young_adult")))):
        groups[case_id].add(age_group(birth_date, today).value if birth_date
                            else bands.get(person_id) or "unknown")
    cases = session.execute(
        select(Case.id, Office.code, Case.state, Case.opened_on, Case.closed_on)
        .join(Office, Office.id == Case.office_id).where(*case_filter)
        .order_by(Office.code, Case.opened_on, Case.number)).all()
    return StatisticsExtract({
        "caseload": [{"office_code": o, "state": s.value, "step": step, "cases": n}
                     for o, s, step, n in caseload],
        "measures": [{"measure_code": code, "unit": unit or "", "measures": n,
                      "quantity": str(Decimal(quantity or 0)), "beneficiaries": b}
                     for code, unit, n, quantity, b in measures],
        "durations": [{"office_code": office, "state": state.value, "opened_year": opened.year,
                       "days_open": (min(closed or today, today) - opened).days
                       if since is not None else ((closed or today) - opened).days,
                       "age_group": "+".join(sorted(groups.get(case_id, {"none"}))),
                       "plan_versions": versions.get(case_id, 0),
                       "measures": measure_counts.get(case_id, 0)}
                      for case_id, office, state, opened, closed in cases],
    })
