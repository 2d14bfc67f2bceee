"""scanned reports: how many pages were read by OCR and how sure it was

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scanned_pages', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('ocr_confidence', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('ocr_confidence')
        batch_op.drop_column('scanned_pages')
