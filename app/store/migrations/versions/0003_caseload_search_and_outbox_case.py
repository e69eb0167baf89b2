"""caseload search (FTS5), the dossier of each outbox entry, wizard drafts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 02:50:00
"""
from alembic import op
import sqlalchemy as sa

from app.store import search_index


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outbox_case_id'), ['case_id'], unique=False)
    op.create_table('wizard_draft',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wizard', sa.String(length=60), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wizard_draft')),
    sa.UniqueConstraint('wizard', 'case_id', name=op.f('uq_wizard_draft_wizard'))
    )
    search_index.install(op.get_bind(), texts=False)  # the index of that time


def downgrade() -> None:
    search_index.drop(op.get_bind())
    op.execute('DROP TABLE IF EXISTS case_search_key')
    op.drop_table('wizard_draft')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_case_id'))
        batch_op.drop_column('case_id')
