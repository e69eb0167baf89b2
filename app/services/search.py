"""Search as you type over dossier numbers and names (the FTS5 index of
``app.store.search_index``): accent-insensitive, word prefixes, any word order."""

from __future__ import annotations

import re
import uuid
from datetime import date

from sqlalchemy import text

from app.services.caseload import CaseloadRow, caseload_rows
from app.services.context import ServiceContext

MAX_RESULTS = 500
_WORD = re.compile(r"\w+")


def fts_query(typed: str) -> str | None:
    """Each typed word as a quoted prefix ("gonç tav" -> "gonç"* "tav"*), all required.

    Quoting keeps FTS5 syntax (AND, NEAR, *, -, :) typed by the agent from being interpreted.
    """
    words = _WORD.findall(typed)
    return " ".join(f'"{word}"*' for word in words) if words else None


def search_caseload(ctx: ServiceContext, typed: str, *, include_closed: bool = False,
                    today: date | None = None) -> list[CaseloadRow]:
    """Dossiers whose number or persons' names start with every typed word, best first."""
    query = fts_query(typed)
    with ctx.reading() as session:
        today = today or date.today()
        if query is None:
            return caseload_rows(session, today, include_closed=include_closed)
        ids = session.execute(text(
            "SELECT k.case_id FROM case_search JOIN case_search_key k ON k.key = case_search.rowid"
            " WHERE case_search MATCH :query ORDER BY rank LIMIT :limit"),
            {"query": query, "limit": MAX_RESULTS}).scalars().all()
        matches = [uuid.UUID(hex=case_id) for case_id in ids]
        return caseload_rows(session, today, include_closed=include_closed, only=matches)
