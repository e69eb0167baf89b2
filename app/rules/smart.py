"""SMART objectives (seed 001, 2nd step): "spécifiques, mesurables, acceptés, réalistes et
temporellement définis (court, moyen et long terme)". An objective missing a part is refused
with the part that is missing."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet

#: A specific wording says what changes for whom: a single word is not specific.
MIN_SPECIFIC_WORDS = 3


def objective_unmet(*, wording: str, indicator: str, accepted_by: str, realism: str,
                    due_on: date | None, today: date) -> list[Unmet]:
    unmet: list[Unmet] = []
    if len(wording.split()) < MIN_SPECIFIC_WORDS:
        unmet.append(Unmet("smart.specific", QT_TRANSLATE_NOOP(
            "Rules", "Specific: say in a sentence what should change, for whom.")))
    if not indicator.strip():
        unmet.append(Unmet("smart.measurable", QT_TRANSLATE_NOOP(
            "Rules", "Measurable: give the indicator that will show the objective is reached.")))
    if not accepted_by.strip():
        unmet.append(Unmet("smart.accepted", QT_TRANSLATE_NOOP(
            "Rules", "Accepted: say who accepted this objective (child, parents, young "
                     "adult...).")))
    if not realism.strip():
        unmet.append(Unmet("smart.realistic", QT_TRANSLATE_NOOP(
            "Rules", "Realistic: explain why this objective can be reached with the resources "
                     "at hand.")))
    if due_on is None:
        unmet.append(Unmet("smart.time_bound", QT_TRANSLATE_NOOP(
            "Rules", "Time-bound: give the date by which the objective should be reached.")))
    elif due_on <= today:
        unmet.append(Unmet("smart.time_bound", QT_TRANSLATE_NOOP(
            "Rules", "Time-bound: the due date {date} is not in the future.").format(
                date=due_on.strftime("%d/%m/%Y"))))
    return unmet
