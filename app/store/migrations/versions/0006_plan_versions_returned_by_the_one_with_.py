"""plan versions returned by the ONE with a comment

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 18:32:39
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('returned_by', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('return_comment', sa.Text(), nullable=False,
                                      server_default=''))
        batch_op.create_foreign_key(batch_op.f('fk_plan_version_returned_by_app_user'), 'app_user', ['returned_by'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_plan_version_returned_by_app_user'), type_='foreignkey')
        batch_op.drop_column('return_comment')
        batch_op.drop_column('returned_by')
        batch_op.drop_column('returned_on')
