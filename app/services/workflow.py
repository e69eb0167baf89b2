"""Moving a dossier through the 8 steps; the conditions live in ``app.rules.workflow``."""

from __future__ import annotations

import uuid
from datetime import date

from app.rules import Unmet, require
from app.rules.workflow import move_unmet
from app.services.context import ServiceContext
from app.services.facts import case_facts
from app.services.guards import case_of


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
        case.current_step = target
        case.furthest_step = max(case.furthest_step, target)
