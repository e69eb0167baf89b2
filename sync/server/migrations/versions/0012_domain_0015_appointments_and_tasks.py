"""the agent's week: appointments and tasks

The tables of the device's revision 0015, with the same names and types. Only appointments
of a dossier reach the server (one on no dossier stays on the agent's laptop).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 16:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()


def downgrade() -> None:
    _drop_tables()


def _create_tables() -> None:
    op.create_table('appointment',
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('home_visit', 'meeting', 'case_conference', 'call', name='appointmentkind', native_enum=False, length=40), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('place_type', sa.Enum('home', 'school', 'office', 'provider', 'other', name='placetype', native_enum=False, length=40), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('person_ids', sa.JSON(), nullable=False),
    sa.Column('stakeholder_ids', sa.JSON(), nullable=False),
    sa.Column('state', sa.Enum('planned', 'cancelled', 'held', name='appointmentstate', native_enum=False, length=40), nullable=False),
    sa.Column('moved_reason', sa.Text(), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_appointment_case_id_case_file')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact_log.id'], name=op.f('fk_appointment_contact_id_contact_log')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment'))
    )
    op.create_index(op.f('ix_appointment_case_id'), 'appointment', ['case_id'], unique=False)
    op.create_index(op.f('ix_appointment_starts_at'), 'appointment', ['starts_at'], unique=False)
    op.create_table('agent_task',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('open', 'done', 'dropped', name='taskstate', native_enum=False, length=40), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('drop_reason', sa.Text(), nullable=False),
    sa.Column('from_contact_id', sa.Uuid(), nullable=True),
    sa.Column('from_conference_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_agent_task_case_id_case_file')),
    sa.ForeignKeyConstraint(['from_conference_id'], ['case_conference.id'], name=op.f('fk_agent_task_from_conference_id_case_conference')),
    sa.ForeignKeyConstraint(['from_contact_id'], ['contact_log.id'], name=op.f('fk_agent_task_from_contact_id_contact_log')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agent_task_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agent_task'))
    )
    op.create_index(op.f('ix_agent_task_case_id'), 'agent_task', ['case_id'], unique=False)
    op.create_index(op.f('ix_agent_task_due_on'), 'agent_task', ['due_on'], unique=False)


def _drop_tables() -> None:
    op.drop_index(op.f('ix_agent_task_due_on'), table_name='agent_task')
    op.drop_index(op.f('ix_agent_task_case_id'), table_name='agent_task')
    op.drop_table('agent_task')
    op.drop_index(op.f('ix_appointment_starts_at'), table_name='appointment')
    op.drop_index(op.f('ix_appointment_case_id'), table_name='appointment')
    op.drop_table('appointment')
