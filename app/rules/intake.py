"""Step 1, the request (saisine) that opens a dossier and the regional office it opens in:
plain input rules, no article of the law."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def request_unmet(what: str, received_on: date, today: date) -> list[Unmet]:
    """Every reason a request cannot be recorded as typed (empty: it can)."""
    unmet: list[Unmet] = []
    if not what.strip():
        unmet.append(Unmet("request.what_missing", QT_TRANSLATE_NOOP(
            "Cases", "Describe what is asked in the request (who asks for what).")))
    if received_on > today:
        unmet.append(Unmet("request.date_future", QT_TRANSLATE_NOOP(
            "Cases", "The request date {date} is in the future. Check the date."
        ).format(date=received_on.strftime("%d/%m/%Y"))))
    return unmet


def office_unmet(code: str, known: bool) -> list[Unmet]:
    """A dossier opens in one of the regional offices the store knows."""
    if known:
        return []
    return [Unmet("case.unknown_office", QT_TRANSLATE_NOOP(
        "Cases", "Unknown regional office “{code}”. Choose an office from the list."
    ).format(code=code))]
