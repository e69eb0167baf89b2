"""Bring a store's schema to this version of the application, or refuse a newer one.

Migrations run at unlock, inside one transaction, with progress reported per revision. A store
whose revision this application does not know was written by a newer version: it is refused
before anything is written, so an old laptop can never damage a newer caseload.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from app.store.errors import StoreTooNew


@dataclass(frozen=True)
class MigrationProgress:
    done: int
    total: int
    description: str


ProgressCallback = Callable[[MigrationProgress], None]


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "app.store:migrations")
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision this version ships (read once: the scripts are parsed from disk,
    about 20 ms, and every sync handshake asks on both sides)."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the application ships at least one migration"
    return head


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version knows (a server accepts devices at any of them);
    read once, like ``head_revision``."""
    return frozenset(s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def pending_revisions(connection: Connection) -> list[str]:
    """Revisions between the store's and the head; raises StoreTooNew for an unknown one."""
    scripts = ScriptDirectory.from_config(_config())
    current = current_revision(connection)
    if current is not None:
        try:
            known = scripts.get_revision(current)
        except CommandError:
            known = None
        if known is None:
            raise StoreTooNew(current)
    return [s.revision for s in scripts.iterate_revisions("head", current or "base")][::-1]


def upgrade(engine: Engine, progress: ProgressCallback | None = None) -> int:
    """Apply pending migrations in one transaction; return how many ran."""
    with engine.connect() as connection:
        pending = pending_revisions(connection)
        connection.rollback()
    if not pending:
        return 0
    total = len(pending)
    done = 0

    def _on_apply(*, ctx: Any, step: Any, heads: Any, run_args: Any) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(MigrationProgress(done, total, str(step.up_revision.doc or "")))

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["on_version_apply"] = _on_apply
        command.upgrade(config, "head")
    return total


