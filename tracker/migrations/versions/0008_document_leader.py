"""document leader: who chaired the meeting a conclusion notice reports

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leader', sqlmodel.sql.sqltypes.AutoString(length=300),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('leader')
