"""persons' contact details, links and stakeholders ended, dossier cancelled and its document language, objective and measure reasons

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 06:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN, done in place by SQLite: a batch copy of ``person`` or
    # ``case_file`` trips over the search index's triggers, which name those tables.
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
    # SQLite drops a column in place (3.35+); a batch copy would trip over the search
    # index's triggers, as in the upgrade.
    op.execute("ALTER TABLE stakeholder DROP COLUMN end_reason")
    op.execute("ALTER TABLE stakeholder DROP COLUMN ended_on")
    op.execute("ALTER TABLE relationship DROP COLUMN end_reason")
    op.execute("ALTER TABLE relationship DROP COLUMN ended_on")
    op.execute("ALTER TABLE planned_measure DROP COLUMN change_reason")
    op.execute("ALTER TABLE person DROP COLUMN interpreter_needed")
    op.execute("ALTER TABLE person DROP COLUMN spoken_language")
    op.execute("ALTER TABLE person DROP COLUMN school")
    op.execute("ALTER TABLE person DROP COLUMN email")
    op.execute("ALTER TABLE person DROP COLUMN other_phone")
    op.execute("ALTER TABLE person DROP COLUMN phone")
    op.execute("ALTER TABLE person DROP COLUMN locality")
    op.execute("ALTER TABLE person DROP COLUMN postal_code")
    op.execute("ALTER TABLE person DROP COLUMN street")
    op.execute("ALTER TABLE objective DROP COLUMN status_reason")
    op.execute("ALTER TABLE objective DROP COLUMN status_on")
    op.execute("ALTER TABLE case_file DROP COLUMN document_language")
    op.execute("ALTER TABLE case_file DROP COLUMN cancel_reason")
    op.execute("ALTER TABLE case_file DROP COLUMN cancelled_on")
