"""people and devices: a disabled account, a password to change at the next enrolment, one-time enrolment codes, the security log

Server-only tables and columns (the devices never see them): existing accounts are enabled and
keep their password; no code exists yet.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('credential', sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.add_column('credential', sa.Column('disabled_at', sa.DateTime(timezone=True),
                                          nullable=True))
    op.create_table(
        'enrolment_code',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('code_hash', sa.String(length=200), nullable=False),
        sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('device_id', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_code')),
    )
    op.create_index(op.f('ix_enrolment_code_user_id'), 'enrolment_code', ['user_id'],
                    unique=False)
    op.create_table(
        'security_event',
        sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('login', sa.String(length=120), nullable=False),
        sa.Column('device_id', sa.Uuid(), nullable=True),
        sa.Column('remote_address', sa.String(length=120), nullable=False),
        sa.Column('detail', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('seq', name=op.f('pk_security_event')),
    )
    op.create_index(op.f('ix_security_event_at'), 'security_event', ['at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_security_event_at'), table_name='security_event')
    op.drop_table('security_event')
    op.drop_index(op.f('ix_enrolment_code_user_id'), table_name='enrolment_code')
    op.drop_table('enrolment_code')
    with op.batch_alter_table('credential', schema=None) as batch_op:
        batch_op.drop_column('disabled_at')
        batch_op.drop_column('must_change_password')
