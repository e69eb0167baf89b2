"""What becomes of an objective (seed 001, 7th step): achieved, abandoned, or reformulated
after an evaluation. Each keeps its date and reason, so that the history, the evaluation and
the next plan version say what happened; an objective that is no longer active stays as it
ended (a new objective is set instead).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


class ObjectiveFate(StrEnum):
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"
    REFORMULATED = "reformulated"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def objective_fate_unmet(status: str, status_on: date | None, fate: ObjectiveFate, on: date,
                         reason: str, today: date) -> list[Unmet]:
    """Why the objective (now ``status``) cannot become ``fate`` on ``on`` (empty: it can)."""
    unmet: list[Unmet] = []
    since = _day(status_on) if status_on else "—"
    if status == "achieved":
        unmet.append(Unmet("objective.achieved", QT_TRANSLATE_NOOP(
            "Rules", "This objective was achieved ({date}): it stays achieved and is not "
                     "abandoned or reformulated. Set a new objective if the family aims "
                     "further.").format(date=since)))
    elif status == "abandoned":
        unmet.append(Unmet("objective.abandoned", QT_TRANSLATE_NOOP(
            "Rules", "This objective was abandoned ({date}): it stays in the history as it "
                     "was. Set a new objective if it matters again.").format(date=since)))
    elif status == "reformulated":
        unmet.append(Unmet("objective.reformulated", QT_TRANSLATE_NOOP(
            "Rules", "This objective was reformulated ({date}): change its new wording "
                     "instead.").format(date=since)))
    if fate is ObjectiveFate.ABANDONED and not reason.strip():
        unmet.append(Unmet("objective.abandon_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the objective is abandoned: the evaluation and the history "
                     "read it (seed 001, step 7).")))
    elif fate is ObjectiveFate.REFORMULATED and not reason.strip():
        unmet.append(Unmet("objective.reformulate_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the objective is reformulated (e.g. what the evaluation "
                     "showed).")))
    if on > today:
        unmet.append(Unmet("objective.in_future", QT_TRANSLATE_NOOP(
            "Rules", "The date {date} is in the future: record it once it happened.").format(
                date=_day(on))))
    return unmet


def objective_person_unmet(person_known: bool) -> list[Unmet]:
    """An objective is set for one child or young adult of the dossier."""
    if person_known:
        return []
    return [Unmet("objective.for", QT_TRANSLATE_NOOP(
        "Rules", "Say for which child or young adult of the dossier the objective is set."))]
