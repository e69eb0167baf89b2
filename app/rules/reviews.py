"""Art. 6: the ONE re-examines every plan at least every twelve months after its validation,
on its own initiative or at the request of a party (art. 4: the child, parents or legal
representatives may ask at any time for a review or a revocation).

A review is due on the day twelve months after the validation or the last review (a 29 February
start falls due on 28 February); it is overdue from the next day. Reviews due within
``DUE_SOON`` are listed ahead; reviews overdue for more than ``ESCALATION_AFTER`` go to the
office lead's list.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet

REVIEW_INTERVAL = relativedelta(months=12)
DUE_SOON = timedelta(days=30)
ESCALATION_AFTER = timedelta(days=30)


class ReviewStatus(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"  # due within 30 days, the due day included
    OVERDUE = "overdue"
    ESCALATED = "escalated"  # overdue for more than 30 days: on the office lead's list


def review_due_on(last_validation_or_review: date) -> date:
    return last_validation_or_review + REVIEW_INTERVAL


def review_status(due_on: date, today: date) -> ReviewStatus:
    if today > due_on + ESCALATION_AFTER:
        return ReviewStatus.ESCALATED
    if today > due_on:
        return ReviewStatus.OVERDUE
    if due_on - today <= DUE_SOON:
        return ReviewStatus.DUE_SOON
    return ReviewStatus.ON_TRACK


def due_soon_window(today: date) -> tuple[date, date]:
    """Due dates that count as due soon on ``today`` (inclusive bounds)."""
    return today, today + DUE_SOON


def escalation_cutoff(today: date) -> date:
    """Reviews due before this day are escalated."""
    return today - ESCALATION_AFTER


def discard_reason_unmet(reason: str) -> list[Unmet]:
    """A version set aside before signature keeps why (the family refused it, a mistake)."""
    if reason.strip():
        return []
    return [Unmet("plan.discard_reason", QT_TRANSLATE_NOOP(
        "Rules", "Say why the version is set aside (e.g. the family refused it): the reason "
                 "stays with the discarded version."))]
