"""the caseload search reads what was written too (notes, contacts, minutes, evaluations,
requests): a ``texts`` column in the full-text index, triggers on those tables

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 16:30:00
"""
from alembic import op

from app.store import search_index


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # FTS5 tables take no new column: the index is made again, every dossier re-indexed.
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.install(op.get_bind(), texts=False)
