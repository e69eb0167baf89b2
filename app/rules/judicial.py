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
                     "of the judicial authorities. Record that request first (art. 5)."))]
    return []
