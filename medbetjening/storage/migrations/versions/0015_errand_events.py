"""errand events: each citizen's errand history in key order, for the refresh

The statistics refresh followed the changed day's citizens' history (their episodes,
later runs with marks, follow-ups) through visit → flow run → run marks → assessment →
follow-up, read at random: most of a one-day refresh and what grows with the database.
``stat_errand_event`` keeps one row per (citizen, errand, closed visit) and per
follow-up result, ordered by (citizen, errand, time) — a WITHOUT ROWID table on SQLite —
so a citizen's errand is one range read. Filled here from the raw rows and
``stat_run_mark`` as the rebuild fills it (``storage/errand_events.py``).

Revision ID: 0015_errand_events
Revises: 0014_run_marks
Create Date: 2026-12-07 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_errand_events"
down_revision = "0014_run_marks"
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO stat_errand_event (citizen_id, flow_id, at, visit_id, follow_up_id, site_id,
    staff_id, counted, alone, runs_alone, runs_helped, helped_first, level, route, barriers)
SELECT v.citizen_id, r.flow_id, v.started_at, v.id, 0, v.site_id, v.staff_id,
       MAX(CASE WHEN m.total > 0 THEN 1 ELSE 0 END),
       MAX(CASE WHEN m.total > 0 AND m.alone = m.total AND r.status = 'completed'
                THEN 1 ELSE 0 END),
       MAX(CASE WHEN m.total > 0 AND m.alone = m.total THEN 1 ELSE 0 END),
       MAX(CASE WHEN m.total > 0 AND m.alone != m.total THEN 1 ELSE 0 END),
       CASE WHEN MIN(CASE WHEN m.total > 0 AND m.alone != m.total THEN r.id END)
               < MIN(CASE WHEN m.total > 0 AND m.alone = m.total THEN r.id END)
            THEN 1 ELSE 0 END,
       CASE WHEN a.route IS NOT NULL THEN a.level END,
       a.route,
       CASE WHEN a.route IS NOT NULL THEN a.barriers END
FROM visit v
JOIN flow_run r ON r.visit_id = v.id
LEFT OUTER JOIN stat_run_mark m ON m.run_id = r.id
LEFT OUTER JOIN assessment_result a ON a.visit_id = v.id
WHERE v.status = 'closed' AND v.citizen_id IS NOT NULL
GROUP BY v.id, r.flow_id, v.citizen_id, v.started_at, v.site_id, v.staff_id,
         a.level, a.route, a.barriers
HAVING MAX(CASE WHEN m.total > 0 THEN 1 ELSE 0 END) = 1 OR a.route IS NOT NULL
UNION ALL
-- DISTINCT would make PostgreSQL take a bare NULL for text: typed NULLs.
SELECT DISTINCT v.citizen_id, r.flow_id, f.done_at, v.id, f.id, v.site_id, v.staff_id,
       1, CASE WHEN f.result = 'managed_alone' THEN 1 ELSE 0 END, 0, 0, 0,
       CAST(NULL AS INTEGER), CAST(NULL AS VARCHAR(40)), CAST(NULL AS TEXT)
FROM follow_up f
JOIN visit v ON v.id = f.visit_id
JOIN flow_run r ON r.visit_id = v.id
WHERE v.citizen_id IS NOT NULL
  AND f.result IN ('managed_alone', 'needed_help')
  AND f.done_at IS NOT NULL
"""


def upgrade() -> None:
    op.create_table(
        "stat_errand_event",
        sa.Column("citizen_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("flow_id", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("visit_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("follow_up_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("alone", sa.Integer(), nullable=False),
        sa.Column("runs_alone", sa.Integer(), nullable=False),
        sa.Column("runs_helped", sa.Integer(), nullable=False),
        sa.Column("helped_first", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("route", sa.String(length=40), nullable=True),
        sa.Column("barriers", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
            name=op.f("fk_stat_errand_event_citizen_id_citizen"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_stat_errand_event_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "citizen_id",
            "flow_id",
            "at",
            "visit_id",
            "follow_up_id",
            name=op.f("pk_stat_errand_event"),
        ),  # fmt: skip
        sqlite_with_rowid=False,
    )
    op.execute(_FILL)
    # After the fill: one index built in a pass, not kept up row by row.
    op.create_index("ix_stat_errand_event_visit_id", "stat_errand_event", ["visit_id"])


def downgrade() -> None:
    op.drop_index("ix_stat_errand_event_visit_id", table_name="stat_errand_event")
    op.drop_table("stat_errand_event")
