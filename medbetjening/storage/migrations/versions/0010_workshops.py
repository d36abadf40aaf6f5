"""workshops: courses, IT-cafés and group lessons a site held, with their participants

Revision ID: 0010_workshops
Revises: 0007_route_statistics
Create Date: 2026-12-07 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_workshops"
down_revision = "0007_route_statistics"
branch_labels = None
depends_on = None


def _workshop_child(name: str, *columns: sa.Column, unique: tuple[str, ...] = ()) -> None:
    """A table that belongs to one workshop (deleted with it)."""
    constraints: list[sa.Constraint] = [
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f(f"fk_{name}_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    ]
    if unique:
        constraints.append(sa.UniqueConstraint(*unique[1:], name=unique[0]))
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        *columns,
        *constraints,
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(f"ix_{name}_workshop_id", ["workshop_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_workshop_site_id_site")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_workshop_recorded_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index("ix_workshop_site_held_on", ["site_id", "held_on"], unique=False)
    _workshop_child(
        "workshop_topic",
        sa.Column("topic", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        unique=("uq_workshop_topic", "workshop_id", "topic"),
    )
    _workshop_child(
        "workshop_helper",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_workshop_helper_staff_id_staff")
        ),
        unique=("uq_workshop_helper", "workshop_id", "staff_id"),
    )
    _workshop_child(
        "workshop_attendance",
        sa.Column("age_band", sa.String(length=10), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        unique=("uq_workshop_attendance_band", "workshop_id", "age_band"),
    )
    _workshop_child(
        "workshop_participant",
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
            name=op.f("fk_workshop_participant_citizen_id_citizen"),
            ondelete="SET NULL",
        ),
    )
    with op.batch_alter_table("workshop_participant", schema=None) as batch_op:
        batch_op.create_index("ix_workshop_participant_citizen_id", ["citizen_id"], unique=False)


def downgrade() -> None:
    for name in (
        "workshop_participant",
        "workshop_attendance",
        "workshop_helper",
        "workshop_topic",
        "workshop",
    ):
        op.drop_table(name)
