"""policies: municipality-wide policy table, sign-in back-off, closed sites

Revision ID: 0005_policies
Revises: 0004_contact_counting
Create Date: 2026-12-06 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_policies"
down_revision = "0004_contact_counting"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "policy",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_policy")),
    )
    with op.batch_alter_table("staff") as batch:
        batch.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    with op.batch_alter_table("site") as batch:
        batch.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site") as batch:
        batch.drop_column("closed_at")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_sign_ins")
    op.drop_table("policy")
