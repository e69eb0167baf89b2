"""sync: conflicts kept for a person, cursors, refused changes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 18:18:38
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rejected_change',
    sa.Column('mutation_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_rejected_change'))
    )
    with op.batch_alter_table('rejected_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rejected_change_case_id'), ['case_id'], unique=False)

    op.create_table('sync_cursor',
    sa.Column('scope', sa.String(length=60), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_sync_cursor'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_url', sa.String(length=400), nullable=False),
    sa.Column('server_id', sa.Uuid(), nullable=True),
    sa.Column('high_water', sa.Integer(), nullable=False),
    sa.Column('device_token', sa.String(length=200), nullable=True),
    sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_conflict',
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_value', sa.JSON(), nullable=False),
    sa.Column('mine_value', sa.JSON(), nullable=False),
    sa.Column('theirs_value', sa.JSON(), nullable=False),
    sa.Column('mine_by', sa.Uuid(), nullable=True),
    sa.Column('mine_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.Uuid(), nullable=True),
    sa.Column('resolved_value', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_sync_conflict_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_case_id'))

    op.drop_table('sync_conflict')
    op.drop_table('sync_state')
    op.drop_table('sync_cursor')
    with op.batch_alter_table('rejected_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rejected_change_case_id'))

    op.drop_table('rejected_change')
