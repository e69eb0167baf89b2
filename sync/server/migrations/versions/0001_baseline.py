"""baseline: the schema of the last cpi-server without migrations

The tables as cpi-server made them at start (``create_all``) up to commit 2834394^: the domain
tables of the device's revision 0008 but those only a device has, and the server's own. A
database such a server made is checked against this schema and stamped 0001
(``sync.server.migrate``). Written by autogenerate from that commit's models on an empty
database; never to be changed.

Revision ID: 0001
Revises:
Create Date: 2026-12-07 06:00:51.492044
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=20), nullable=False),
    sa.Column('locality', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
    sa.UniqueConstraint('code', name=op.f('uq_office_code'))
    )
    op.create_table('provider',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('agrement_number', sa.String(length=60), nullable=True),
    sa.Column('agrement_valid_until', sa.Date(), nullable=True),
    sa.Column('locality', sa.String(length=120), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provider'))
    )
    op.create_table('ref_forfait',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('label_fr', sa.String(length=400), nullable=False),
    sa.Column('label_de', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_ref_forfait'))
    )
    op.create_table('app_user',
    sa.Column('login', sa.String(length=120), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('agent', 'office_clerk', 'validator', 'office_lead', name='userrole', native_enum=False, length=40), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_app_user_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('login', name=op.f('uq_app_user_login'))
    )
    op.create_table('ref_measure_type',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('parent_code', sa.String(length=10), nullable=True),
    sa.Column('label_fr', sa.String(length=600), nullable=False),
    sa.Column('label_de', sa.String(length=600), nullable=False),
    sa.Column('requires_agrement', sa.Boolean(), nullable=False),
    sa.Column('forfait_number', sa.Integer(), nullable=True),
    sa.Column('article', sa.String(length=20), nullable=False),
    sa.Column('placement', sa.String(length=30), nullable=True),
    sa.ForeignKeyConstraint(['forfait_number'], ['ref_forfait.number'], name=op.f('fk_ref_measure_type_forfait_number_ref_forfait')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ref_measure_type'))
    )
    op.create_table('case_file',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('office_id', sa.Uuid(), nullable=False),
    sa.Column('agent_id', sa.Uuid(), nullable=True),
    sa.Column('state', sa.Enum('open', 'closed', name='casestate', native_enum=False, length=40), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('furthest_step', sa.Integer(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('aid_frame', sa.Enum('voluntary', 'court_ordered', name='aidframe', native_enum=False, length=40), nullable=False),
    sa.Column('court_proceedings_pending', sa.Boolean(), nullable=False),
    sa.Column('judicial_request_on', sa.Date(), nullable=True),
    sa.Column('judicial_request_reference', sa.String(length=120), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('working_frame', sa.Text(), nullable=False),
    sa.Column('anonymised_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['app_user.id'], name=op.f('fk_case_file_agent_id_app_user')),
    sa.ForeignKeyConstraint(['office_id'], ['office.id'], name=op.f('fk_case_file_office_id_office')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file')),
    sa.UniqueConstraint('number', name=op.f('uq_case_file_number'))
    )
    op.create_table('case_closure',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Enum('objectives_reached', 'family_withdrew', 'judicial_takeover', 'moved_abroad', 'age_limit', 'other_service', 'other', name='closurereason', native_enum=False, length=40), nullable=False),
    sa.Column('final_evaluation', sa.Text(), nullable=False),
    sa.Column('closed_from_step', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_closure_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_closure'))
    )
    with op.batch_alter_table('case_closure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_closure_case_id'), ['case_id'], unique=False)

    op.create_table('case_conference',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_conference_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_conference'))
    )
    with op.batch_alter_table('case_conference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_conference_case_id'), ['case_id'], unique=False)

    op.create_table('case_reopening',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('reopened_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_reopening_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_reopening'))
    )
    with op.batch_alter_table('case_reopening', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_reopening_case_id'), ['case_id'], unique=False)

    op.create_table('contact_log',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('contact_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('with_whom', sa.String(length=300), nullable=False),
    sa.Column('channel', sa.Enum('home_visit', 'office_meeting', 'telephone', 'email', 'letter', 'meeting_elsewhere', name='contactchannel', native_enum=False, length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_contact_log_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_log'))
    )
    with op.batch_alter_table('contact_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_log_case_id'), ['case_id'], unique=False)

    op.create_table('person',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.Enum('child', 'young_adult', 'parent', 'other_relative', name='personrole', native_enum=False, length=40), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_person_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_case_id'), ['case_id'], unique=False)

    op.create_table('plan_version',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'ready_to_sign', 'signed', 'validated', 'in_force', 'superseded', 'revoked', 'ended', 'returned', name='planstate', native_enum=False, length=40), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('signatories', sa.JSON(), nullable=False),
    sa.Column('prepared_on', sa.Date(), nullable=False),
    sa.Column('frozen_on', sa.Date(), nullable=True),
    sa.Column('validated_on', sa.Date(), nullable=True),
    sa.Column('validated_by', sa.Uuid(), nullable=True),
    sa.Column('in_force_since', sa.Date(), nullable=True),
    sa.Column('review_due_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('returned_by', sa.Uuid(), nullable=True),
    sa.Column('return_comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_plan_version_case_id_case_file')),
    sa.ForeignKeyConstraint(['returned_by'], ['app_user.id'], name=op.f('fk_plan_version_returned_by_app_user')),
    sa.ForeignKeyConstraint(['validated_by'], ['app_user.id'], name=op.f('fk_plan_version_validated_by_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_version')),
    sa.UniqueConstraint('case_id', 'number', name=op.f('uq_plan_version_case_id'))
    )
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_version_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_version_review_due_on'), ['review_due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_version_state'), ['state'], unique=False)

    op.create_table('stakeholder',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('school', 'doctor', 'psychologist', 'social_service', 'youth_court', 'provider', 'other', name='stakeholderkind', native_enum=False, length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=400), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_stakeholder_case_id_case_file')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_stakeholder_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_case_id'), ['case_id'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base_value', sa.JSON(), nullable=False),
    sa.Column('mine_value', sa.JSON(), nullable=False),
    sa.Column('theirs_value', sa.JSON(), nullable=False),
    sa.Column('mine_by', sa.Uuid(), nullable=True),
    sa.Column('mine_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.Uuid(), nullable=True),
    sa.Column('resolved_value', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_sync_conflict_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_record_id'), ['record_id'], unique=False)

    op.create_table('discernment_judgement',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('capable', sa.Boolean(), nullable=False),
    sa.Column('judged_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_discernment_judgement_case_id_case_file')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_discernment_judgement_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discernment_judgement'))
    )
    with op.batch_alter_table('discernment_judgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discernment_judgement_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_discernment_judgement_person_id'), ['person_id'], unique=False)

    op.create_table('dossier_consultation',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by_id', sa.Uuid(), nullable=False),
    sa.Column('consulted_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_dossier_consultation_case_id_case_file')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['person.id'], name=op.f('fk_dossier_consultation_requested_by_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_consultation'))
    )
    with op.batch_alter_table('dossier_consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_consultation_case_id'), ['case_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('plan_version_id', sa.Uuid(), nullable=True),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.Column('proposals', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Enum('continue', 'replan_measures', 'rewrite_plan', 'close', name='evaluationoutcome', native_enum=False, length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_evaluation_case_id_case_file')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_evaluation_plan_version_id_plan_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_case_id'), ['case_id'], unique=False)

    op.create_table('objective',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('wording', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('accepted_by', sa.Text(), nullable=False),
    sa.Column('realism', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('horizon', sa.Enum('short', 'medium', 'long', name='horizon', native_enum=False, length=40), nullable=False),
    sa.Column('status', sa.Enum('active', 'achieved', 'abandoned', 'reformulated', name='objectivestatus', native_enum=False, length=40), nullable=False),
    sa.Column('replaces_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_objective_case_id_case_file')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_objective_person_id_person')),
    sa.ForeignKeyConstraint(['replaces_id'], ['objective.id'], name=op.f('fk_objective_replaces_id_objective')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective'))
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_case_id'), ['case_id'], unique=False)

    op.create_table('person_assessment',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('difficulties', sa.Text(), nullable=False),
    sa.Column('resources', sa.Text(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('own_view', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_person_assessment_case_id_case_file')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_assessment_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_assessment'))
    )
    with op.batch_alter_table('person_assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_assessment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_assessment_person_id'), ['person_id'], unique=False)

    op.create_table('plan_review',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('plan_version_id', sa.Uuid(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_plan_review_case_id_case_file')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_plan_review_plan_version_id_plan_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_review'))
    )
    with op.batch_alter_table('plan_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_review_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_review_plan_version_id'), ['plan_version_id'], unique=False)

    op.create_table('plan_review_request',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('plan_version_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('review', 'revocation', name='reviewrequestkind', native_enum=False, length=40), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('grounds', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Enum('pending', 'plan_confirmed', 'new_version', 'plan_revoked', 'withdrawn', name='reviewrequestoutcome', native_enum=False, length=40), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_plan_review_request_case_id_case_file')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_plan_review_request_plan_version_id_plan_version')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['person.id'], name=op.f('fk_plan_review_request_requested_by_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_review_request'))
    )
    with op.batch_alter_table('plan_review_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_review_request_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_review_request_plan_version_id'), ['plan_version_id'], unique=False)

    op.create_table('plan_signature',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('plan_version_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('capacity', sa.Enum('parent', 'legal_representative', 'child', 'young_adult', name='signatorycapacity', native_enum=False, length=40), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_plan_signature_case_id_case_file')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_plan_signature_person_id_person')),
    sa.ForeignKeyConstraint(['plan_version_id'], ['plan_version.id'], name=op.f('fk_plan_signature_plan_version_id_plan_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_signature'))
    )
    with op.batch_alter_table('plan_signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_signature_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_signature_plan_version_id'), ['plan_version_id'], unique=False)

    op.create_table('planned_measure',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('beneficiary_id', sa.Uuid(), nullable=False),
    sa.Column('measure_code', sa.String(length=10), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('unit', sa.String(length=10), nullable=True),
    sa.Column('volume_note', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('actual_start_on', sa.Date(), nullable=True),
    sa.Column('actual_end_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['beneficiary_id'], ['person.id'], name=op.f('fk_planned_measure_beneficiary_id_person')),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_planned_measure_case_id_case_file')),
    sa.ForeignKeyConstraint(['measure_code'], ['ref_measure_type.code'], name=op.f('fk_planned_measure_measure_code_ref_measure_type')),
    sa.ForeignKeyConstraint(['provider_id'], ['provider.id'], name=op.f('fk_planned_measure_provider_id_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_measure'))
    )
    with op.batch_alter_table('planned_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_measure_actual_start_on'), ['actual_start_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_planned_measure_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planned_measure_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planned_measure_measure_code'), ['measure_code'], unique=False)

    op.create_table('relationship',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('from_person_id', sa.Uuid(), nullable=False),
    sa.Column('to_person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('parent', 'step_parent', 'foster_parent', 'grandparent', 'sibling', 'half_sibling', 'guardian', 'administrator', 'partner', 'other', name='relationshipkind', native_enum=False, length=40), nullable=False),
    sa.Column('holds_parental_authority', sa.Boolean(), nullable=False),
    sa.Column('is_legal_representative', sa.Boolean(), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=400), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_relationship_case_id_case_file')),
    sa.ForeignKeyConstraint(['from_person_id'], ['person.id'], name=op.f('fk_relationship_from_person_id_person')),
    sa.ForeignKeyConstraint(['to_person_id'], ['person.id'], name=op.f('fk_relationship_to_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationship'))
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_case_id'), ['case_id'], unique=False)

    op.create_table('request',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('telephone_permanence', 'walk_in_permanence', 'letter_or_email', 'referral_school', 'referral_doctor', 'referral_youth_court', 'referral_other_professional', name='requestchannel', native_enum=False, length=40), nullable=False),
    sa.Column('requester_kind', sa.Enum('child', 'young_adult', 'parent', 'legal_representative', 'other_relative', 'professional', 'judicial_authority', name='requesterkind', native_enum=False, length=40), nullable=False),
    sa.Column('requester_person_id', sa.Uuid(), nullable=True),
    sa.Column('requester_name', sa.String(length=200), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_request_case_id_case_file')),
    sa.ForeignKeyConstraint(['requester_person_id'], ['person.id'], name=op.f('fk_request_requester_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request'))
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_case_id'), ['case_id'], unique=False)

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

    op.create_table('measure_appraisal',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('measure_id', sa.Uuid(), nullable=False),
    sa.Column('efficacy', sa.Integer(), nullable=False),
    sa.Column('efficiency', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_measure_appraisal_case_id_case_file')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_measure_appraisal_evaluation_id_evaluation')),
    sa.ForeignKeyConstraint(['measure_id'], ['planned_measure.id'], name=op.f('fk_measure_appraisal_measure_id_planned_measure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_appraisal'))
    )
    with op.batch_alter_table('measure_appraisal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_appraisal_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_appraisal_evaluation_id'), ['evaluation_id'], unique=False)

    op.create_table('measure_interruption',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('measure_id', sa.Uuid(), nullable=False),
    sa.Column('from_on', sa.Date(), nullable=False),
    sa.Column('to_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_measure_interruption_case_id_case_file')),
    sa.ForeignKeyConstraint(['measure_id'], ['planned_measure.id'], name=op.f('fk_measure_interruption_measure_id_planned_measure')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_interruption'))
    )
    with op.batch_alter_table('measure_interruption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_interruption_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_interruption_measure_id'), ['measure_id'], unique=False)

    op.create_table('measure_objective',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('measure_id', sa.Uuid(), nullable=False),
    sa.Column('objective_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_measure_objective_case_id_case_file')),
    sa.ForeignKeyConstraint(['measure_id'], ['planned_measure.id'], name=op.f('fk_measure_objective_measure_id_planned_measure')),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_measure_objective_objective_id_objective')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measure_objective'))
    )
    with op.batch_alter_table('measure_objective', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measure_objective_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_objective_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measure_objective_objective_id'), ['objective_id'], unique=False)

    op.create_table('objective_progress',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('objective_id', sa.Uuid(), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_objective_progress_case_id_case_file')),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_objective_progress_evaluation_id_evaluation')),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_objective_progress_objective_id_objective')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective_progress'))
    )
    with op.batch_alter_table('objective_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objective_progress_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_objective_progress_evaluation_id'), ['evaluation_id'], unique=False)

    op.create_table('applied_mutation',
    sa.Column('mutation_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_applied_mutation'))
    )
    with op.batch_alter_table('applied_mutation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applied_mutation_device_id'), ['device_id'], unique=False)

    op.create_table('blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('stored_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blob'))
    )
    op.create_table('blob_chunk',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('chunk_index', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'sha256', 'chunk_index', name=op.f('pk_blob_chunk'))
    )
    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('scope', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('committed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_record_id'), ['record_id'], unique=False)
        batch_op.create_index('ix_change_log_scope_seq', ['scope', 'seq'], unique=False)

    op.create_table('credential',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_credential'))
    )
    op.create_table('device',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_device_token_hash'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_user_id'), ['user_id'], unique=False)

    op.create_table('device_read',
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_read'))
    )
    op.create_table('held_restore',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=False),
    sa.Column('mutation', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_held_restore'))
    )
    with op.batch_alter_table('held_restore', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_restore_case_id'), ['case_id'], unique=False)

    op.create_table('log_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_counter'))
    )
    op.create_table('server_info',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_info'))
    )
    op.create_table('transfer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('from_agent_id', sa.Uuid(), nullable=True),
    sa.Column('to_agent_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer'))
    )
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_case_id'))

    op.drop_table('transfer')
    op.drop_table('server_info')
    op.drop_table('log_counter')
    with op.batch_alter_table('held_restore', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_held_restore_case_id'))

    op.drop_table('held_restore')
    op.drop_table('device_read')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_user_id'))

    op.drop_table('device')
    op.drop_table('credential')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_scope_seq')
        batch_op.drop_index(batch_op.f('ix_change_log_record_id'))

    op.drop_table('change_log')
    op.drop_table('blob_chunk')
    op.drop_table('blob')
    with op.batch_alter_table('applied_mutation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_mutation_device_id'))

    op.drop_table('applied_mutation')
    with op.batch_alter_table('objective_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_progress_evaluation_id'))
        batch_op.drop_index(batch_op.f('ix_objective_progress_case_id'))

    op.drop_table('objective_progress')
    with op.batch_alter_table('measure_objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_objective_objective_id'))
        batch_op.drop_index(batch_op.f('ix_measure_objective_measure_id'))
        batch_op.drop_index(batch_op.f('ix_measure_objective_case_id'))

    op.drop_table('measure_objective')
    with op.batch_alter_table('measure_interruption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_interruption_measure_id'))
        batch_op.drop_index(batch_op.f('ix_measure_interruption_case_id'))

    op.drop_table('measure_interruption')
    with op.batch_alter_table('measure_appraisal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measure_appraisal_evaluation_id'))
        batch_op.drop_index(batch_op.f('ix_measure_appraisal_case_id'))

    op.drop_table('measure_appraisal')
    with op.batch_alter_table('signed_scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signed_scan_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_signed_scan_case_id'))

    op.drop_table('signed_scan')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_case_id'))

    op.drop_table('request')
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationship_case_id'))

    op.drop_table('relationship')
    with op.batch_alter_table('planned_measure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_measure_measure_code'))
        batch_op.drop_index(batch_op.f('ix_planned_measure_case_id'))
        batch_op.drop_index(batch_op.f('ix_planned_measure_beneficiary_id'))
        batch_op.drop_index(batch_op.f('ix_planned_measure_actual_start_on'))

    op.drop_table('planned_measure')
    with op.batch_alter_table('plan_signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_signature_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_plan_signature_case_id'))

    op.drop_table('plan_signature')
    with op.batch_alter_table('plan_review_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_review_request_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_plan_review_request_case_id'))

    op.drop_table('plan_review_request')
    with op.batch_alter_table('plan_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_review_plan_version_id'))
        batch_op.drop_index(batch_op.f('ix_plan_review_case_id'))

    op.drop_table('plan_review')
    with op.batch_alter_table('person_assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_assessment_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_assessment_case_id'))

    op.drop_table('person_assessment')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_case_id'))

    op.drop_table('objective')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_case_id'))

    op.drop_table('evaluation')
    with op.batch_alter_table('dossier_consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_consultation_case_id'))

    op.drop_table('dossier_consultation')
    with op.batch_alter_table('discernment_judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discernment_judgement_person_id'))
        batch_op.drop_index(batch_op.f('ix_discernment_judgement_case_id'))

    op.drop_table('discernment_judgement')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_record_id'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_case_id'))

    op.drop_table('sync_conflict')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_case_id'))

    op.drop_table('stakeholder')
    with op.batch_alter_table('plan_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_version_state'))
        batch_op.drop_index(batch_op.f('ix_plan_version_review_due_on'))
        batch_op.drop_index(batch_op.f('ix_plan_version_case_id'))

    op.drop_table('plan_version')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_case_id'))

    op.drop_table('person')
    with op.batch_alter_table('contact_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_log_case_id'))

    op.drop_table('contact_log')
    with op.batch_alter_table('case_reopening', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_reopening_case_id'))

    op.drop_table('case_reopening')
    with op.batch_alter_table('case_conference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_conference_case_id'))

    op.drop_table('case_conference')
    with op.batch_alter_table('case_closure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_closure_case_id'))

    op.drop_table('case_closure')
    op.drop_table('case_file')
    op.drop_table('ref_measure_type')
    op.drop_table('app_user')
    op.drop_table('ref_forfait')
    op.drop_table('provider')
    op.drop_table('office')
