"""Art. 6: twice a year the ONE lists the children living in Luxembourg who, on 1 April and on
1 October, are placed in an institution or a foster family, in Luxembourg or abroad. Art. 3.4
defines the placement (accueil socio-éducatif): out of the family home, in an institution or a
foster family, in principle day and night, for at least a month.

Which measures are placements is reference data (``placement`` of the art. 11 catalogue): the
measures art. 11 calls "accueil socio-éducatif" in an institution or a foster family, the
term art. 3.4 defines "en principe de jour et de nuit": the five institutional formulas of a),
b) abroad, both formulas of c) (day and night, and by day) and d) (by day, in a foyer); art. 15
pays c2 and d as "placement" too. e) and f) are "accueil éducatif", not counted
(docs/design-workflow.md says the choice). A child is counted when under 18 on the reference
day and their placement has actually started on or before it and not ended before it (an
interruption does not end a placement; a revocation of the plan, art. 4, or the closing of the
dossier ends it on its day).
"""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.ages import ADULT_AGE

REFERENCE_DAYS = ((4, 1), (10, 1))  # 1 April, 1 October


def is_reference_day(on: date) -> bool:
    return (on.month, on.day) in REFERENCE_DAYS


def reference_days_around(today: date) -> tuple[date, date]:
    """The latest reference day on or before ``today`` and the next one after it."""
    days = [date(year, month, day) for year in (today.year - 1, today.year, today.year + 1)
            for month, day in REFERENCE_DAYS]
    latest = max(day for day in days if day <= today)
    return latest, min(day for day in days if day > today)


def latest_birth_date_excluded(on: date) -> date:
    """Children born on or before this day are 18 or older on ``on``: not on the list."""
    try:
        return date(on.year - ADULT_AGE, on.month, on.day)
    except ValueError:  # ``on`` is 29 February: that year has none
        return date(on.year - ADULT_AGE, 2, 28)


def reference_day_unmet(on: date) -> list[Unmet]:
    """The semester list is drawn up on a reference day only."""
    if is_reference_day(on):
        return []
    return [Unmet("art6.reference_day", QT_TRANSLATE_NOOP(
        "Rules", "The semester list is drawn up on 1 April and 1 October (art. 6); {date} is "
                 "neither.").format(date=on.strftime("%d/%m/%Y")), article="art. 6")]
