"""scans of the signed pages of a plan version, kept in the encrypted store

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 17:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signed_scan',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('plan_version_id', sa.Uuid(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_signed_scan_case_id_case_file')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_signed_scan_plan_version_id_plan_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signed_scan')),
    sa.UniqueConstraint('plan_version_id', 'sha256', name=op.f('uq_signed_scan_plan_version_id'))
    )
    with op.batch_alter_table('signed_scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signed_scan_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signed_scan_plan_version_id'), ['plan_version_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('signed_scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signed_scan_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_signed_scan_case_id'))
    op.drop_table('signed_scan')
