"""The 8 steps of the CPI process (seed 001) and their names as the agent reads them.

The cycle's rules (which moves are allowed, on which conditions) arrive with the workflow; this
module names the steps once for every screen and document.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Text

STEP_TITLES: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("Steps", "Situation analysis"),
    QT_TRANSLATE_NOOP("Steps", "Global assessment"),
    QT_TRANSLATE_NOOP("Steps", "Planning"),
    QT_TRANSLATE_NOOP("Steps", "Intervention plan"),
    QT_TRANSLATE_NOOP("Steps", "Implementation"),
    QT_TRANSLATE_NOOP("Steps", "Coordination"),
    QT_TRANSLATE_NOOP("Steps", "Evaluation"),
    QT_TRANSLATE_NOOP("Steps", "Closure"),
)
FIRST_STEP, LAST_STEP = 1, len(STEP_TITLES)


def step_title(step: int) -> Text:
    """The name of step ``step`` (1 to 8)."""
    if not FIRST_STEP <= step <= LAST_STEP:
        raise ValueError(f"no CPI step {step}")
    return STEP_TITLES[step - 1]
