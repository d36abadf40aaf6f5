"""The temporary table of one re-aggregation: its flow runs with their step marks.

``agg_range_run``: the flow runs of a range, each with its visit's keys and its step
marks. Every builder of runs and marks (visits, flows, friction, self-sufficiency) used
to join ``step_record`` again: a day's step rows were read five times per refresh. They
are now summed once into ``stat_run_mark`` (``write_run_marks``, kept: a citizen's
history is read from it too, via ``stat_errand_event``) and the builders read this table. Created at the
start of ``_aggregate_range`` and dropped at its end, in the same transaction (a
rollback takes it away too).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    delete,
    exists,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import StepActor, VisitStatus
from medbetjening.storage.aggregate_range import AggregateRange, steps_marked, sum_if
from medbetjening.storage.models import FlowRun, StatRunMark, StepRecord, Visit

_metadata = MetaData()  # not the schema's: Alembic and create_all never see it

RANGE_RUNS = Table(
    "agg_range_run",
    _metadata,
    Column("run_id", Integer, primary_key=True),
    Column("visit_id", Integer, nullable=False),
    Column("day", Date, nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("site_id", Integer, nullable=False),
    Column("staff_id", Integer, nullable=False),
    Column("citizen_id", Integer),
    Column("channel", String(20), nullable=False),
    Column("contact_type", String(20), nullable=False),
    Column("flow_id", String(80), nullable=False),
    Column("status", String(12), nullable=False),
    Column("current_step", Integer, nullable=False),
    Column("steps_total", Integer, nullable=False),
    Column("steps_alone", Integer, nullable=False),
    Column("steps_guided", Integer, nullable=False),
    Column("steps_staff", Integer, nullable=False),
    Index("ix_agg_range_run_visit", "visit_id"),
    prefixes=["TEMPORARY"],
)


def write_run_marks(session: Session, where: list[Any], *, emptied: bool = False) -> None:
    """Sum the step marks of the runs of the closed visits ``where`` selects into
    ``stat_run_mark``. Only changed sums are written (an unchanged day, as most of a
    refresh's, costs no page); a run that lost all its step records loses its row.
    ``emptied``: the table was just emptied (the rebuild): plain inserts, nothing to
    delete or compare (the delete's subquery walked every closed visit's runs)."""
    m = StatRunMark.__table__.c
    if not emptied:
        runs = select(FlowRun.id).join(Visit, Visit.id == FlowRun.visit_id).where(*where)
        unmarked = ~exists().where(StepRecord.flow_run_id == m.run_id)
        session.execute(delete(StatRunMark).where(m.run_id.in_(runs), unmarked))
    marks = run_marks(where)
    if emptied:
        session.execute(StatRunMark.__table__.insert().from_select(MARK_COLUMNS, marks))
        return
    dialect = session.get_bind().dialect.name
    upsert = (sqlite_insert if dialect == "sqlite" else postgresql_insert)(StatRunMark)
    upsert = upsert.from_select(MARK_COLUMNS, marks)
    sums = MARK_COLUMNS[1:]
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=["run_id"],
            set_={name: upsert.excluded[name] for name in sums},
            where=or_(*(m[name] != upsert.excluded[name] for name in sums)),
        )
    )


# ``stat_run_mark``'s columns in ``run_marks``' order.
MARK_COLUMNS = ["run_id", "total", "alone", "guided", "staff"]


def run_marks(where: list[Any]) -> Select[Any]:
    """The step marks' sums of each run of the closed visits ``where`` selects (the
    demo's rebuild computes them in another process too)."""
    return (
        select(
            StepRecord.flow_run_id,
            sum_if(steps_marked()),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value),
            sum_if(StepRecord.actor == StepActor.STAFF.value),
        )
        .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
        .join(Visit, Visit.id == FlowRun.visit_id)
        .where(*where, Visit.status == VisitStatus.CLOSED.value)
        .group_by(StepRecord.flow_run_id)
    )


def fill_range_runs(session: Session, rng: AggregateRange) -> None:
    """Create the table with the runs of the range's closed visits and their marks (from
    ``stat_run_mark``: the caller wrote the range's with ``write_run_marks``)."""
    connection = session.connection()
    # Left by a range that failed before its end (no catalogue query: one statement).
    connection.execute(text(f"DROP TABLE IF EXISTS {RANGE_RUNS.name}"))
    RANGE_RUNS.create(connection)
    m = StatRunMark
    keys = (
        select(
            FlowRun.id,
            Visit.id,
            rng.day,
            Visit.started_at,
            Visit.site_id,
            Visit.staff_id,
            Visit.citizen_id,
            Visit.channel,
            Visit.contact_type,
            FlowRun.flow_id,
            FlowRun.status,
            FlowRun.current_step,
            *(func.coalesce(column, 0) for column in (m.total, m.alone, m.guided, m.staff)),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(m, m.run_id == FlowRun.id)
    )
    names = [c.name for c in RANGE_RUNS.c]
    session.execute(RANGE_RUNS.insert().from_select(names, keys.where(*rng.in_range)))
    # Its size for the planner: without it SQLite took a small database's step_record
    # for the smaller table and scanned all of it for every range (PostgreSQL does not
    # analyse temporary tables by itself either).
    connection.execute(text(f"ANALYZE {RANGE_RUNS.name}"))


def drop_range_runs(session: Session) -> None:
    RANGE_RUNS.drop(session.connection())
