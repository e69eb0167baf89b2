"""the provider directory: providers' address and contacts, their agréments per art. 11 measure

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, in place (as 0009). The single agrément of a provider (number, end)
    # goes: agréments are records of their own now, per measure, kept by the ONE. No store
    # held a provider outside the demo and the tests, so nothing is carried over.
    op.add_column('provider', sa.Column('register_id', sa.String(length=40), nullable=False, server_default=''))
    op.add_column('provider', sa.Column('street', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('provider', sa.Column('postal_code', sa.String(length=20), nullable=False, server_default=''))
    op.add_column('provider', sa.Column('phone', sa.String(length=60), nullable=False, server_default=''))
    op.add_column('provider', sa.Column('email', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('provider', sa.Column('region', sa.String(length=20), nullable=False, server_default=''))
    op.execute("ALTER TABLE provider DROP COLUMN agrement_number")
    op.execute("ALTER TABLE provider DROP COLUMN agrement_valid_until")
    op.create_table('provider_agrement',
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('measure_codes', sa.String(length=400), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_provider_agrement_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider_agrement'))
    )
    op.create_index(op.f('ix_provider_agrement_provider_id'), 'provider_agrement', ['provider_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_provider_agrement_provider_id'), table_name='provider_agrement')
    op.drop_table('provider_agrement')
    op.add_column('provider', sa.Column('agrement_valid_until', sa.Date(), nullable=True))
    op.add_column('provider', sa.Column('agrement_number', sa.String(length=60), nullable=True))
    op.execute("ALTER TABLE provider DROP COLUMN region")
    op.execute("ALTER TABLE provider DROP COLUMN email")
    op.execute("ALTER TABLE provider DROP COLUMN phone")
    op.execute("ALTER TABLE provider DROP COLUMN postal_code")
    op.execute("ALTER TABLE provider DROP COLUMN street")
    op.execute("ALTER TABLE provider DROP COLUMN register_id")
