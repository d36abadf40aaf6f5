"""level certainty: the proven level range and whether it is final; items marked not
relevant; a route chosen by staff with its reason; the basis for a MitID step staff did

Revision ID: 0006_level_certainty
Revises: 0005_policies
Create Date: 2026-12-06 12:00:00

An existing assessment of "counter-v1" with items left open stops saying "0 – Afhængig":
that was the proven minimum, stored as if observed. It becomes "ikke afklaret" from that
minimum up to the top level (the exact upper bound needs the instrument, which a
migration must not load). Complete assessments, staff-set levels and other instruments
keep their level, marked final.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_level_certainty"
down_revision = "0005_policies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_result") as batch:
        batch.add_column(sa.Column("level_low", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("level_high", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("level_final", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("route_override_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("assessment_answer") as batch:
        batch.add_column(sa.Column("not_relevant_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("step_record") as batch:
        batch.add_column(sa.Column("staff_basis", sa.String(length=30), nullable=True))
    _rescore(op.get_bind())


# The items of the bundled instrument "counter-v1" at this revision (a migration must not
# depend on today's files): an assessment with all of them answered was complete.
V1_ITEMS = (
    "devices",
    "mitid",
    "reads_danish",
    "equipped",
    "install_app",
    "mitid_login",
    "self_service",
    "digital_post",
    "phishing",
    "when_stuck",
    "wish",
    "stand_in",
)
TOP_LEVEL = 3


def _rescore(bind: sa.engine.Connection) -> None:
    """Final when every item was answered or staff set the level; else the stored level
    was the proven minimum: keep it as the range's low end, up to the top level."""
    items = ", ".join(f"'{item}'" for item in V1_ITEMS)
    complete = (
        "(SELECT count(DISTINCT a.item_id) FROM assessment_answer a "
        f"WHERE a.assessment_id = assessment_result.id AND a.item_id IN ({items})) "
        f"= {len(V1_ITEMS)}"
    )
    bind.execute(
        sa.text(
            "UPDATE assessment_result SET level_low = computed_level, "
            "level_high = computed_level, level_final = :yes "
            f"WHERE override_reason IS NOT NULL OR instrument_id != 'counter-v1' OR {complete}"
        ),
        {"yes": True},
    )
    bind.execute(
        sa.text(
            "UPDATE assessment_result SET level_low = computed_level, level_high = :top, "
            "level_final = :no, level = NULL, computed_level = NULL "
            "WHERE level_final = :no AND computed_level IS NOT NULL"
        ),
        {"top": TOP_LEVEL, "no": False},
    )


def downgrade() -> None:
    with op.batch_alter_table("step_record") as batch:
        batch.drop_column("staff_basis")
    with op.batch_alter_table("assessment_answer") as batch:
        batch.drop_column("not_relevant_reason")
    with op.batch_alter_table("assessment_result") as batch:
        batch.drop_column("route_override_reason")
        batch.drop_column("level_final")
        batch.drop_column("level_high")
        batch.drop_column("level_low")
