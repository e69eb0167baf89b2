"""The full-text index of the caseload: dossier numbers, the names of their persons, and what
was written in them (persons' notes, contact notes, minutes, evaluations, requests).

An FTS5 table inside the encrypted store (its pages are encrypted like every other), kept up to
date by triggers, so that every write — by a service, a sync download or an anonymisation —
re-indexes the dossier it touched. ``unicode61 remove_diacritics 2`` makes the search
accent-insensitive ("Goncalves" finds "Gonçalves"); hyphens split words.

One row per dossier, three columns: ``number``, ``names`` and ``texts`` (every written text of
its live records, one per line, see ``SOURCES``). A search then asks every typed word of the
dossier as a whole (a name and a word of a contact note find it together), and ``snippet()``
over ``texts`` gives the passage shown in the result list.

FTS5 needs an integer rowid; ``case_search_key`` gives each dossier a stable one (the implicit
rowid of ``case_file`` may change when a migration rebuilds the table). The index row's rowid is
that key negated (``-key``, see ``index_rowid``): the search lists the newest dossiers first
(highest key), and FTS5 answers a prefix query cheaply only in ascending rowid order (it merges
every term the prefix starts incrementally; in descending order it first builds the whole merged
list: 40 ms against 1.5 ms per keystroke over 10,000 dossiers, docs/performance.md). Newest first
is then ``ORDER BY rowid`` ascending.

A sync download lands dozens of records of a few dossiers in one transaction: each would
re-index its whole dossier through the triggers (a new family, five times). The download
pauses the triggers (``paused``: a row in ``case_search_paused``, written and removed inside
its transaction, so that no other connection ever sees it) and re-indexes each dossier it
touched once at the end (``reindex``).

Alembic batch migrations rebuild tables by copy and drop their triggers: a migration that
rebuilds ``person``, ``case_file`` or a table of ``SOURCES`` must call ``install`` again
(``test_search`` checks that the head schema has them). A migration that adds a table to
``SOURCES`` installs the index again too: ``install`` drops and rebuilds it, whatever it held.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection

#: The tables whose written texts are indexed with their dossier, and the columns read (each
#: record's columns joined by ": " on one line). Every one has ``case_id`` and ``deleted_at``.
#: A document attached to the dossier is found by its title and who wrote or sent it.
SOURCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("person", ("notes",)),
    ("request", ("requester_name", "what")),
    ("contact_log", ("with_whom", "summary")),
    ("case_conference", ("minutes", "decisions")),
    ("evaluation", ("proposals",)),
    ("objective_progress", ("comment",)),
    ("measure_appraisal", ("comment",)),
    ("case_closure", ("final_evaluation",)),
    ("dossier_document", ("title", "source")),
)

#: The index of the first release (numbers and names only): migration 0003 installs it, as
#: it was, on the tables of its time.
NAMES_ONLY_TRIGGERS = ("case_search_case_insert", "case_search_case_number",
                       "case_search_person_insert", "case_search_person_update")


def _source_triggers() -> tuple[str, ...]:
    names = []
    for table, _columns in SOURCES:
        if table != "person":
            names += [f"case_search_{table}_insert", f"case_search_{table}_update"]
    return tuple(names)


TRIGGERS = NAMES_ONLY_TRIGGERS + _source_triggers()

def index_rowid(key: str, *, negated: bool = True) -> str:
    """The SQL expression of the index rowid for the key expression ``key`` (``negated``
    False: the rowids of releases before device migration 0017, for its downgrade)."""
    return f"-({key})" if negated else key


def key_of_index_row(rowid: str) -> str:
    """The SQL expression of the dossier's key for the index rowid expression ``rowid``: what
    a query joins ``case_search_key`` on, so that SQLite looks the key up by its primary key
    for each matched row (joining on ``rowid = -(key)`` instead scans every key per row)."""
    return f"-({rowid})"


def forget_dossier(connection: Connection, case_id_hex: str) -> None:
    """Remove a dossier from the index and its key (the dossier leaves this device)."""
    key = {"case": case_id_hex}
    connection.execute(text(
        f"DELETE FROM case_search WHERE rowid IN (SELECT {index_rowid('key')} "
        "FROM case_search_key WHERE case_id = :case)"), key)
    connection.execute(text("DELETE FROM case_search_key WHERE case_id = :case"), key)


def _texts(case: str) -> str:
    """The SQL expression of one dossier's written texts, one record a line."""
    parts = []
    for table, columns in SOURCES:
        joined = " || ': ' || ".join(f"t.{column}" for column in columns)
        filled = " OR ".join(f"t.{column} != ''" for column in columns)
        parts.append(f"SELECT {joined} AS line FROM {table} t WHERE t.case_id = {case} "
                     f"AND t.deleted_at IS NULL AND ({filled})")
    return (f"coalesce((SELECT group_concat(line, char(10)) FROM ({' UNION ALL '.join(parts)})"
            "), '')")


_NAMES = """coalesce((SELECT group_concat(p.first_name || ' ' || p.last_name, ' ')
                       FROM person p WHERE p.case_id = c.id AND p.deleted_at IS NULL), '')"""


def _rows(texts: bool, negated: bool = True) -> str:
    """The index rows: each dossier's number, the names of its live persons, its texts."""
    if not texts:
        return ("INSERT INTO case_search(rowid, number, names) SELECT "
                f"{index_rowid('k.key', negated=negated)}, c.number, "
                f"{_NAMES} FROM case_file c JOIN case_search_key k ON k.case_id = c.id")
    return ("INSERT INTO case_search(rowid, number, names, texts) SELECT "
            f"{index_rowid('k.key', negated=negated)}, c.number, "
            f"{_NAMES}, {_texts('c.id')} "
            "FROM case_file c JOIN case_search_key k ON k.case_id = c.id")


def _reindex(case: str, texts: bool, when: str = "", negated: bool = True) -> str:
    """Drop and write again the index row of the dossier ``case`` (if ``when`` holds)."""
    condition = f" AND {when}" if when else ""
    rowid = index_rowid("key", negated=negated)
    return (f"DELETE FROM case_search WHERE rowid = (SELECT {rowid} "
            f"FROM case_search_key WHERE case_id = {case}){condition};\n"
            f"{_rows(texts, negated)} WHERE c.id = {case}{condition};\n")


def _ddl(texts: bool) -> list[str]:
    columns = "number, names, texts" if texts else "number, names"
    # The first keys typed (one or two letters) match most words of the texts: their own
    # index entries answer them without merging every term they start.
    prefix = ", prefix = '1 2'" if texts else ""
    return [
        "CREATE TABLE IF NOT EXISTS case_search_key "
        "(key INTEGER PRIMARY KEY, case_id CHAR(32) NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS case_search_paused (paused INTEGER PRIMARY KEY)",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5("
        f"{columns}, tokenize = 'unicode61 remove_diacritics 2'{prefix})",
    ]


#: The triggers' condition: no download has paused them (``paused``).
_ACTIVE = "NOT EXISTS (SELECT 1 FROM case_search_paused)"


def _trigger_sql(texts: bool, negated: bool) -> dict[str, str]:
    person_columns = "first_name, last_name, deleted_at, case_id" + (", notes" if texts else "")
    sql = {
        "case_search_case_insert": """
            CREATE TRIGGER case_search_case_insert AFTER INSERT ON case_file WHEN """
            + _ACTIVE + """ BEGIN
              INSERT OR IGNORE INTO case_search_key(case_id) VALUES (new.id);
            """ + _reindex("new.id", texts, negated=negated) + " END",
        "case_search_case_number": """
            CREATE TRIGGER case_search_case_number AFTER UPDATE OF number ON case_file WHEN """
            + _ACTIVE + """ BEGIN
            """ + _reindex("new.id", texts, negated=negated) + " END",
        "case_search_person_insert": """
            CREATE TRIGGER case_search_person_insert AFTER INSERT ON person WHEN """
            + _ACTIVE + """ BEGIN
            """ + _reindex("new.case_id", texts, negated=negated) + " END",
        "case_search_person_update": f"""
            CREATE TRIGGER case_search_person_update
            AFTER UPDATE OF {person_columns} ON person WHEN {_ACTIVE} BEGIN
            """ + _reindex("old.case_id", texts, negated=negated)
            + _reindex("new.case_id", texts, negated=negated) + " END",
    }
    if not texts:
        return sql
    for table, columns in SOURCES:
        if table == "person":
            continue
        watched = ", ".join((*columns, "deleted_at", "case_id"))
        sql[f"case_search_{table}_insert"] = (
            f"CREATE TRIGGER case_search_{table}_insert AFTER INSERT ON {table} "
            f"WHEN {_ACTIVE} BEGIN "
            + _reindex("new.case_id", texts, negated=negated) + " END")
        sql[f"case_search_{table}_update"] = (
            f"CREATE TRIGGER case_search_{table}_update AFTER UPDATE OF {watched} ON {table} "
            f"WHEN {_ACTIVE} BEGIN " + _reindex("new.case_id", texts, negated=negated)
            + _reindex("old.case_id", texts, "old.case_id IS NOT new.case_id",
                       negated=negated) + " END")
    return sql


@contextmanager
def paused(connection: Connection) -> Iterator[set[uuid.UUID]]:
    """The triggers idle while the block writes; the block adds to the set it is given every
    dossier it wrote in, each re-indexed once after it. Inside one transaction: should the
    block fail, the transaction's rollback takes the pause away with its writes."""
    touched: set[uuid.UUID] = set()
    connection.exec_driver_sql("INSERT INTO case_search_paused(paused) VALUES (1)")
    yield touched
    connection.exec_driver_sql("DELETE FROM case_search_paused")
    reindex(connection, touched)


def reindex(connection: Connection, case_ids: Iterable[uuid.UUID]) -> None:
    """Index the dossiers ``case_ids`` again, as their triggers would have (those no longer on
    this device left out)."""
    wanted = json.dumps(sorted({case_id.hex for case_id in case_ids}))
    if wanted == "[]":
        return
    chosen = "(SELECT value FROM json_each(:ids))"
    connection.execute(text(
        f"INSERT OR IGNORE INTO case_search_key(case_id) SELECT id FROM case_file "
        f"WHERE id IN {chosen}"), {"ids": wanted})
    connection.execute(text(
        f"DELETE FROM case_search WHERE rowid IN (SELECT {index_rowid('key')} "
        f"FROM case_search_key WHERE case_id IN {chosen})"), {"ids": wanted})
    connection.execute(text(f"{_rows(True)} WHERE c.id IN {chosen}"), {"ids": wanted})


def drop(connection: Connection) -> None:
    """Remove the index, its keys kept (they are the dossiers' stable rowids)."""
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql("DROP TABLE IF EXISTS case_search")


def install(connection: Connection, *, texts: bool = True, negated: bool = True) -> None:
    """Create the index and its triggers afresh, then index every dossier. ``texts=False``:
    the first release's index (numbers and names), for the migrations of that time;
    ``negated=False``: the rowids before migration 0017, for its downgrade."""
    drop(connection)
    for statement in _ddl(texts):
        connection.exec_driver_sql(statement)
    for sql in _trigger_sql(texts, negated).values():
        connection.exec_driver_sql(sql)
    rebuild(connection, texts=texts, negated=negated)


def rebuild(connection: Connection, *, texts: bool = True, negated: bool = True) -> None:
    """Index every dossier from scratch."""
    connection.exec_driver_sql("INSERT OR IGNORE INTO case_search_key(case_id) "
                               "SELECT id FROM case_file")
    connection.exec_driver_sql("DELETE FROM case_search")
    connection.exec_driver_sql(_rows(texts, negated))
