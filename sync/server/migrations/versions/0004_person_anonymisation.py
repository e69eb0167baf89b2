"""art. 7 anonymisation per person, the scans it dropped, the server's guard

The device's revision 0011 (its record, ``signed_scan.dropped_on``) and the server's guard
against old values coming back (keyed digests of the anonymised person's name words, never
the words).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 09:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'person_anonymisation',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('requested_by_id', sa.Uuid(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
        sa.Column('age_band', sa.String(length=20), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('server_version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_person_anonymisation_case_id_case_file')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_person_anonymisation_person_id_person')),
        sa.ForeignKeyConstraint(['requested_by_id'], ['person.id'],
                                name=op.f('fk_person_anonymisation_requested_by_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person_anonymisation')),
    )
    op.create_index(op.f('ix_person_anonymisation_case_id'), 'person_anonymisation',
                    ['case_id'], unique=False)
    op.create_index(op.f('ix_person_anonymisation_person_id'), 'person_anonymisation',
                    ['person_id'], unique=False)
    # Plain ALTER TABLE ... ADD COLUMN: no batch copy.
    op.create_table(
        'anonymisation_guard',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('salt', sa.LargeBinary(), nullable=False),
        sa.Column('digests', sa.JSON(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_anonymisation_guard')),
    )
    op.create_index(op.f('ix_anonymisation_guard_case_id'), 'anonymisation_guard',
                    ['case_id'], unique=False)
    op.add_column('signed_scan', sa.Column('dropped_on', sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_index(op.f('ix_anonymisation_guard_case_id'), table_name='anonymisation_guard')
    op.drop_table('anonymisation_guard')
    op.drop_column('signed_scan', 'dropped_on')
    op.drop_index(op.f('ix_person_anonymisation_person_id'), table_name='person_anonymisation')
    op.drop_index(op.f('ix_person_anonymisation_case_id'), table_name='person_anonymisation')
    op.drop_table('person_anonymisation')
