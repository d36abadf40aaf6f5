"""A refresh's day rows on a second connection, while the first follows the history.

The one-day refresh spends its time in two parts: the day's own rows (its runs' step
sums, visits, flows, follow-ups and step friction: grouping the day's ≈ 13,000 step
rows) and the citizens' history (their episodes and later events:
``aggregate_episodes``). The first reads only raw rows, so a thread computes it on its
own SQLite connection from the start of the refresh; sqlite3 lets go of the GIL while
a statement runs, so two cores share the wall time. The thread sums the changed runs'
step marks first (the main connection writes them into ``stat_run_mark`` from these
values instead of summing them again, while it reads the citizens' episodes), then
groups the day's rows, which the main connection writes after its own tables.

Both connections see the same data: the main connection already holds SQLite's write
lock (``refresh_lock.hold_refresh_lock``, the refresh's first statement) when the thread
begins to read, so no save can commit in between. Only for a
SQLite file whose caller has committed its raw changes (``StatisticsService.refresh``);
anything else, a failure in the thread included, leaves the work to the main
connection as before.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    Select,
    Table,
    exists,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from medbetjening.domain.vocabulary import StepActor, VisitStatus
from medbetjening.storage.aggregate_range import (
    AggregateRange,
    in_pairs,
    named_row,
    steps_marked,
    sum_if,
)
from medbetjening.storage.aggregate_rows import flow_rows, follow_up_rows, visit_rows
from medbetjening.storage.aggregate_runs import RANGE_RUNS
from medbetjening.storage.friction_aggregates import StatStepFrictionDay, friction_rows
from medbetjening.storage.models import (
    FlowRun,
    StatFlowDay,
    StatFollowUpDay,
    StatRunMark,
    StatVisitDay,
    StepRecord,
    Visit,
)
from medbetjening.storage.stats_sql import day_of

DayKey = tuple[dt.date, int]
Rows = dict[type, list[dict[str, Any]]]
BUILDERS = (
    (StatVisitDay, visit_rows),
    (StatFlowDay, flow_rows),
    (StatFollowUpDay, follow_up_rows),
    (StatStepFrictionDay, friction_rows),
)

THREAD_TABLES = tuple(table for table, _ in BUILDERS)
# The thread's runs: ``RANGE_RUNS``' columns and the number of step records (a run
# without any has no ``stat_run_mark`` row).
THREAD_RUNS = Table(
    "agg_thread_run",
    MetaData(),  # not the schema's: Alembic and create_all never see it
    *(Column(c.name, c.type, primary_key=c.primary_key) for c in RANGE_RUNS.c),
    Column("records", Integer, nullable=False),
    Index("ix_agg_thread_run_visit", "visit_id"),
    prefixes=["TEMPORARY"],
)
MARK_SUMS = ("steps_total", "steps_alone", "steps_guided", "steps_staff")


class DayRows:
    """The changed days' run sums and wide rows, computed in a thread."""

    def __init__(self, engine: Engine, sites_of: dict[dt.date, tuple[int, ...]], work: Any) -> None:
        self._engine = engine
        self._sites_of = sites_of
        self._work = work  # (the runs' insert, [(table, statement)])
        self._marks: list[tuple[Any, ...]] | None = None
        self._rows: dict[dt.date, Rows] | None = None
        self._marks_ready = threading.Event()
        self._rows_ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stat-day-rows", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._engine.connect() as connection:
                fill, statements = self._work
                self._marks = _fill_runs(connection, fill)
                self._marks_ready.set()
                self._rows = _day_rows(connection, statements)
                THREAD_RUNS.drop(connection)
                connection.rollback()
        except Exception:  # noqa: BLE001 — the main connection computes them instead
            self._rows = None
        finally:
            self._marks_ready.set()
            self._rows_ready.set()

    def marks(self) -> list[tuple[Any, ...]] | None:
        """(run id, step records, total, alone, guided, staff) for each run of the
        changed pairs' closed visits (None if the thread failed)."""
        self._marks_ready.wait()
        return self._marks

    def waiter(self, day: dt.date, site_ids: tuple[int, ...]) -> Callable[[], Rows | None]:
        """``rows`` for this day and sites, when asked."""
        return lambda: self.rows(day, site_ids)

    def rows(self, day: dt.date, site_ids: tuple[int, ...]) -> Rows | None:
        """The day's rows if the thread computed exactly these sites' (else None)."""
        if self._sites_of.get(day) != site_ids:
            return None
        self._rows_ready.wait()
        if self._rows is None:
            return None
        return self._rows.get(day, {table: [] for table in THREAD_TABLES})

    def close(self) -> None:
        self._thread.join()


def start_day_rows(session: Session, dirty: set[DayKey]) -> DayRows | None:
    """Start computing the dirty pairs' rows on a second connection (None: not here)."""
    engine = session.get_bind()
    if not dirty or not isinstance(engine, Engine) or not _second_connection_sees_the_file(engine):
        return None
    sites_of: dict[dt.date, tuple[int, ...]] = {}
    for day, site_id in sorted(dirty):
        sites_of[day] = (*sites_of.get(day, ()), site_id)
    # Every changed pair at once: one statement per table, its rows split by day.
    first, last = min(sites_of), max(sites_of)
    start = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min)
    in_range = [*in_pairs(session, dirty), Visit.status == VisitStatus.CLOSED.value]
    day = day_of(session, Visit.started_at).label("day")
    rng = AggregateRange(start, end, None, in_range, day, runs=THREAD_RUNS)
    fill = THREAD_RUNS.insert().from_select([c.name for c in THREAD_RUNS.c], _runs(rng))
    statements = [(table, build(session, rng)) for table, build in BUILDERS]
    return DayRows(engine, sites_of, (fill, statements))


def _second_connection_sees_the_file(engine: Engine) -> bool:
    """A SQLite file behind a pool of connections (not an in-memory database)."""
    database = engine.url.database
    return (
        engine.dialect.name == "sqlite"
        and isinstance(engine.pool, QueuePool)
        and bool(database)
        and database != ":memory:"
        and "mode=memory" not in str(engine.url)
    )


def _fill_runs(connection: Connection, fill: Any) -> list[tuple[Any, ...]]:
    """The thread's runs table filled; returns its runs' sums for ``stat_run_mark``."""
    connection.execute(text(f"DROP TABLE IF EXISTS {THREAD_RUNS.name}"))
    THREAD_RUNS.create(connection)
    connection.execute(fill)
    sums = [THREAD_RUNS.c[name] for name in ("run_id", "records", *MARK_SUMS)]
    return [tuple(row) for row in connection.execute(select(*sums))]


def _day_rows(connection: Connection, statements: list[tuple[type, Any]]) -> dict[dt.date, Rows]:
    """The wide rows from the thread's runs, per day."""
    connection.execute(text(f"ANALYZE {THREAD_RUNS.name}"))
    # No runs (a Sunday): SQLite would walk all of step_record for the friction's join.
    any_runs = connection.execute(select(exists().select_from(THREAD_RUNS))).scalar()
    found: dict[dt.date, Rows] = {}
    for table, statement in statements:
        if not any_runs and table is StatStepFrictionDay:
            continue
        result = connection.execute(statement)
        names = list(result.keys())
        for values in result.fetchall():
            row = named_row(names, values)
            day_rows = found.setdefault(row["day"], {t: [] for t in THREAD_TABLES})
            day_rows[table].append(row)
    return found


def _runs(rng: Any) -> Select[Any]:
    """``THREAD_RUNS``' rows from the raw rows: the range's runs with their step marks
    summed from ``step_record`` as ``write_run_marks`` sums them."""
    return (
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
            func.count(StepRecord.flow_run_id),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*rng.in_range)
        .group_by(FlowRun.id, Visit.id)
    )


def marked_runs(rng: Any) -> Any:
    """The range's runs with their marks as a subquery, for self-sufficiency when the
    other builders' rows came from the thread (no ``agg_range_run`` filled for it)."""
    m = StatRunMark
    return (
        select(
            Visit.citizen_id,
            func.coalesce(m.total, 0).label("steps_total"),
            func.coalesce(m.alone, 0).label("steps_alone"),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(m, m.run_id == FlowRun.id)
        .where(*rng.in_range)
        .subquery("marked_run")
    )
