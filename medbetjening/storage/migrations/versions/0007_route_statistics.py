"""route statistics: the route proposed beside the route chosen, the route in the daily
statistics, and what happened after each route (the evidence shown at the counter)

- ``assessment_result.proposed_route``: what the instrument proposed. Filled from
  ``route`` where staff did not choose another; a route chosen before this revision did
  not keep the proposal, so it stays NULL ("?" in the statistics: not known, not a guess).
- ``stat_visit_day.route`` / ``route_proposed``: the route in force and, when staff
  chose another, the one proposed.
- ``stat_route_evidence_day``: episodes of help with an errand by level band, barriers
  and route, and what the citizen's next time showed; ``stat_route_evidence`` the same
  summed over all days (what the counter reads).

The statistics are aggregated again at the next refresh (the old rows know no route).

Revision ID: 0007_route_statistics
Revises: 0009_referrals
Create Date: 2026-12-07 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_route_statistics"
down_revision = "0009_referrals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_result") as batch:
        batch.add_column(sa.Column("proposed_route", sa.String(length=40), nullable=True))
    result = sa.table(
        "assessment_result",
        sa.column("route", sa.String),
        sa.column("proposed_route", sa.String),
        sa.column("route_override_reason", sa.Text),
    )
    op.execute(
        result.update()
        .where(result.c.route_override_reason.is_(None))
        .values(proposed_route=result.c.route)
    )
    with op.batch_alter_table("stat_visit_day") as batch:
        batch.add_column(
            sa.Column("route", sa.String(length=40), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("route_proposed", sa.String(length=40), nullable=False, server_default="")
        )
    op.create_table(
        "stat_route_evidence_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.String(length=80), nullable=False),
        sa.Column("level_band", sa.String(length=4), nullable=False),
        sa.Column("barriers", sa.String(length=100), nullable=False),
        sa.Column("route", sa.String(length=40), nullable=False),
        sa.Column("episodes", sa.Integer(), nullable=False),
        sa.Column("known", sa.Integer(), nullable=False),
        sa.Column("alone", sa.Integer(), nullable=False),
        sa.Column("reached_alone", sa.Integer(), nullable=False),
        sa.Column("visits_to_alone", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_route_evidence_day")),
    )
    with op.batch_alter_table("stat_route_evidence_day") as batch:
        batch.create_index("ix_stat_route_evidence_day_day_site", ["day", "site_id"])
        batch.create_index("ix_stat_route_evidence_day_flow_band", ["flow_id", "level_band"])
    op.create_table(
        "stat_route_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.String(length=80), nullable=False),
        sa.Column("level_band", sa.String(length=4), nullable=False),
        sa.Column("barriers", sa.String(length=100), nullable=False),
        sa.Column("route", sa.String(length=40), nullable=False),
        sa.Column("episodes", sa.Integer(), nullable=False),
        sa.Column("known", sa.Integer(), nullable=False),
        sa.Column("alone", sa.Integer(), nullable=False),
        sa.Column("reached_alone", sa.Integer(), nullable=False),
        sa.Column("visits_to_alone", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_route_evidence")),
    )
    with op.batch_alter_table("stat_route_evidence") as batch:
        batch.create_index("ix_stat_route_evidence_flow_band", ["flow_id", "level_band"])
    # No watermark: the next refresh aggregates every day again, now with the routes.
    op.execute(sa.text("DELETE FROM stat_refresh"))


def downgrade() -> None:
    with op.batch_alter_table("stat_route_evidence") as batch:
        batch.drop_index("ix_stat_route_evidence_flow_band")
    op.drop_table("stat_route_evidence")
    with op.batch_alter_table("stat_route_evidence_day") as batch:
        batch.drop_index("ix_stat_route_evidence_day_flow_band")
        batch.drop_index("ix_stat_route_evidence_day_day_site")
    op.drop_table("stat_route_evidence_day")
    with op.batch_alter_table("stat_visit_day") as batch:
        batch.drop_column("route_proposed")
        batch.drop_column("route")
    with op.batch_alter_table("assessment_result") as batch:
        batch.drop_column("proposed_route")
