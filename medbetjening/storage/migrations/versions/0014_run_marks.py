"""run marks: each closed visit's flow run with its step marks summed, kept

The statistics refresh read the step records of every run in the changed day's citizens'
last twelve months (and the next) to find each earlier episode's next time: about 20,000
step rows summed anew at every refresh at a million visits. ``stat_run_mark`` keeps the
sums of each run of a closed visit, written when its (day, site) is aggregated; the
refresh reads a citizen's history from it by key. Filled here from the step records so
an existing database's refresh is right before its next rebuild.

Revision ID: 0014_run_marks
Revises: 0013_visit_staff_open
Create Date: 2026-12-07 08:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_run_marks"
down_revision = "0013_visit_staff_open"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stat_run_mark",
        sa.Column("run_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("alone", sa.Integer(), nullable=False),
        sa.Column("guided", sa.Integer(), nullable=False),
        sa.Column("staff", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["flow_run.id"],
            name=op.f("fk_stat_run_mark_run_id_flow_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("run_id", name=op.f("pk_stat_run_mark")),
    )
    op.execute(
        """
        INSERT INTO stat_run_mark (run_id, total, alone, guided, staff)
        SELECT step_record.flow_run_id,
               SUM(CASE WHEN step_record.actor IS NOT NULL
                         AND step_record.actor != 'skipped' THEN 1 ELSE 0 END),
               SUM(CASE WHEN step_record.actor = 'citizen_alone' THEN 1 ELSE 0 END),
               SUM(CASE WHEN step_record.actor = 'citizen_guided' THEN 1 ELSE 0 END),
               SUM(CASE WHEN step_record.actor = 'staff' THEN 1 ELSE 0 END)
        FROM step_record
        JOIN flow_run ON flow_run.id = step_record.flow_run_id
        JOIN visit ON visit.id = flow_run.visit_id
        WHERE visit.status = 'closed'
        GROUP BY step_record.flow_run_id
        """
    )


def downgrade() -> None:
    op.drop_table("stat_run_mark")
