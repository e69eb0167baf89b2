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


def review_conclusion_unmet(conclusion: str) -> list[Unmet]:
    if conclusion.strip():
        return []
    return [Unmet("review.conclusion_missing", QT_TRANSLATE_NOOP(
        "Plans", "Write down the conclusion of the review."))]


def reviewed_version_unmet(in_force: bool) -> list[Unmet]:
    if in_force:
        return []
    return [Unmet("review.not_in_force", QT_TRANSLATE_NOOP(
        "Plans", "Only the plan in force is reviewed."))]


def review_request_unmet(number: int, current: bool, name: str,
                         entitled: bool) -> list[Unmet]:
    """Every reason ``name`` cannot ask for a review or revocation of version ``number``
    (art. 4: the child, the parents and the legal representatives may, at any time)."""
    unmet: list[Unmet] = []
    if not current:
        unmet.append(Unmet("review.version_not_current", QT_TRANSLATE_NOOP(
            "Plans", "Version {number} is no longer current: the request concerns the "
                     "current plan.").format(number=number)))
    if not entitled:
        unmet.append(Unmet("art4.review_requester", QT_TRANSLATE_NOOP(
            "Plans", "{name} may not ask for a review or revocation: the child, the parents "
                     "and the legal representatives may (art. 4).").format(name=name),
                     article="art. 4"))
    return unmet


def review_answer_unmet(outcome_chosen: bool, note: str) -> list[Unmet]:
    unmet: list[Unmet] = []
    if not outcome_chosen:
        unmet.append(Unmet("review.outcome_missing", QT_TRANSLATE_NOOP(
            "Plans", "Choose the outcome of the request.")))
    if not note.strip():
        unmet.append(Unmet("review.outcome_note_missing", QT_TRANSLATE_NOOP(
            "Plans", "Explain the outcome to keep a trace for the family.")))
    return unmet


def review_pending_unmet(answered: bool) -> list[Unmet]:
    if not answered:
        return []
    return [Unmet("review.already_answered", QT_TRANSLATE_NOOP(
        "Plans", "This request has already been answered."))]
