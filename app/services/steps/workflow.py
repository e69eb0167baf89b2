"""Moving a dossier through the 8 steps; the conditions live in ``app.rules.workflow``."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.domain import Case
from app.rules import Unmet, require
from app.rules.workflow import move_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import case_facts
from app.services.base.guards import case_of
from app.services.base.outcomes import NextScreen, StepOutcome


def check_move(ctx: ServiceContext, case_id: uuid.UUID, target: int, *,
               today: date | None = None) -> list[Unmet]:
    """Every reason the dossier cannot go to step ``target`` now (empty: it can)."""
    with ctx.reading() as session:
        case = case_of(session, case_id)
        return move_unmet(case_facts(session, case, today or date.today()), target)


def move_case_to_step(ctx: ServiceContext, case_id: uuid.UUID, target: int, *,
                      today: date | None = None) -> None:
    """Move the dossier to step ``target``; refused with every unmet condition."""
    with ctx.transaction("move_case_to_step") as session:
        case = case_of(session, case_id)
        require(move_unmet(case_facts(session, case, today or date.today()), target))
        _move(case, target)


def move_if_allowed(session: Session, case: Case, target: int | None, today: date, *,
                    next_screen: NextScreen = NextScreen.NONE) -> StepOutcome:
    """Inside the caller's transaction, after the step's records: move the dossier to
    ``target`` (None: stay) when every condition holds. A refused move does not undo the
    records; the outcome lists why the dossier stays where it is."""
    if not target:
        return StepOutcome(case.current_step, next_screen=next_screen)
    session.flush()  # the rules read the records just written
    stays = move_unmet(case_facts(session, case, today), target)
    if not stays:
        _move(case, target)
    return StepOutcome(case.current_step, not stays, tuple(stays), next_screen)


def _move(case: Case, target: int) -> None:
    case.current_step = target
    case.furthest_step = max(case.furthest_step, target)
