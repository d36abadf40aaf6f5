"""A refresh's day rows on a second connection, while the first works on the history.

The one-day refresh spends most of its time in two independent parts: the citizens'
history (run marks, their earlier episodes and later events: ``aggregate_episodes``)
and the day's own rows (visits, flows, follow-ups, step friction: grouping the day's
≈ 13,000 step rows). The second part reads only raw rows, so a thread computes it on
its own SQLite connection from the start of the refresh; sqlite3 lets go of the GIL
while a statement runs, so two cores share the wall time. The main connection then
writes the rows it is handed instead of grouping them itself.

The thread reads the step records themselves, not ``stat_run_mark`` (the refresh writes
the day's marks in its own, uncommitted transaction). Its snapshot may be a little
newer than the main connection's: a visit closed in between is then in these rows
and not yet in the others, and the next refresh aggregates its day again (its
``ended_at`` lies after the watermark). Only for a SQLite file whose caller has
committed its raw changes (``StatisticsService.refresh``); anything else, a failure in
the thread included, leaves the day to the main connection as before.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, Engine, Select, exists, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from medbetjening.domain.vocabulary import StepActor
from medbetjening.storage.aggregate_episodes import EarlierReads, earlier_queries, read_earlier
from medbetjening.storage.aggregate_range import closed_range, steps_marked, sum_if
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
from medbetjening.storage.stats_sql import as_date

DayKey = tuple[dt.date, int]
Rows = dict[type, list[dict[str, Any]]]
BUILDERS = (
    (StatVisitDay, visit_rows),
    (StatFlowDay, flow_rows),
    (StatFollowUpDay, follow_up_rows),
    (StatStepFrictionDay, friction_rows),
)

THREAD_TABLES = tuple(table for table, _ in BUILDERS)


class DayRows:
    """The wide rows of the dirty days, computed in a thread (``rows`` waits for it)."""

    def __init__(
        self,
        engine: Engine,
        earlier: tuple[Any, Any],
        work: dict[dt.date, tuple[tuple[int, ...], Any, Any]],
    ) -> None:
        self._engine = engine
        self._earlier_queries = earlier
        self._earlier: EarlierReads | None = None
        self._earlier_ready = threading.Event()
        self._work = work  # day -> (its sites, its runs' insert, [(table, statement)])
        self._done: dict[dt.date, Rows] = {}
        self._failed = False
        self._ready = {day: threading.Event() for day in work}
        self._thread = threading.Thread(target=self._run, name="stat-day-rows", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._engine.connect() as connection:
                # First what the main connection needs first (after the run marks).
                self._earlier = read_earlier(connection, self._earlier_queries)
                self._earlier_ready.set()
                for day, (_, fill, statements) in self._work.items():
                    self._done[day] = _day_rows(connection, fill, statements)
                    self._ready[day].set()
                connection.rollback()
        except Exception:  # noqa: BLE001 — the main connection computes them instead
            self._failed = True
        finally:
            self._earlier_ready.set()
            for ready in self._ready.values():
                ready.set()

    def earlier(self) -> EarlierReads | None:
        """``aggregate_episodes.read_earlier``'s rows (None if the thread failed)."""
        self._earlier_ready.wait()
        return self._earlier

    def waiter(self, day: dt.date, site_ids: tuple[int, ...]) -> Callable[[], Rows | None]:
        """``rows`` for this day and sites, when asked."""
        return lambda: self.rows(day, site_ids)

    def rows(self, day: dt.date, site_ids: tuple[int, ...]) -> Rows | None:
        """The day's rows if the thread computed exactly these sites' (else None)."""
        work = self._work.get(day)
        if work is None or work[0] != site_ids:
            return None
        self._ready[day].wait()
        return self._done.get(day)  # none if the thread failed before it

    def close(self) -> None:
        self._thread.join()


def start_day_rows(session: Session, dirty: set[DayKey]) -> DayRows | None:
    """Start computing the dirty days' rows on a second connection (None: not here)."""
    engine = session.get_bind()
    if not isinstance(engine, Engine) or not _second_connection_sees_the_file(engine):
        return None
    sites_of: dict[dt.date, tuple[int, ...]] = {}
    for day, site_id in sorted(dirty):
        sites_of[day] = (*sites_of.get(day, ()), site_id)
    work: dict[dt.date, tuple[tuple[int, ...], Any, Any]] = {}
    for day, site_ids in sites_of.items():
        start = dt.datetime.combine(day, dt.time.min)
        rng = closed_range(session, start, start + dt.timedelta(days=1), site_ids)
        fill = RANGE_RUNS.insert().from_select([c.name for c in RANGE_RUNS.c], _runs(rng))
        # The thread's own temporary table (named: the builders ask nothing of ``session``).
        rng = replace(rng, runs=RANGE_RUNS)
        statements = [(table, build(session, rng)) for table, build in BUILDERS]
        work[day] = (site_ids, fill, statements)
    return DayRows(engine, earlier_queries(session, dirty), work)


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


def _named(names: list[str], values: Any) -> dict[str, Any]:
    row = dict(zip(names, values, strict=True))
    row["day"] = as_date(row["day"])
    return row


def _day_rows(connection: Connection, fill: Any, statements: list[tuple[type, Any]]) -> Rows:
    """One day's rows on the thread's connection, from its own ``agg_range_run``."""
    connection.execute(text(f"DROP TABLE IF EXISTS {RANGE_RUNS.name}"))
    RANGE_RUNS.create(connection)
    connection.execute(fill)
    connection.execute(text(f"ANALYZE {RANGE_RUNS.name}"))
    # No runs (a Sunday): SQLite would walk all of step_record for the friction's join.
    any_runs = connection.execute(select(exists().select_from(RANGE_RUNS))).scalar()
    found: Rows = {}
    for table, statement in statements:
        if not any_runs and table is StatStepFrictionDay:
            found[table] = []
            continue
        result = connection.execute(statement)
        names = list(result.keys())
        found[table] = [_named(names, values) for values in result.fetchall()]
    RANGE_RUNS.drop(connection)
    return found


def _runs(rng: Any) -> Select[Any]:
    """``agg_range_run``'s rows from the raw rows: the range's runs with their step marks
    summed from ``step_record`` as ``write_run_marks`` sums them (the day's marks are
    in the main connection's uncommitted transaction)."""
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
