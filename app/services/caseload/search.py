"""Search as you type over dossier numbers and names (the FTS5 index of
``app.store.search_index``): accent-insensitive, word prefixes, any word order."""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import func, select, text

from app.services.base.context import ServiceContext
from app.services.caseload.listing import CaseloadRow, caseload_rows

#: A search shows at most this many dossiers, newest first: type more to narrow it down.
MAX_RESULTS = 200
_WORD = re.compile(r"\w+")


def fts_query(typed: str) -> str | None:
    """Each typed word as a quoted prefix ("gonç tav" -> "gonç"* "tav"*), all required.

    Quoting keeps FTS5 syntax (AND, NEAR, *, -, :) typed by the agent from being interpreted.
    """
    words = _WORD.findall(typed)
    return " ".join(f'"{word}"*' for word in words) if words else None


def search_caseload(ctx: ServiceContext, typed: str, *, include_closed: bool = False,
                    today: date | None = None) -> list[CaseloadRow]:
    """Dossiers whose number or persons' names start with every typed word (the 200 newest),
    newest first like the caseload."""
    query = fts_query(typed)
    with ctx.reading() as session:
        today = today or date.today()
        if query is None:
            return caseload_rows(session, today, include_closed=include_closed)
        ids = session.execute(text(
            "SELECT k.case_id FROM case_search JOIN case_search_key k ON k.key = case_search.rowid"
            " WHERE case_search MATCH :query ORDER BY case_search.rowid DESC LIMIT :limit"),
            {"query": query, "limit": MAX_RESULTS}).scalars().all()
        # The ids travel as one JSON parameter that every query of the rows reads back with
        # json_each: ranking once, binding once (hundreds of bound UUIDs cost more than the
        # search itself).
        matches = func.json_each(json.dumps(list(ids))).table_valued("value")
        return caseload_rows(session, today, include_closed=include_closed,
                             only=select(matches.c.value))
