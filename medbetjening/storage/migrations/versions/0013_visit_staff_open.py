"""visit staff open: a staff member's open visits from one index

"Visits you left open" (the start-up's first paint and the visit list) asks for one staff
member's visits with status 'open', newest first. With only ``ix_visit_staff_id`` SQLite
read every visit that staff member ever had to find the few still open: 57 ms at a million
visits, inside every start. ``(staff_id, status, started_at)`` finds them directly, in order.

Revision ID: 0013_visit_staff_open
Revises: 0012_evidence_episodes
Create Date: 2026-12-07 06:45:00
"""

from __future__ import annotations

from alembic import op

revision = "0013_visit_staff_open"
down_revision = "0012_evidence_episodes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_staff_status_started", ["staff_id", "status", "started_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_staff_status_started")
