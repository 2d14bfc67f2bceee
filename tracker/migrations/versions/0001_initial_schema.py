"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 02:05:45.458351
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agency',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_name'), ['name'], unique=True)

    op.create_table('auditevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auditevent_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditevent_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_auditevent_entity_id'), ['entity_id'], unique=False)

    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tag_name'), ['name'], unique=True)

    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('source_name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('issued', sa.Date(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('period_label', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('next_label', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('next_start', sa.Date(), nullable=True),
    sa.Column('next_end', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('pipeline_version', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_report_content_hash'), ['content_hash'], unique=True)
        batch_op.create_index(batch_op.f('ix_report_period_start'), ['period_start'], unique=False)

    op.create_table('item',
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('responsible_unit', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('section', sa.Text(), nullable=True),
    sa.Column('cue', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('deadline_text', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('entities', sa.JSON(), nullable=False),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('words', sa.JSON(), nullable=False),
    sa.Column('verb_rule', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('report_id', 'position', name='uq_item_position')
    )
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_item_active'), ['active'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_field'), ['field'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_item_report_id'), ['report_id'], unique=False)

    op.create_table('commitmentstatus',
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('computed', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('timeliness', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('progress', sa.Float(), nullable=True),
    sa.Column('explanation', sa.JSON(), nullable=False),
    sa.Column('reviewed', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('reviewed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['item.id'], ),
    sa.PrimaryKeyConstraint('commitment_id')
    )
    with op.batch_alter_table('commitmentstatus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitmentstatus_computed'), ['computed'], unique=False)

    op.create_table('itemtag',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['item.id'], ),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], ),
    sa.PrimaryKeyConstraint('item_id', 'tag_id')
    )
    op.create_table('link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.Column('relation', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_cue', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('features', sa.JSON(), nullable=False),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('verdict', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('decided_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['item.id'], ),
    sa.ForeignKeyConstraint(['evidence_id'], ['item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_verdict'), ['verdict'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_verdict'))
        batch_op.drop_index(batch_op.f('ix_link_evidence_id'))
        batch_op.drop_index(batch_op.f('ix_link_commitment_id'))

    op.drop_table('link')
    op.drop_table('itemtag')
    with op.batch_alter_table('commitmentstatus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitmentstatus_computed'))

    op.drop_table('commitmentstatus')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_item_report_id'))
        batch_op.drop_index(batch_op.f('ix_item_kind'))
        batch_op.drop_index(batch_op.f('ix_item_field'))
        batch_op.drop_index(batch_op.f('ix_item_active'))

    op.drop_table('item')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_period_start'))
        batch_op.drop_index(batch_op.f('ix_report_content_hash'))
        batch_op.drop_index(batch_op.f('ix_report_agency_id'))

    op.drop_table('report')
    with op.batch_alter_table('tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tag_name'))

    op.drop_table('tag')
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auditevent_entity_id'))
        batch_op.drop_index(batch_op.f('ix_auditevent_at'))
        batch_op.drop_index(batch_op.f('ix_auditevent_action'))

    op.drop_table('auditevent')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_name'))

    op.drop_table('agency')
