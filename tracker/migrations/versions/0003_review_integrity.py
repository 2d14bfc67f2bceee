"""review integrity: items retired by a reviewer, flags for changed text, the data version,
the kind and issuer of a document

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import json

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retired', sqlmodel.sql.sqltypes.AutoString(length=20),
                                      nullable=True))
        batch_op.add_column(sa.Column('needs_review', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20),
                                      nullable=True))
        batch_op.add_column(sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(length=300),
                                      nullable=True))
    # Items a reviewer split or merged before this column existed: the audit trail says which.
    bind = op.get_bind()
    retired: dict[int, str] = {}
    events = sa.text("SELECT action, entity_id, before FROM auditevent "
                     "WHERE action IN ('item.split', 'item.merge')")
    for action, entity_id, before in bind.execute(events):
        if action == 'item.split':
            retired[entity_id] = 'split'
        else:
            before = json.loads(before) if isinstance(before, str) else (before or {})
            retired.update({int(i): 'merge' for i in before.get('items', [])})
    for item_id, how in retired.items():
        bind.execute(sa.text("UPDATE item SET retired = :how WHERE id = :id"),
                     {"how": how, "id": item_id})
    data_version = op.create_table(
        'data_version',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('value', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.bulk_insert(data_version, [{'id': 1, 'value': 0}])


def downgrade() -> None:
    op.drop_table('data_version')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('issuer')
        batch_op.drop_column('kind')
    with op.batch_alter_table('item', schema=None) as batch_op:
        batch_op.drop_column('needs_review')
        batch_op.drop_column('retired')
