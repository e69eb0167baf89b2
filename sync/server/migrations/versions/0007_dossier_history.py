"""the dossier's history written by the server

The table of the device's revision 0013, with the same names and types (the outbox's and the
audit trail's new columns are the device's alone). Dossiers already on the server get no
history before this revision: it starts with the first change accepted after it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 12:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()


def downgrade() -> None:
    _drop_tables()


def _create_tables() -> None:
    op.create_table('dossier_history',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('device_name', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=80), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('under_cover_of_id', sa.Uuid(), nullable=True),
    sa.Column('under_cover_of_name', sa.String(length=200), nullable=False),
    sa.Column('mutation_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_dossier_history_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_history'))
    )
    op.create_index(op.f('ix_dossier_history_case_id'), 'dossier_history', ['case_id'], unique=False)


def _drop_tables() -> None:
    op.drop_index(op.f('ix_dossier_history_case_id'), table_name='dossier_history')
    op.drop_table('dossier_history')
