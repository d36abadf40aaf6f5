"""The flow runs of one re-aggregation, each with its visit's keys and its step marks.

Every builder of runs and marks (visits, flows, self-sufficiency) used to join
``step_record`` again: the step rows of a day were read five times per refresh. They are
now summed once per range into this temporary table (one row per run) and the builders
read that. Created at the start of ``_aggregate_range`` and dropped at its end, in the
same transaction (a rollback takes it away too).
"""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Index, Integer, MetaData, String, Table, select, text
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
    query = (
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
            sum_if(steps_marked()),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value),
            sum_if(StepRecord.actor == StepActor.STAFF.value),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*rng.in_range)
        .group_by(FlowRun.id, Visit.id)
    )
    session.execute(RANGE_RUNS.insert().from_select([c.name for c in RANGE_RUNS.c], query))


def drop_range_runs(session: Session) -> None:
    RANGE_RUNS.drop(session.connection())
