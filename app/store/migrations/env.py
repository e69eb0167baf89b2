"""Alembic environment: always run on a connection handed over by app.store.migrate."""

from __future__ import annotations

from alembic import context

from app.domain import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    # The full-text index (app.store.search_index) is raw SQL, not part of the models.
    include_name=lambda name, type_, _parent: not (
        type_ == "table" and (name or "").startswith("case_search")),
    on_version_apply=config.attributes.get("on_version_apply"),
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
