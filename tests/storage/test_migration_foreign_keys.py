"""SQLite table rebuilds in later migrations must not fire foreign-key actions."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import select, text

from medbetjening.services.database import open_database
from medbetjening.storage.migrate import migration_connection
from medbetjening.storage.models import AuditEvent, FlowRun, Site, Staff, StepRecord, Visit


def test_batch_rebuild_keeps_children_and_audit_events(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with db.uow_factory() as uow:
        site = Site(name="Rådhuset")
        uow.session.add(site)
        uow.session.flush()
        staff = Staff(name="Kenni", site_id=site.id)
        uow.session.add(staff)
        uow.session.flush()
        visit = Visit(site_id=site.id, staff_id=staff.id, started_at=dt.datetime(2026, 1, 5))
        uow.session.add(visit)
        uow.session.flush()
        run = FlowRun(visit_id=visit.id, flow_id="pas")
        run.steps.append(StepRecord(step_index=0, step_id="a", actor="staff"))
        uow.session.add(run)
        uow.session.add(AuditEvent(staff_id=staff.id, site_id=site.id, action="export.handout"))
        uow.commit()

    # what a later migration does on SQLite: rebuild "staff" and "visit" (copy, drop, rename)
    with migration_connection(db.engine) as connection:
        operations = Operations(MigrationContext.configure(connection))
        for table in ("staff", "visit"):
            with operations.batch_alter_table(table, recreate="always") as batch:
                batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))

    with db.engine.connect() as connection:
        assert connection.execute(select(AuditEvent.staff_id)).scalar() is not None
        assert connection.execute(text("SELECT count(*) FROM step_record")).scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
