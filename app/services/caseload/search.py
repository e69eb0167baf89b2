"""Search as you type over dossier numbers, names and what was written in the dossiers (the
FTS5 index of ``app.store.search_index``): accent-insensitive, word prefixes, any word order,
every word somewhere in the dossier."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain import CaseState
from app.services.base.context import ServiceContext
from app.services.caseload.listing import CaseloadRow, caseload_rows
from app.services.caseload.passage import found_passage, typed_words
from app.store import search_index

#: A search shows at most this many dossiers, newest first: type more to narrow it down.
#: A hundred rows are five screens of the list; each row costs its share of every keystroke
#: (the rows' alerts, the passage), docs/performance.md.
MAX_RESULTS = 100
# The newest matching dossiers (the lowest index rowids, see ``search_index``) the caseload
# lists (cancelled and deleted ones never).
_MATCHES = text(f"""
    SELECT k.case_id, case_search.rowid
    FROM case_search JOIN case_search_key k
      ON k.key = {search_index.key_of_index_row("case_search.rowid")}
    JOIN case_file c ON c.id = k.case_id
    WHERE case_search MATCH :query AND c.deleted_at IS NULL
      AND c.state IN (SELECT value FROM json_each(:states))
    ORDER BY case_search.rowid LIMIT :limit""")
# Which index rows of a range hold a typed word in their written texts (the rowid range of
# the matches answers fast; the rows outside the matches are left out after).
_IN_TEXTS = text("SELECT rowid FROM case_search WHERE case_search MATCH :query "
                 "AND rowid BETWEEN :first AND :last")
# The written texts of those rows, for their passage: read only where a word is in them,
# from the index's content table (FTS5 keeps a row's columns there as c0, c1, c2, keyed by
# its rowid): asked through the index itself, a list of rowids reads every row (3 ms against
# 0.5 ms for 100 dossiers).
_TEXTS = text("SELECT id, c2 FROM case_search_content "
              "WHERE id IN (SELECT value FROM json_each(:rowids))")


def fts_query(typed: str) -> str | None:
    """Each typed word as a quoted prefix ("gonç tav" -> "gonç"* "tav"*), all required.

    Quoting keeps FTS5 syntax (AND, NEAR, *, -, :) typed by the agent from being interpreted.
    """
    words = typed_words(typed)
    return " ".join(f'"{word}"*' for word in words) if words else None


def _texts_with_words(session: Session, typed: str, rowids: list[int]) -> dict[int, str]:
    """The written texts of the index rows ``rowids`` that hold one of the typed words."""
    if not rowids:
        return {}
    either = " OR ".join(f'"{word}"*' for word in typed_words(typed))
    holding = set(session.execute(_IN_TEXTS, {
        "query": f"texts : ({either})", "first": min(rowids), "last": max(rowids)}).scalars())
    holding.intersection_update(rowids)
    if not holding:
        return {}
    return {rowid: texts or "" for rowid, texts in session.execute(
        _TEXTS, {"rowids": json.dumps(sorted(holding))}).all()}


def search_caseload(ctx: ServiceContext, typed: str, *, include_closed: bool = False,
                    today: date | None = None) -> list[CaseloadRow]:
    """Dossiers where every typed word starts a word of their number, their persons' names or
    what was written in them (the ``MAX_RESULTS`` newest), newest first like the caseload;
    each with the passage where the words were found in the written texts."""
    query = fts_query(typed)
    with ctx.reading() as session:
        today = today or date.today()
        if query is None:
            return caseload_rows(session, today, include_closed=include_closed)
        states = [CaseState.OPEN.value, CaseState.CLOSED.value] if include_closed \
            else [CaseState.OPEN.value]
        found = session.execute(_MATCHES, {
            "query": query, "limit": MAX_RESULTS, "states": json.dumps(states)}).all()
        texts = _texts_with_words(session, typed, [rowid for _case_id, rowid in found])
        words = typed_words(typed)
        passages = {case_id: found_passage(texts[rowid], words)
                    for case_id, rowid in found if rowid in texts}
        rows = caseload_rows(session, today, include_closed=include_closed,
                             only_ids=[case_id for case_id, _rowid in found])
    return [dataclasses.replace(row, passage=passage) if (passage := passages.get(
        row.case_id.hex)) else row for row in rows]
