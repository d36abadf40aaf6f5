"""audit_event append-only (triggers), purge permit, tally of purged visits

The audit log may only grow. On both engines a trigger refuses UPDATE and DELETE on
``audit_event`` (and TRUNCATE on PostgreSQL) unless a row exists in
``audit_purge_permit``. Only the retention job writes a permit: it inserts one, deletes
the expired audit events and removes the permit in the same transaction, so no other
connection ever sees it. ``purged_visit_tally`` keeps anonymous per-day counts of the
citizen-linked visits the purge deleted, so statistics for past periods stay correct.

Note for later SQLite migrations: a batch ("move and copy") rebuild of ``audit_event``
drops its triggers; such a migration must create them again (``create_triggers``).

Revision ID: 0002_audit_append_only
Revises: 0001
Create Date: 2026-11-26 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_audit_append_only"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_permit)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
    """,
    """
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_purge_permit)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
    """,
]

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_purge_permit) THEN
        IF TG_LEVEL = 'STATEMENT' THEN
            RETURN NULL;
        ELSIF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$
"""

_PG_TRIGGERS = [
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
]


def create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for statement in _PG_TRIGGERS:
            op.execute(statement)
    else:
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")


def upgrade() -> None:
    op.create_table(
        "audit_purge_permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_purge_permit")),
    )
    op.create_table(
        "purged_visit_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("contact_type", sa.String(length=20), nullable=False),
        sa.Column("completion", sa.String(length=20), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_purged_visit_tally_site_id_site")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purged_visit_tally")),
        sa.UniqueConstraint(
            "day",
            "site_id",
            "channel",
            "contact_type",
            "completion",
            name="uq_purged_visit_tally_key",
        ),
    )
    with op.batch_alter_table("purged_visit_tally", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purged_visit_tally_day"), ["day"], unique=False)
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("purged_visit_tally", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purged_visit_tally_day"))
    op.drop_table("purged_visit_tally")
    op.drop_table("audit_purge_permit")
