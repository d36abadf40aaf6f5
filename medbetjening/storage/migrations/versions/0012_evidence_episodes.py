"""evidence episodes: ``stat_route_evidence_day`` holds one row per episode

A visit closed today changes the next time of its citizen's earlier episodes of the
same errand. With rows summed per (day, site, …) the refresh had to aggregate every
earlier day such a citizen was seen again (hundreds of site-days at a large
municipality); with one row per episode (``visit_id``, ``flow_id``) it updates just those
episodes and adds the differences to the totals.

The old summed rows cannot be split: the refresh row is removed, so the next refresh
aggregates everything again (days whose raw visits were purged keep their rows, with
``visit_id`` 0).

Revision ID: 0012_evidence_episodes
Revises: 0011_statistics_indexes
Create Date: 2026-12-07 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_evidence_episodes"
down_revision = "0011_statistics_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stat_route_evidence_day", schema=None) as batch_op:
        batch_op.add_column(sa.Column("visit_id", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index(
            "ix_stat_route_evidence_day_visit", ["visit_id", "flow_id"], unique=False
        )
    op.execute("DELETE FROM stat_refresh")


def downgrade() -> None:
    with op.batch_alter_table("stat_route_evidence_day", schema=None) as batch_op:
        batch_op.drop_index("ix_stat_route_evidence_day_visit")
        batch_op.drop_column("visit_id")
    op.execute("DELETE FROM stat_refresh")
