"""the full-text index's rows keyed by the dossier's key negated, so that the newest dossiers
come first in ascending rowid order, the order in which FTS5 answers prefix queries cheaply

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 20:00:00
"""
from alembic import op

from app.store import search_index


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every index row's rowid changes: the index is made again, every dossier re-indexed.
    search_index.install(op.get_bind())


def downgrade() -> None:
    # The rowids of release 0016 were the keys themselves.
    search_index.install(op.get_bind(), negated=False)
