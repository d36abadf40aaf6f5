"""contact counting: quick contacts, the citizen of a booking, visit types from their flows

- ``quick_contact``: short contacts registered without a guided visit (KOMHEN counts them).
- ``appointment.citizen_id``: a "Ny aftale" follow-up books a time for that citizen.
- Every visit's ``contact_type`` is derived again from the flows run in it (the highest
  wins; no flow: information). Until now the window stored "interaction" for every
  visit. A visit that ran a flow this revision does not know (a municipality's own
  flow) keeps its stored type. The (day, site) pairs whose closed visits changed are
  marked for the statistics to aggregate again.

Revision ID: 0004_contact_counting
Revises: 0003_statistics
Create Date: 2026-12-06 23:30:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004_contact_counting"
down_revision = "0003_statistics"
branch_labels = None
depends_on = None

# The shipped flows' types at this revision (a migration must not depend on today's files).
INTERACTION_FLOWS = ("digital-post",)
TRANSACTION_FLOWS = (
    "boligstoette",
    "byggetilladelse",
    "dagtilbud",
    "digital-fuldmagt",
    "digital-post-fritagelse",
    "flytning",
    "folkepension",
    "forskudsopgoerelse",
    "koerekort-fornyelse",
    "laeseadgang",
    "mitid-app-pas",
    "mitid-borgerservice",
    "pas",
    "sundhedskort",
    "varmetillaeg",
)

visit = sa.table(
    "visit",
    sa.column("id", sa.Integer),
    sa.column("site_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("started_at", sa.DateTime),
    sa.column("contact_type", sa.String),
)
flow_run = sa.table("flow_run", sa.column("visit_id", sa.Integer), sa.column("flow_id", sa.String))
dirty = sa.table("stat_dirty_day", sa.column("day", sa.Date), sa.column("site_id", sa.Integer))


def _runs(*condition: sa.ColumnElement[bool]) -> sa.Exists:
    return sa.exists().where(flow_run.c.visit_id == visit.c.id, *condition)


def upgrade() -> None:
    op.create_table(
        "quick_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("contact_type", sa.String(length=20), nullable=False),
        sa.Column("flow_id", sa.String(length=80), nullable=True),
        sa.Column("task", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_quick_contact_site_id_site")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_quick_contact_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quick_contact")),
    )
    with op.batch_alter_table("quick_contact", schema=None) as batch_op:
        batch_op.create_index("ix_quick_contact_site_at", ["site_id", "at"], unique=False)
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("citizen_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_appointment_citizen_id_citizen"),
            "citizen",
            ["citizen_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _derive_contact_types()


def _derive_contact_types() -> None:
    rules = [
        ("information", ~_runs()),
        ("transaction", _runs(flow_run.c.flow_id.in_(TRANSACTION_FLOWS))),
        (
            "interaction",
            sa.and_(
                _runs(flow_run.c.flow_id.in_(INTERACTION_FLOWS)),
                ~_runs(flow_run.c.flow_id.not_in(INTERACTION_FLOWS)),
            ),
        ),
    ]
    bind = op.get_bind()
    changed: set[tuple[dt.date, int]] = set()
    for contact_type, condition in rules:
        where = sa.and_(condition, visit.c.contact_type != contact_type)
        for started_at, site_id in bind.execute(
            sa.select(visit.c.started_at, visit.c.site_id)
            .where(where, visit.c.status == "closed")
            .distinct()
        ):
            started = started_at if isinstance(started_at, dt.datetime) else None
            if started is None:  # SQLite hands back text from a core select on some drivers
                started = dt.datetime.fromisoformat(str(started_at))
            changed.add((started.date(), site_id))
        bind.execute(visit.update().where(where).values(contact_type=contact_type))
    already = {
        (day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)), site_id)
        for day, site_id in bind.execute(sa.select(dirty.c.day, dirty.c.site_id))
    }
    rows = [{"day": d, "site_id": s} for d, s in sorted(changed - already)]
    if rows:
        bind.execute(dirty.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_constraint("fk_appointment_citizen_id_citizen", type_="foreignkey")
        batch_op.drop_column("citizen_id")
    with op.batch_alter_table("quick_contact", schema=None) as batch_op:
        batch_op.drop_index("ix_quick_contact_site_at")
    op.drop_table("quick_contact")
