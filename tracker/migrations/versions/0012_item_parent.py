"""item parent: an atomic element points at its lead-in, whose status rolls up

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_item_parent_id'), ['parent_id'], unique=False)
        batch_op.create_foreign_key('fk_item_parent_id_item', 'item', ['parent_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_constraint('fk_item_parent_id_item', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_item_parent_id'))
        batch_op.drop_column('parent_id')
