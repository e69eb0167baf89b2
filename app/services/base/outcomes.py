"""What finishing a step's wizard did, the same for every step: where the dossier is now,
whether it moved, the rules that kept it where it is, and what to open next. The window
branches on this outcome, never on a wizard's widgets."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.rules import Unmet


class NextScreen(enum.Enum):
    """What the window opens once a step is finished."""

    NONE = "none"
    #: The evaluation concluded that the aid ends: the closure (step 8) comes next.
    CLOSURE = "closure"
    #: The dossier was closed: its letter to the family comes now.
    CLOSURE_LETTER = "closure_letter"


@dataclass(frozen=True)
class StepOutcome:
    """One step finished, in one transaction. A move the rules refuse keeps what was recorded:
    ``stays_because`` then lists every unmet rule (with its article), shown to the agent."""

    #: The step the dossier is at now.
    step: int
    moved: bool = False
    stays_because: tuple[Unmet, ...] = ()
    next_screen: NextScreen = NextScreen.NONE
