"""domain 0014: documents attached to a dossier (the device's revision 0014)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 16:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier_document',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('court_order', 'school_report', 'medical_report',
                              'provider_report', 'identity_document', 'letter_received',
                              'other', name='dossierdocumentkind', native_enum=False,
                              length=40), nullable=False),
    sa.Column('dated_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('person_ids', sa.JSON(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('added_by', sa.Uuid(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('dropped_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['added_by'], ['app_user.id'], name=op.f('fk_dossier_document_added_by_app_user')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_dossier_document_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_document'))
    )
    op.create_index(op.f('ix_dossier_document_case_id'), 'dossier_document', ['case_id'],
                    unique=False)
    op.create_index(op.f('ix_dossier_document_sha256'), 'dossier_document', ['sha256'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_dossier_document_sha256'), table_name='dossier_document')
    op.drop_index(op.f('ix_dossier_document_case_id'), table_name='dossier_document')
    op.drop_table('dossier_document')
