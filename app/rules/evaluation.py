"""Step 7: what an evaluation must say (seed 001, "évaluation"): how far at least one objective
moved, ratings on their scales, and proposals whenever it changes the course of the aid."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.evaluation import APPRAISAL_SCALE, PROGRESS_SCALE
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def evaluation_unmet(progress: Iterable[int], appraisals: Iterable[tuple[int, int]],
                     goes_on: bool, proposals: str) -> list[Unmet]:
    """Every reason the evaluation cannot be recorded as it stands (empty: it can)."""
    rated = list(progress)
    unmet: list[Unmet] = []
    if not rated:
        unmet.append(Unmet("step7.progress", QT_TRANSLATE_NOOP(
            "Rules", "Say for at least one objective how far it moved.")))
    if any(value not in PROGRESS_SCALE for value in rated):
        unmet.append(Unmet("step7.progress_scale", QT_TRANSLATE_NOOP(
            "Rules", "Progress is rated from 0 (no change) to 4 (reached).")))
    if any(a not in APPRAISAL_SCALE or b not in APPRAISAL_SCALE for a, b in appraisals):
        unmet.append(Unmet("step7.appraisal_scale", QT_TRANSLATE_NOOP(
            "Rules", "Efficacy and efficiency are rated from 1 (poor) to 4 (good).")))
    if not goes_on and not proposals.strip():
        unmet.append(Unmet("step7.proposals", QT_TRANSLATE_NOOP(
            "Rules", "Write down the proposals that justify re-planning or closing.")))
    return unmet
