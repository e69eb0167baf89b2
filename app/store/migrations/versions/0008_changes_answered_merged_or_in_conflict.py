"""changes answered merged or in conflict, kept until the download

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 00:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('answered_change',
    sa.Column('mutation_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('device_clock', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_answered_change'))
    )
    with op.batch_alter_table('answered_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answered_change_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('answered_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answered_change_case_id'))
    op.drop_table('answered_change')
