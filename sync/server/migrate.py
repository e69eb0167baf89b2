"""Bring the server's database to this version of cpi-server, or refuse it plainly.

At start (``sync.server.db.prepare_database``: ``serve`` and every administrative command):

- an empty database gets every table and is stamped at the newest revision;
- a database at this version's revision is served (if its tables hold what it promises);
- a database an older cpi-server made is refused, naming ``cpi-server upgrade``
  (``UpgradeNeeded``): an upgrade is an operator's act, done once, after a backup and with the
  servers stopped, never a side effect of starting one process among several;
- a database at a revision this version does not know was upgraded by a newer cpi-server: it
  is refused (``NewerDatabase``) before anything is written.

``cpi-server upgrade`` (``sync.server.db.upgrade_database``, ``bring_to_head`` here):

- a database made by a cpi-server from before migrations (no ``alembic_version`` table) must
  hold the baseline's tables and columns (revision 0001); it is stamped 0001, then upgraded;
- a database at an older revision is upgraded, each step reported as it is applied;
- an empty database is created, a current one left as it is, a newer one refused.

All of it happens in one transaction: PostgreSQL and SQLite both roll DDL back, so a failed
step leaves the database as it was. On PostgreSQL, a transaction-level advisory lock makes
a start wait while an upgrade runs (and two upgrades run one after the other), then find the
database at the head. SQLite's write lock (``BEGIN IMMEDIATE``, see ``sync.server.db``) does
the same for the small server.

Each change of a domain model (``app.domain``) needs a device migration
(``app/store/migrations``) and a server migration here (``sync/server/migrations``); so does
each change of ``sync.server.models``. ``tests/sync/test_server_migrations.py`` fails until
both exist. To write a server migration: ``python -m sync.server.migrate revision "what"``.
"""

from __future__ import annotations

import enum
import functools
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, MetaData, create_engine, inspect, text

from app.domain import Base
from sync.server.models import ServerBase

log = logging.getLogger("cpi_server.migrations")

#: Tables only a device has: its outbox, audit trail, drafts and sync bookkeeping.
DEVICE_ONLY_TABLES = frozenset({"outbox", "audit", "device_state", "wizard_draft",
                                "sync_state", "sync_cursor", "rejected_change",
                                "answered_change"})

#: The schema of the last cpi-server without migrations (before the domain's revision 0009).
BASELINE = "0001"

#: The key of the PostgreSQL advisory lock held while the schema is checked and upgraded
#: (any 64-bit number no other software on the database uses: "cpi-migr" in ASCII).
ADVISORY_LOCK_KEY = int.from_bytes(b"cpi-migr", "big") & 0x7FFF_FFFF_FFFF_FFFF


class DatabaseRefused(RuntimeError):
    """The database cannot be served by this version; the message says what to do."""


class OlderDatabase(DatabaseRefused):
    """Made by an older cpi-server, and not as its last version without migrations left it."""


class NewerDatabase(DatabaseRefused):
    """Upgraded by a newer cpi-server: this version does not know its revision."""


class ServersRunning(DatabaseRefused):
    """Other cpi-server processes are connected: an upgrade would change tables under them."""


#: PostgreSQL's ``application_name`` of the connections of serving cpi-server processes
#: (``sync.server.db.make_engine``).
SERVING = "cpi-server"

#: What the refusal of an older database tells to run, unless the caller knows better.
UPGRADE_COMMAND = "cpi-server upgrade"


class SchemaState(enum.Enum):
    EMPTY = "vide"
    UNVERSIONED = "sans révision (cpi-server antérieur aux migrations)"
    BEHIND = "à mettre à jour"
    CURRENT = "à jour"
    NEWER = "plus récente que ce serveur"


@dataclass(frozen=True)
class Step:
    revision: str
    description: str


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    #: The database's revision (None: empty or unversioned).
    current: str | None
    head: str
    #: What ``cpi-server upgrade`` would apply, oldest first.
    pending: tuple[Step, ...]


def target_metadata() -> list[MetaData]:
    """What the server's tables are made from: the domain's, then the server's own."""
    return [Base.metadata, ServerBase.metadata]


def wanted_object(obj: Any, name: str | None, type_: str, reflected: bool,
                  compare_to: Any) -> bool:
    """Everything of both metadatas but the tables only a device has (and their indexes)."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table not in DEVICE_ONLY_TABLES


def server_tables() -> list[Any]:
    return [*(table for name, table in Base.metadata.tables.items()
              if name not in DEVICE_ONLY_TABLES), *ServerBase.metadata.sorted_tables]


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "sync.server:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "cpi-server ships at least one migration"
    return head


def _steps(current: str | None) -> tuple[Step, ...]:
    scripts = _scripts().iterate_revisions("head", current or "base")
    return tuple(Step(s.revision, (s.doc or "").strip()) for s in scripts)[::-1]


def _our_tables(connection: Connection) -> set[str]:
    wanted = {table.name for table in server_tables()}
    return wanted & set(inspect(connection).get_table_names())


def status(connection: Connection) -> SchemaStatus:
    """Where the database stands, read without writing anything."""
    head = head_revision()
    current = MigrationContext.configure(connection).get_current_revision()
    if current is None:
        if not _our_tables(connection):
            return SchemaStatus(SchemaState.EMPTY, None, head, ())
        return SchemaStatus(SchemaState.UNVERSIONED, None, head, _steps(BASELINE))
    try:
        known = _scripts().get_revision(current)
    except CommandError:
        known = None
    if known is None:
        return SchemaStatus(SchemaState.NEWER, current, head, ())
    pending = _steps(current)
    return SchemaStatus(SchemaState.BEHIND if pending else SchemaState.CURRENT, current, head,
                        pending)


class UpgradeNeeded(DatabaseRefused):
    """Made by an older cpi-server: ``cpi-server upgrade`` brings it to this version, a start
    does not."""

    def __init__(self, found: SchemaStatus, advice: str = UPGRADE_COMMAND) -> None:
        self.found = found
        super().__init__(upgrade_needed_message(found, advice))


def upgrade_needed_message(found: SchemaStatus, advice: str) -> str:
    current = (f"est à la révision {found.current}" if found.current is not None
               else "a été créée par un cpi-server antérieur aux migrations")
    return (f"La base du serveur {current} ; cette version de cpi-server attend la "
            f"révision {found.head} ({len(found.pending)} étape(s) de mise à jour) et ne "
            "démarre pas sur une base plus ancienne. Arrêtez tous les serveurs, sauvegardez "
            f"la base, lancez une fois : {advice} ; puis démarrez les serveurs.")


def refusal(connection: Connection, found: SchemaStatus) -> DatabaseRefused | None:
    """Why neither a start nor an upgrade can use this database (read only), or None."""
    if found.state is SchemaState.NEWER:
        assert found.current is not None
        return NewerDatabase(_newer_message(found.current, found.head))
    if found.state is SchemaState.UNVERSIONED:
        missing = _missing(connection, baseline_columns())
        if missing:
            return OlderDatabase(
                "La base du serveur a été créée par une version plus ancienne de cpi-server, "
                "antérieure à celle dont la mise à jour automatique part ; tables ou colonnes "
                f"manquantes : {_listed(missing)}. Cette version ne sait pas la mettre à jour : "
                "restaurez une sauvegarde faite par la version de cpi-server qui précède "
                "celle-ci.")
    return None


def _newer_message(current: str, head: str) -> str:
    return (f"La base du serveur a été mise à jour par une version plus récente de cpi-server "
            f"(révision {current}, inconnue de cette version, qui s'arrête à la révision "
            f"{head}). Installez la version de cpi-server qui l'a mise à jour (ou une plus "
            "récente), ou restaurez une sauvegarde de la base faite avant cette mise à jour.")


@dataclass(frozen=True)
class StepApplied:
    """One step of an upgrade, applied inside its transaction (committed with the last)."""

    step: Step
    done: int
    total: int
    seconds: float


@dataclass(frozen=True)
class Upgraded:
    #: Where the database stood before (under the lock: what was really upgraded).
    before: SchemaStatus
    applied: tuple[Step, ...]


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Held until the transaction ends: a start or another upgrade now waits here, then
        # finds the database at the head.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": ADVISORY_LOCK_KEY})


def _create(connection: Connection, head: str) -> None:
    Base.metadata.create_all(connection, tables=[
        table for name, table in Base.metadata.tables.items() if name not in DEVICE_ONLY_TABLES])
    ServerBase.metadata.create_all(connection)
    command.stamp(_config(connection), "head")
    log.info("Base du serveur créée à la révision %s.", head)


def check_at_start(connection: Connection, advice: str = UPGRADE_COMMAND) -> SchemaStatus:
    """What a start does, inside the caller's transaction: create an empty database at the
    head, accept one at the head, refuse anything else (``UpgradeNeeded`` names ``advice``,
    ``NewerDatabase``, ``OlderDatabase``). Returns the status found."""
    _lock(connection)
    found = status(connection)
    refused = refusal(connection, found)
    if refused is not None:
        raise refused
    if found.state is SchemaState.EMPTY:
        _create(connection, found.head)
    elif found.state is SchemaState.CURRENT:
        _refuse_incomplete(connection, found.head)
    else:
        raise UpgradeNeeded(found, advice)
    return found


def bring_to_head(connection: Connection, *,
                  planned: Callable[[SchemaStatus], None] | None = None,
                  applied: Callable[[StepApplied], None] | None = None,
                  alone: bool = False) -> Upgraded:
    """Create, stamp or upgrade the schema on ``connection``, inside its transaction (which
    the caller commits). ``planned`` hears where the database stands before anything is
    written, ``applied`` each step once applied. ``alone``: on PostgreSQL, refuse to
    upgrade while connections of serving cpi-server processes are open. Raises
    ``DatabaseRefused``."""
    _lock(connection)
    found = status(connection)
    head = found.head
    refused = refusal(connection, found)
    if refused is not None:
        raise refused
    if alone and found.pending:
        _refuse_while_served(connection)
    if planned is not None:
        planned(found)
    if found.state is SchemaState.EMPTY:
        _create(connection, head)
        return Upgraded(found, ())
    if found.state is SchemaState.UNVERSIONED:
        command.stamp(_config(connection), BASELINE)
        log.info("Base d'un cpi-server antérieur aux migrations : marquée à la révision %s.",
                 BASELINE)
    if not found.pending:
        _refuse_incomplete(connection, found.current or BASELINE)
        return Upgraded(found, ())
    log.info("Mise à jour de la base du serveur : révision %s vers %s, %d étape(s).",
             found.current or BASELINE, head, len(found.pending))
    done: list[Step] = []
    started = time.monotonic()

    def _on_apply(*, ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        nonlocal started
        now = time.monotonic()
        one = Step(step.up_revision.revision, (step.up_revision.doc or "").strip())
        done.append(one)
        log.info("Base du serveur : étape %s appliquée (%s).", one.revision, one.description)
        if applied is not None:
            applied(StepApplied(one, len(done), len(found.pending), now - started))
        started = now

    config = _config(connection)
    config.attributes["on_version_apply"] = _on_apply
    command.upgrade(config, "head")
    _refuse_incomplete(connection, head)
    return Upgraded(found, tuple(done))


def _refuse_while_served(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return  # SQLite cannot tell: the procedure says to stop the server first
    others = connection.scalar(text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND application_name = :name AND pid <> pg_backend_pid()"), {"name": SERVING})
    if others:
        raise ServersRunning(
            f"{others} connexion(s) de processus cpi-server sont ouvertes sur la base : "
            "arrêtez toutes les instances (systemctl stop 'cpi-server@*') avant la mise à "
            "jour, puis relancez-la. Rien n'a été changé.")


def upgrade_to(connection: Connection, revision: str) -> None:
    """Run the scripts up to ``revision`` on ``connection``, nothing checked (tests, tools)."""
    command.upgrade(_config(connection), revision)


@functools.cache
def baseline_columns() -> dict[str, frozenset[str]]:
    """The tables and columns of revision 0001, read from its script run on an in-memory
    SQLite database: the check and the baseline cannot disagree."""
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            upgrade_to(connection, BASELINE)
            found = inspect(connection)
            return {name: frozenset(c["name"] for c in found.get_columns(name))
                    for name in found.get_table_names() if name != "alembic_version"}
    finally:
        engine.dispose()


def _missing(connection: Connection, expected: dict[str, frozenset[str]]) -> list[str]:
    found = inspect(connection)
    tables = set(found.get_table_names())
    missing: list[str] = []
    for table, columns in sorted(expected.items()):
        if table not in tables:
            missing.append(table)
            continue
        have = {c["name"] for c in found.get_columns(table)}
        missing += [f"{table}.{column}" for column in sorted(columns - have)]
    return missing


def _listed(missing: list[str]) -> str:
    return ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")


def _refuse_incomplete(connection: Connection, revision: str) -> None:
    """A database whose tables lack what its revision promises was changed by hand."""
    expected = {table.name: frozenset(c.name for c in table.columns) for table in server_tables()}
    missing = _missing(connection, expected)
    if missing:
        raise OlderDatabase(
            f"La base du serveur, marquée à la révision {revision}, est incomplète : tables ou "
            f"colonnes manquantes : {_listed(missing)}. Restaurez une sauvegarde de la base.")


def _new_revision(message: str) -> None:
    """Write the next server migration: what the models have that the head's schema lacks,
    found on a scratch SQLite database brought to the head. Check and adjust it by hand (types
    of PostgreSQL, server defaults for existing rows)."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite'}")
        try:
            with engine.begin() as connection:
                config = _config(connection)
                if MigrationContext.configure(connection).get_current_revision() is None:
                    command.upgrade(config, "head")
                number = f"{len(list(_scripts().walk_revisions())) + 1:04d}"
                command.revision(config, message, autogenerate=True, rev_id=number)
        finally:
            engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        _new_revision(sys.argv[2])
    else:
        print('usage: python -m sync.server.migrate revision "what changes"', file=sys.stderr)
        raise SystemExit(1)
