"""Art. 5: the courts' intervention prevails; while proceedings are pending, the ONE acts only
at the express request of the judicial authorities, recorded before any plan."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def judicial_request_unmet(court_proceedings_pending: bool,
                           judicial_request_on: date | None) -> list[Unmet]:
    if court_proceedings_pending and judicial_request_on is None:
        return [Unmet("art5.judicial_request", QT_TRANSLATE_NOOP(
            "Rules", "Court proceedings are pending: the ONE may act only at the express request "
                     "of the judicial authorities. Record that request first (art. 5)."),
                     article="art. 5")]
    return []


def judicial_record_unmet(received_on: date, reference: str, today: date) -> list[Unmet]:
    """Every reason the judicial authorities' request cannot be recorded as typed."""
    unmet: list[Unmet] = []
    if received_on > today:
        unmet.append(Unmet("judicial.date_future", QT_TRANSLATE_NOOP(
            "Cases", "The date {date} is in the future. Check the date.").format(
                date=received_on.strftime("%d/%m/%Y"))))
    if not reference.strip():
        unmet.append(Unmet("judicial.reference_missing", QT_TRANSLATE_NOOP(
            "Cases", "Give the reference of the judicial request (court, file number).")))
    return unmet
