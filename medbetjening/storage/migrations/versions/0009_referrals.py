"""referrals: help points a lead keeps and referrals that close the loop

Revision ID: 0009_referrals
Revises: 0006_level_certainty
Create Date: 2026-12-07 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_referrals"
down_revision = "0006_level_certainty"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "help_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("opening_hours", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("helps_with", sa.Text(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_point")),
        sa.UniqueConstraint("name", name=op.f("uq_help_point_name")),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("from_site_id", sa.Integer(), nullable=False),
        sa.Column("to_site_id", sa.Integer(), nullable=True),
        sa.Column("help_point_id", sa.Integer(), nullable=True),
        sa.Column("flow_id", sa.String(length=80), nullable=True),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=14), nullable=False),
        sa.Column("taken_up_visit_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_referral_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizen.id"],
            name=op.f("fk_referral_citizen_id_citizen"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_site_id"], ["site.id"], name=op.f("fk_referral_from_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["to_site_id"], ["site.id"], name=op.f("fk_referral_to_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["help_point_id"], ["help_point.id"], name=op.f("fk_referral_help_point_id_help_point")
        ),
        sa.ForeignKeyConstraint(
            ["taken_up_visit_id"],
            ["visit.id"],
            name=op.f("fk_referral_taken_up_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"],
            ["staff.id"],
            name=op.f("fk_referral_closed_by_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    op.create_index(op.f("ix_referral_visit_id"), "referral", ["visit_id"])
    op.create_index(op.f("ix_referral_citizen_id"), "referral", ["citizen_id"])
    op.create_index(op.f("ix_referral_made_at"), "referral", ["made_at"])
    op.create_index("ix_referral_to_site_status", "referral", ["to_site_id", "status"])
    op.create_index("ix_referral_from_site_due", "referral", ["from_site_id", "status", "due_date"])


def downgrade() -> None:
    op.drop_table("referral")
    op.drop_table("help_point")
