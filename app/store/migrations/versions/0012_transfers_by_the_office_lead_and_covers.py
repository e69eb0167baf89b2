"""transfers asked by the office lead, caseload covers, the history's "under cover of"

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 09:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    # Plain ALTER TABLE ... ADD COLUMN (the audit trail stays in place).
    op.add_column('audit', sa.Column('under_cover_of_id', sa.Uuid(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE audit DROP COLUMN under_cover_of_id")
    _drop_tables()


def _create_tables() -> None:
    op.create_table('case_transfer',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('to_agent_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by_id', sa.Uuid(), nullable=True),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_transfer_case_id_case_file')),
    sa.ForeignKeyConstraint(['to_agent_id'], ['app_user.id'], name=op.f('fk_case_transfer_to_agent_id_app_user')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['app_user.id'], name=op.f('fk_case_transfer_requested_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_transfer'))
    )
    op.create_index(op.f('ix_case_transfer_case_id'), 'case_transfer', ['case_id'], unique=False)
    op.create_table('caseload_cover',
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('agent_id', sa.Uuid(), nullable=False),
    sa.Column('colleague_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('given_by_id', sa.Uuid(), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_caseload_cover_office_id_office')),
    sa.ForeignKeyConstraint(['agent_id'], ['app_user.id'], name=op.f('fk_caseload_cover_agent_id_app_user')),
    sa.ForeignKeyConstraint(['colleague_id'], ['app_user.id'], name=op.f('fk_caseload_cover_colleague_id_app_user')),
    sa.ForeignKeyConstraint(['given_by_id'], ['app_user.id'], name=op.f('fk_caseload_cover_given_by_id_app_user')),
    sa.ForeignKeyConstraint(['ended_by_id'], ['app_user.id'], name=op.f('fk_caseload_cover_ended_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_caseload_cover'))
    )
    op.create_index(op.f('ix_caseload_cover_office_id'), 'caseload_cover', ['office_id'], unique=False)
    op.create_index(op.f('ix_caseload_cover_agent_id'), 'caseload_cover', ['agent_id'], unique=False)
    op.create_index(op.f('ix_caseload_cover_colleague_id'), 'caseload_cover', ['colleague_id'], unique=False)


def _drop_tables() -> None:
    op.drop_table('caseload_cover')
    op.drop_table('case_transfer')
