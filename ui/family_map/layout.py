"""Where each person of a genogram goes: a generation (row) and a slot (column).

Pure and deterministic (no physics, no Qt): the same dossier always draws the same way, so an
agent finds people where they left them and a printout matches the screen. Generations come
from the links first (a parent is one row above the child), then from the roles (parents above
children) for people nobody linked yet.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain import PersonRole, RelationshipKind
from app.services.caseload.listing import PersonView, RelationshipView

#: How many rows ``from`` sits above ``to`` for each kind ("from is the <kind> of to").
GENERATION_GAP: dict[RelationshipKind, int] = {
    RelationshipKind.PARENT: 1,
    RelationshipKind.STEP_PARENT: 1,
    RelationshipKind.FOSTER_PARENT: 1,
    RelationshipKind.GUARDIAN: 1,
    RelationshipKind.ADMINISTRATOR: 1,
    RelationshipKind.GRANDPARENT: 2,
    RelationshipKind.SIBLING: 0,
    RelationshipKind.HALF_SIBLING: 0,
    RelationshipKind.PARTNER: 0,
}

#: The row a role suggests when no link says otherwise (parents above children).
ROLE_GENERATION: dict[PersonRole, int] = {
    PersonRole.PARENT: 0,
    PersonRole.CHILD: 1,
    PersonRole.YOUNG_ADULT: 1,
}


@dataclass(frozen=True)
class Slot:
    generation: int  # 0 is the top row
    column: float  # centre, in slot widths; neighbours are at least 1 apart


def person_order(person: PersonView) -> tuple[bool, date, str, str, str]:
    """Eldest first (genogram convention), unknown birth dates last, then by name."""
    return (person.birth_date is None, person.birth_date or date.max, person.last_name,
            person.first_name, str(person.person_id))


def generations(persons: Sequence[PersonView],
                relationships: Sequence[RelationshipView]) -> dict[uuid.UUID, int]:
    """Each person's row: relative rows from the links, anchored by the roles."""
    ordered = sorted(persons, key=person_order)
    known = {p.person_id for p in ordered}
    edges: dict[uuid.UUID, list[tuple[uuid.UUID, int]]] = defaultdict(list)
    for r in relationships:
        gap = GENERATION_GAP.get(r.kind)
        if gap is None or r.from_person_id not in known or r.to_person_id not in known:
            continue
        edges[r.from_person_id].append((r.to_person_id, gap))
        edges[r.to_person_id].append((r.from_person_id, -gap))
    rows: dict[uuid.UUID, int] = {}
    for start in ordered:
        if start.person_id in rows:
            continue
        component = {start.person_id: 0}
        queue = [start.person_id]
        while queue:  # breadth first; a contradictory link loses to the first one met
            current = queue.pop(0)
            for other, gap in edges[current]:
                if other not in component:
                    component[other] = component[current] + gap
                    queue.append(other)
        rows.update(_anchored(component, {p.person_id: p.role for p in ordered}))
    top = min(rows.values(), default=0)
    return {person_id: row - top for person_id, row in rows.items()}


def _anchored(component: dict[uuid.UUID, int],
              roles: dict[uuid.UUID, PersonRole]) -> dict[uuid.UUID, int]:
    """Shift a linked group so that most roles sit on their usual row."""
    shifts = Counter(ROLE_GENERATION[roles[p]] - row for p, row in component.items()
                     if roles[p] in ROLE_GENERATION)
    best = max(shifts.values(), default=0)
    shift = min((s for s, n in shifts.items() if n == best), default=0)
    return {p: row + shift for p, row in component.items()}


def slots(persons: Sequence[PersonView],
          relationships: Sequence[RelationshipView]) -> dict[uuid.UUID, Slot]:
    """Rows from ``generations``; columns from the fullest row, others centred over (or
    under) the people they are linked to."""
    rows = generations(persons, relationships)
    by_row: dict[int, list[PersonView]] = defaultdict(list)
    for person in sorted(persons, key=person_order):
        by_row[rows[person.person_id]].append(person)
    if not by_row:
        return {}
    neighbours: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for r in relationships:
        neighbours[r.from_person_id].append(r.to_person_id)
        neighbours[r.to_person_id].append(r.from_person_id)
    anchor = max(by_row, key=lambda row: (len(by_row[row]), row))
    columns: dict[uuid.UUID, float] = {}
    first = by_row[anchor]
    for index, person in enumerate(first):
        columns[person.person_id] = index - (len(first) - 1) / 2
    order = [*range(anchor - 1, -1, -1), *range(anchor + 1, max(by_row) + 1)]
    for row in order:
        _place_row(by_row.get(row, []), neighbours, columns)
    return {person_id: Slot(rows[person_id], column) for person_id, column in columns.items()}


def _place_row(row: list[PersonView], neighbours: dict[uuid.UUID, list[uuid.UUID]],
               columns: dict[uuid.UUID, float]) -> None:
    """Centre each person on their placed neighbours, then push apart to one slot each."""
    wanted: list[tuple[float, int, PersonView]] = []
    loose: list[PersonView] = []
    for rank, person in enumerate(row):
        placed = [columns[n] for n in neighbours[person.person_id] if n in columns]
        if placed:
            wanted.append((sum(placed) / len(placed), rank, person))
        else:
            loose.append(person)
    right = max((w for w, _r, _p in wanted), default=-1.0)
    wanted += [(right + 1 + i, len(row) + i, p) for i, p in enumerate(loose)]
    wanted.sort(key=lambda item: (item[0], item[1]))
    placed_at: list[float] = []
    for target, _rank, _person in wanted:
        placed_at.append(target if not placed_at else max(target, placed_at[-1] + 1))
    shift = (sum(w for w, _r, _p in wanted) - sum(placed_at)) / max(len(wanted), 1)
    for (_target, _rank, person), column in zip(wanted, placed_at, strict=True):
        columns[person.person_id] = column + shift
