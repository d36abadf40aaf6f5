"""Temporary tables of one re-aggregation: its flow runs, and the refresh's citizens.

``agg_range_run``: the flow runs of a range, each with its visit's keys and its step
marks. Every builder of runs and marks (visits, flows, friction, self-sufficiency) used
to join ``step_record`` again: a day's step rows were read five times per refresh. They
are now summed once per range here and the builders read this table. Created at the
start of ``_aggregate_range`` and dropped at its end, in the same transaction (a
rollback takes it away too). ``agg_citizen``: the citizens ``plan_earlier`` follows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import StepActor
from medbetjening.storage.aggregate_range import AggregateRange, steps_marked, sum_if
from medbetjening.storage.models import FlowRun, StepRecord, Visit

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


def fill_range_runs(session: Session, rng: AggregateRange) -> None:
    """Create the table with the runs of the range's closed visits (one pass over marks)."""
    connection = session.connection()
    # Left by a range that failed before its end (no catalogue query: one statement).
    connection.execute(text(f"DROP TABLE IF EXISTS {RANGE_RUNS.name}"))
    RANGE_RUNS.create(connection)
    keys = select(
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
        *([literal(0)] * 4),
    ).join(FlowRun, FlowRun.visit_id == Visit.id)
    names = [c.name for c in RANGE_RUNS.c]
    session.execute(RANGE_RUNS.insert().from_select(names, keys.where(*rng.in_range)))
    # Its size for the planner: without it SQLite took a small database's step_record
    # for the smaller table and scanned all of it for every range (PostgreSQL does not
    # analyse temporary tables by itself either).
    connection.execute(text(f"ANALYZE {RANGE_RUNS.name}"))
    # The marks grouped by the table's own key, which its scan yields in order: no sort
    # of wide rows (grouping the join above by run cost three times as much).
    r = RANGE_RUNS.c
    marks = (
        select(
            r.run_id,
            sum_if(steps_marked()).label("total"),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value).label("alone"),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value).label("guided"),
            sum_if(StepRecord.actor == StepActor.STAFF.value).label("staff"),
        )
        .join(StepRecord, StepRecord.flow_run_id == r.run_id)
        .group_by(r.run_id)
        .subquery()
    )
    session.execute(
        update(RANGE_RUNS)
        .values(
            steps_total=marks.c.total,
            steps_alone=marks.c.alone,
            steps_guided=marks.c.guided,
            steps_staff=marks.c.staff,
        )
        .where(r.run_id == marks.c.run_id)
    )


def drop_range_runs(session: Session) -> None:
    RANGE_RUNS.drop(session.connection())


CITIZENS = Table(
    "agg_citizen",
    _metadata,
    Column("citizen_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)


def fill_citizens(session: Session, citizen_ids: Iterable[int]) -> Any:
    """A temporary table of these citizens; returns a subquery of their ids. A list of
    bound parameters would be rendered and parsed anew at every refresh, and chunked."""
    connection = session.connection()
    connection.execute(text(f"DROP TABLE IF EXISTS {CITIZENS.name}"))
    CITIZENS.create(connection)
    rows = [{"citizen_id": c} for c in citizen_ids]
    if rows:
        connection.execute(CITIZENS.insert(), rows)
    return select(CITIZENS.c.citizen_id)


def drop_citizens(session: Session) -> None:
    CITIZENS.drop(session.connection())
