"""The full-text index of the caseload: dossier numbers and the names of their persons.

An FTS5 table inside the encrypted store (its pages are encrypted like every other), kept up to
date by triggers, so that every write — by a service, a sync download or an anonymisation —
re-indexes the dossier it touched. ``unicode61 remove_diacritics 2`` makes the search
accent-insensitive ("Goncalves" finds "Gonçalves"); hyphens split words.

FTS5 needs an integer rowid; ``case_search_key`` gives each dossier a stable one (the implicit
rowid of ``case_file`` may change when a migration rebuilds the table).

Alembic batch migrations rebuild tables by copy and drop their triggers: a migration that
rebuilds ``person`` or ``case_file`` must call ``install`` again (``test_search`` checks that
the head schema has them).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

TRIGGERS = ("case_search_case_insert", "case_search_case_number", "case_search_person_insert",
            "case_search_person_update")

#: The index rows: each dossier's number and the names of its live persons.
_ROWS = """
    INSERT INTO case_search(rowid, number, names)
      SELECT k.key, c.number,
             coalesce((SELECT group_concat(p.first_name || ' ' || p.last_name, ' ')
                       FROM person p WHERE p.case_id = c.id AND p.deleted_at IS NULL), '')
      FROM case_file c JOIN case_search_key k ON k.case_id = c.id"""

_REINDEX = """
    DELETE FROM case_search WHERE rowid = (SELECT key FROM case_search_key WHERE case_id = {id});
""" + _ROWS + " WHERE c.id = {id};\n"

DDL = [
    "CREATE TABLE IF NOT EXISTS case_search_key "
    "(key INTEGER PRIMARY KEY, case_id CHAR(32) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS case_search USING fts5("
    "number, names, tokenize = 'unicode61 remove_diacritics 2')",
]

TRIGGER_SQL = {
    "case_search_case_insert": """
        CREATE TRIGGER case_search_case_insert AFTER INSERT ON case_file BEGIN
          INSERT OR IGNORE INTO case_search_key(case_id) VALUES (new.id);
        """ + _REINDEX.format(id="new.id") + " END",
    "case_search_case_number": """
        CREATE TRIGGER case_search_case_number AFTER UPDATE OF number ON case_file BEGIN
        """ + _REINDEX.format(id="new.id") + " END",
    "case_search_person_insert": """
        CREATE TRIGGER case_search_person_insert AFTER INSERT ON person BEGIN
        """ + _REINDEX.format(id="new.case_id") + " END",
    "case_search_person_update": """
        CREATE TRIGGER case_search_person_update
        AFTER UPDATE OF first_name, last_name, deleted_at, case_id ON person BEGIN
        """ + _REINDEX.format(id="old.case_id") + _REINDEX.format(id="new.case_id") + " END",
}


def install(connection: Connection) -> None:
    """Create the index and its triggers (idempotent), then index every dossier."""
    for statement in DDL:
        connection.exec_driver_sql(statement)
    for name, sql in TRIGGER_SQL.items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql(sql)
    rebuild(connection)


def rebuild(connection: Connection) -> None:
    """Index every dossier from scratch."""
    connection.exec_driver_sql("INSERT OR IGNORE INTO case_search_key(case_id) "
                               "SELECT id FROM case_file")
    connection.exec_driver_sql("DELETE FROM case_search")
    connection.exec_driver_sql(_ROWS)
