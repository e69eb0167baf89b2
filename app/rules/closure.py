"""Step 8, closing a dossier and reopening it: aid is voluntary and may end at any step, with a
final evaluation; a closed dossier reopens with a reason (process rules, no article)."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def closure_unmet(final_evaluation: str, closed_on: date, today: date,
                  opened_on: date | None = None) -> list[Unmet]:
    """Every reason the dossier cannot be closed as asked (empty: it can)."""
    unmet: list[Unmet] = []
    if not final_evaluation.strip():
        unmet.append(Unmet("closure.final_evaluation_missing", QT_TRANSLATE_NOOP(
            "Plans", "Write the final evaluation before closing the dossier.")))
    if closed_on > today:
        unmet.append(Unmet("closure.date_future", QT_TRANSLATE_NOOP(
            "Plans", "The closing date cannot be in the future.")))
    if opened_on is not None and closed_on < opened_on:
        unmet.append(Unmet("closure.before_opening", QT_TRANSLATE_NOOP(
            "Plans", "The closing date is before the dossier was opened.")))
    return unmet


def reopening_reason_unmet(reason: str) -> list[Unmet]:
    if reason.strip():
        return []
    return [Unmet("reopening.reason_missing", QT_TRANSLATE_NOOP(
        "Plans", "Give the reason for reopening the dossier."))]


def reopening_unmet(closed: bool, closed_on: date | None, reopened_on: date) -> list[Unmet]:
    if not closed:
        return [Unmet("reopening.not_closed", QT_TRANSLATE_NOOP(
            "Plans", "This dossier is not closed."))]
    if closed_on and reopened_on < closed_on:
        return [Unmet("reopening.before_closure", QT_TRANSLATE_NOOP(
            "Plans", "The dossier cannot be reopened before it was closed."))]
    return []
