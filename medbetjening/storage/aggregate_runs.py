"""The run marks, and temporary tables of one re-aggregation.

``stat_run_mark``: each closed visit's runs' counted step marks, kept (a citizen's
history is read from it), written from the refresh's one read of its days
(``range_read``) or, by the rebuild, in one set-based statement.
``agg_range_run``: the range's runs of visits with a citizen, with their marks (what
self-sufficiency follows in SQL); filled from the range's read, created at the start
of ``_aggregate_range`` and dropped at its end, in the same transaction (a rollback
takes it away too). ``agg_citizen``: the citizens ``plan_earlier`` follows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    select,
    text,
)
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import StepActor, VisitStatus
from medbetjening.storage.aggregate_range import steps_marked, sum_if
from medbetjening.storage.driver_rows import write_tuples
from medbetjening.storage.models import FlowRun, StatRunMark, StepRecord, Visit
from medbetjening.storage.range_read import RangeRead, read_range

_metadata = MetaData()  # not the schema's: Alembic and create_all never see it

RANGE_RUNS = Table(
    "agg_range_run",
    _metadata,
    Column("run_id", Integer, primary_key=True),
    Column("citizen_id", Integer, nullable=False),
    Column("flow_id", String(80), nullable=False),
    Column("steps_total", Integer, nullable=False),
    Column("steps_alone", Integer, nullable=False),
    prefixes=["TEMPORARY"],
)


def write_run_marks(session: Session, where: list[Any]) -> RangeRead:
    """Count the step marks of the runs of the closed visits ``where`` selects into
    ``stat_run_mark``; return the read (``range_read``: every wide table's rows of
    those visits come from it too). Only changed sums are written (an unchanged day, as
    most of a refresh's, costs no page); a run that lost all its step records loses its
    row."""
    read = read_range(session, where, steps=True)
    visits, stored = read.visits, read.stored_marks
    gone = [(run_id,) for run_id, run in read.runs.items() if run[8] and not run[9]]
    changed = [
        (run_id, *run[4:8])
        for run_id, run in read.runs.items()
        if run[9] and visits[run[0]][4] and stored.get(run_id) != tuple(run[4:8])
    ]
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    if gone:
        connection.exec_driver_sql(f"DELETE FROM stat_run_mark WHERE run_id = {mark}", gone)
    if changed:
        # Both engines know the upsert; through the driver: SQLAlchemy's executemany
        # costs ≈ 10 µs a row (``driver_rows``).
        sums = ", ".join(f"{name} = excluded.{name}" for name in _SUMS)
        connection.exec_driver_sql(
            f"INSERT INTO stat_run_mark (run_id, {', '.join(_SUMS)}) VALUES "
            f"({', '.join([mark] * (len(_SUMS) + 1))}) ON CONFLICT (run_id) DO UPDATE SET {sums}",
            changed,
        )
    return read


def insert_all_run_marks(session: Session) -> None:
    """``stat_run_mark`` for every closed visit's runs into the emptied table, in one
    set-based statement: counted in Python a month at a time (``write_run_marks``'
    way) it took ≈ 2× the CPU at a million visits (see README)."""
    marks = (
        select(
            StepRecord.flow_run_id,
            sum_if(steps_marked()),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value),
            sum_if(StepRecord.actor == StepActor.STAFF.value),
        )
        .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
        .join(Visit, Visit.id == FlowRun.visit_id)
        .where(Visit.status == VisitStatus.CLOSED.value)
        .group_by(StepRecord.flow_run_id)
    )
    session.execute(StatRunMark.__table__.insert().from_select(["run_id", *_SUMS], marks))


_SUMS = ("total", "alone", "guided", "staff")


def create_range_runs(session: Session) -> None:
    """Create the (empty) table of a range's runs; ``fill_range_runs`` adds a read's."""
    connection = session.connection()
    # Left by a range that failed before its end (no catalogue query: one statement).
    connection.execute(text(f"DROP TABLE IF EXISTS {RANGE_RUNS.name}"))
    RANGE_RUNS.create(connection)


def fill_range_runs(session: Session, rows: list[tuple[Any, ...]]) -> None:
    write_tuples(session.connection(), RANGE_RUNS.name, [c.name for c in RANGE_RUNS.c], rows)


def analyze_range_runs(session: Session) -> None:
    # Its size for the planner: without it SQLite took a small database's step_record
    # for the smaller table and scanned all of it for every range (PostgreSQL does not
    # analyse temporary tables by itself either).
    session.connection().execute(text(f"ANALYZE {RANGE_RUNS.name}"))


def drop_range_runs(session: Session) -> None:
    RANGE_RUNS.drop(session.connection())


CITIZENS = Table(
    "agg_citizen",
    _metadata,
    Column("citizen_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)
# The citizens with an episode among those (``episode_rows``: their later events).
EPISODE_CITIZENS = Table(
    "agg_episode_citizen",
    _metadata,
    Column("citizen_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)


def fill_citizens(session: Session, citizen_ids: Iterable[int], table: Table = CITIZENS) -> Any:
    """A temporary table of these citizens; returns a subquery of their ids. A list of
    bound parameters would be rendered and parsed anew at every refresh, and chunked."""
    connection = session.connection()
    connection.execute(text(f"DROP TABLE IF EXISTS {table.name}"))
    table.create(connection)
    write_tuples(connection, table.name, ["citizen_id"], [(c,) for c in citizen_ids])
    return select(table.c.citizen_id)


def drop_citizens(session: Session, table: Table = CITIZENS) -> None:
    table.drop(session.connection())
