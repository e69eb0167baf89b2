"""blob holders: the devices that proved they hold an attachment's bytes

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07 12:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blob_holder',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('proven_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'sha256', name=op.f('pk_blob_holder'))
    )


def downgrade() -> None:
    op.drop_table('blob_holder')
