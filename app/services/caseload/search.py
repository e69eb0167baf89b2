"""Search as you type over dossier numbers, names and what was written in the dossiers (the
FTS5 index of ``app.store.search_index``): accent-insensitive, word prefixes, any word order,
every word somewhere in the dossier."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

from sqlalchemy import func, select, text

from app.domain import CaseState
from app.services.base.context import ServiceContext
from app.services.caseload.listing import HIT_END, HIT_START, CaseloadRow, caseload_rows

#: A search shows at most this many dossiers, newest first: type more to narrow it down.
MAX_RESULTS = 200
#: The passage shown of what was written: about this many words around the hits.
PASSAGE_WORDS = 14
_WORD = re.compile(r"\w+")
#: Lines of different records inside one passage (the index writes one record a line).
RECORD_SEPARATOR = " / "

# The newest matching dossiers the caseload lists (cancelled and deleted ones never), each
# with a passage of its written texts (column 2 of the index) around the hits.
_MATCHES = text(f"""
    SELECT k.case_id, snippet(case_search, 2, '{HIT_START}', '{HIT_END}', '…', :words)
    FROM case_search JOIN case_search_key k ON k.key = case_search.rowid
    JOIN case_file c ON c.id = k.case_id
    WHERE case_search MATCH :query AND c.deleted_at IS NULL
      AND c.state IN (SELECT value FROM json_each(:states))
    ORDER BY case_search.rowid DESC LIMIT :limit""")


def fts_query(typed: str) -> str | None:
    """Each typed word as a quoted prefix ("gonç tav" -> "gonç"* "tav"*), all required.

    Quoting keeps FTS5 syntax (AND, NEAR, *, -, :) typed by the agent from being interpreted.
    """
    words = _WORD.findall(typed)
    return " ".join(f'"{word}"*' for word in words) if words else None


def passage_of(snippet: str | None) -> str:
    """The passage to show: empty when no typed word was found in the written texts (the
    number or names matched), its records' lines joined on one line."""
    if not snippet or HIT_START not in snippet:
        return ""
    return RECORD_SEPARATOR.join(line.strip() for line in snippet.splitlines() if line.strip())


def search_caseload(ctx: ServiceContext, typed: str, *, include_closed: bool = False,
                    today: date | None = None) -> list[CaseloadRow]:
    """Dossiers where every typed word starts a word of their number, their persons' names or
    what was written in them (the 200 newest), newest first like the caseload; each with the
    passage where the words were found in the written texts."""
    query = fts_query(typed)
    with ctx.reading() as session:
        today = today or date.today()
        if query is None:
            return caseload_rows(session, today, include_closed=include_closed)
        states = [CaseState.OPEN.value, CaseState.CLOSED.value] if include_closed \
            else [CaseState.OPEN.value]
        found = session.execute(_MATCHES, {
            "query": query, "limit": MAX_RESULTS, "words": PASSAGE_WORDS,
            "states": json.dumps(states)}).all()
        passages = {case_id: passage_of(snippet) for case_id, snippet in found}
        # The ids travel as one JSON parameter that every query of the rows reads back with
        # json_each: ranking once, binding once (hundreds of bound UUIDs cost more than the
        # search itself).
        matches = func.json_each(json.dumps(list(passages))).table_valued("value")
        rows = caseload_rows(session, today, include_closed=include_closed,
                             only=select(matches.c.value))
    return [dataclasses.replace(row, passage=passage) if (passage := passages.get(
        row.case_id.hex)) else row for row in rows]
