"""Step 5, implementation: a measure of the plan starts once the plan containing it is in force
(art. 4), and its interruptions and end follow its start."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def start_unmet(in_plan_in_force: bool, in_force_since: date | None,
                started_on: date) -> list[Unmet]:
    """Every reason the measure cannot start on ``started_on`` (empty: it can)."""
    if not in_plan_in_force:
        return [Unmet("measure.not_in_plan", QT_TRANSLATE_NOOP(
            "Plans", "This measure is not part of the plan in force: it starts once a "
                     "version containing it is signed and validated by the ONE (art. 4)."),
                     article="art. 4")]
    if in_force_since is not None and started_on < in_force_since:
        return [Unmet("measure.before_plan", QT_TRANSLATE_NOOP(
            "Plans", "A measure cannot start before the plan took effect on {date}.").format(
                date=in_force_since.strftime("%d/%m/%Y")))]
    return []


def running_unmet(started: bool, ended: bool) -> list[Unmet]:
    """A measure pauses or ends only while it runs."""
    if started and not ended:
        return []
    return [Unmet("measure.not_running", QT_TRANSLATE_NOOP(
        "Plans", "This measure is not running: record its start first."))]


def resumption_unmet(already_over: bool, from_on: date, to_on: date) -> list[Unmet]:
    if already_over or to_on < from_on:
        return [Unmet("measure.interruption_over", QT_TRANSLATE_NOOP(
            "Plans", "This interruption is already over, or the date is before it began."))]
    return []


def end_unmet(started_on: date, ended_on: date) -> list[Unmet]:
    if ended_on < started_on:
        return [Unmet("measure.end_before_start", QT_TRANSLATE_NOOP(
            "Plans", "The measure cannot end before it started. Check the date."))]
    return []
