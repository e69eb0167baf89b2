"""Alembic environment of the server's database: always run on a connection handed over by
sync.server.migrate, inside its transaction (and, on PostgreSQL, its advisory lock).

The server's schema is two metadatas: the shared domain tables (``app.domain``, without the
tables only a device has) and the server's own (``sync.server.models``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from alembic import context

from app.domain import Base
from app.domain.ids import RecordId
from sync.server.migrate import target_metadata, wanted_object

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext


def _render_item(type_: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """A record id is written as ``sa.Uuid()``: the scripts never import the models."""
    if type_ == "type" and isinstance(item, RecordId):
        return "sa.Uuid()"
    return False


assert Base.metadata is target_metadata()[0]
config = context.config
context.configure(
    connection=config.attributes["connection"],
    target_metadata=target_metadata(),
    include_object=wanted_object,
    render_item=_render_item,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    on_version_apply=config.attributes.get("on_version_apply"),
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
