"""source files: a scan's file kept, so its pages can be shown beside the text read

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'source_file',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('stored_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('source_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_file_content_hash'), ['content_hash'],
                              unique=True)
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_file_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('first_page', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('page_starts', sa.JSON(), nullable=False,
                                      server_default='[]'))
        batch_op.create_index(batch_op.f('ix_report_source_file_id'), ['source_file_id'],
                              unique=False)
        batch_op.create_foreign_key('fk_report_source_file_id_source_file', 'source_file',
                                    ['source_file_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_constraint('fk_report_source_file_id_source_file', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_report_source_file_id'))
        batch_op.drop_column('page_starts')
        batch_op.drop_column('first_page')
        batch_op.drop_column('source_file_id')
    with op.batch_alter_table('source_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_file_content_hash'))
    op.drop_table('source_file')
