"""persons' contact details, links and stakeholders ended, dossier cancelled and its document language, objective and measure reasons

The columns of the device's revision 0009, with the same names, types and server defaults
(existing rows get the empty text, French, not cancelled, no interpreter).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 06:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN, on PostgreSQL and in place on SQLite.
    op.add_column('case_file', sa.Column('cancelled_on', sa.Date(), nullable=True))
    op.add_column('case_file', sa.Column('cancel_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('case_file', sa.Column('document_language', sa.String(length=2), nullable=False, server_default='fr'))
    op.add_column('objective', sa.Column('status_on', sa.Date(), nullable=True))
    op.add_column('objective', sa.Column('status_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('person', sa.Column('street', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('person', sa.Column('postal_code', sa.String(length=20), nullable=False, server_default=''))
    op.add_column('person', sa.Column('locality', sa.String(length=120), nullable=False, server_default=''))
    op.add_column('person', sa.Column('phone', sa.String(length=60), nullable=False, server_default=''))
    op.add_column('person', sa.Column('other_phone', sa.String(length=60), nullable=False, server_default=''))
    op.add_column('person', sa.Column('email', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('person', sa.Column('school', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('person', sa.Column('spoken_language', sa.String(length=80), nullable=False, server_default=''))
    op.add_column('person', sa.Column('interpreter_needed', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('planned_measure', sa.Column('change_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('relationship', sa.Column('ended_on', sa.Date(), nullable=True))
    op.add_column('relationship', sa.Column('end_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('stakeholder', sa.Column('ended_on', sa.Date(), nullable=True))
    op.add_column('stakeholder', sa.Column('end_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_column('end_reason')
        batch_op.drop_column('ended_on')

    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_column('end_reason')
        batch_op.drop_column('ended_on')

    with op.batch_alter_table('planned_measure', schema=None) as batch_op:
        batch_op.drop_column('change_reason')

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('interpreter_needed')
        batch_op.drop_column('spoken_language')
        batch_op.drop_column('school')
        batch_op.drop_column('email')
        batch_op.drop_column('other_phone')
        batch_op.drop_column('phone')
        batch_op.drop_column('locality')
        batch_op.drop_column('postal_code')
        batch_op.drop_column('street')

    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_column('status_reason')
        batch_op.drop_column('status_on')

    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_column('document_language')
        batch_op.drop_column('cancel_reason')
        batch_op.drop_column('cancelled_on')
