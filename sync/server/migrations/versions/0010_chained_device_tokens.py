"""chained device tokens: a device of protocol 4 shows a hash chain backwards

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 13:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('device', sa.Column('chained', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.add_column('device', sa.Column('token_advanced_at', sa.DateTime(timezone=True),
                                      nullable=True))


def downgrade() -> None:
    op.drop_column('device', 'token_advanced_at')
    op.drop_column('device', 'chained')
