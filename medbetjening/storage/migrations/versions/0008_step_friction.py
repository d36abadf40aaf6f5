"""step friction: per day × site × flow × step, the runs that reached a step, met an
obstacle there (by kind), had staff do it and stopped there (the friction report)

The table starts empty; the stored refresh watermark is removed so the next statistics
refresh aggregates every day again (a month at a time) and fills it. Days whose raw
visits retention has already deleted keep their other aggregates as they were and get
no friction rows: those steps can no longer be counted, and are not guessed.

Revision ID: 0008_step_friction
Revises: 0010_workshops
Create Date: 2026-12-07 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_step_friction"
down_revision = "0010_workshops"
branch_labels = None
depends_on = None

COUNTS = (
    "runs_reached",
    "obstacle_no_mitid",
    "obstacle_missing_document",
    "obstacle_system_down",
    "obstacle_other",
    "runs_staff",
    "runs_ended",
    "runs_friction",
)


def upgrade() -> None:
    op.create_table(
        "stat_step_friction_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.String(length=80), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTS),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_step_friction_day")),
    )
    with op.batch_alter_table("stat_step_friction_day", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stat_step_friction_day_day_site", ["day", "site_id"], unique=False
        )
    # No watermark: the next refresh rebuilds every aggregate, this table included.
    op.execute("DELETE FROM stat_refresh")


def downgrade() -> None:
    with op.batch_alter_table("stat_step_friction_day", schema=None) as batch_op:
        batch_op.drop_index("ix_stat_step_friction_day_day_site")
    op.drop_table("stat_step_friction_day")
