"""level certainty: the proven level range and whether it is final; items marked not
relevant; a route chosen by staff with its reason; the basis for a MitID step staff did

Revision ID: 0005_level_certainty
Revises: 0004_contact_counting
Create Date: 2026-12-06 12:00:00

Existing assessments are scored again with the bundled instrument when they were made
with it, so a visit whose observed items were never rated stops saying "0 – Afhængig"
(it was the proven minimum, stored as if observed). Rows of another instrument keep
their level and are marked final: there is nothing to score them with.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_level_certainty"
down_revision = "0004_contact_counting"
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


def _rescore(bind: sa.engine.Connection) -> None:
    from medbetjening.content.assessment import bundled_instrument_path, load_instrument
    from medbetjening.domain.assessment import score

    instrument = load_instrument(bundled_instrument_path())
    bind.execute(
        sa.text(
            "UPDATE assessment_result SET level_low = computed_level, "
            "level_high = computed_level, level_final = :yes WHERE instrument_id != :id",
        ),
        {"yes": True, "id": instrument.id},
    )
    answers: dict[int, dict[str, int | str]] = {}
    for assessment_id, item_id, value, choice in bind.execute(
        sa.text(
            "SELECT a.assessment_id, a.item_id, a.score, a.choice FROM assessment_answer a "
            "JOIN assessment_result r ON r.id = a.assessment_id WHERE r.instrument_id = :id"
        ),
        {"id": instrument.id},
    ):
        answer = value if value is not None else choice
        if answer is not None:
            answers.setdefault(assessment_id, {})[item_id] = answer
    rows = bind.execute(
        sa.text("SELECT id, override_reason FROM assessment_result WHERE instrument_id = :id"),
        {"id": instrument.id},
    ).all()
    update = sa.text(
        "UPDATE assessment_result SET level_low = :low, level_high = :high, "
        "level_final = :final, computed_level = :computed, "
        "level = CASE WHEN override_reason IS NULL THEN :computed ELSE level END WHERE id = :id"
    )
    params = []
    for row_id, _override in rows:
        result = score(instrument, answers.get(row_id, {}))
        started = result.started
        params.append(
            {
                "id": row_id,
                "low": result.level if started else None,
                "high": result.level_max if started else None,
                "final": started and result.final,
                "computed": result.level if started and result.final else None,
            }
        )
    if params:
        bind.execute(update, params)


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
