"""A range's visits, flow runs and step rows, each read once and counted in Python.

A day's refresh used to group the same rows in SQLite again and again: its ≈ 13,000
step rows summed per run for ``stat_run_mark`` and sorted by five keys (three of them
text) for ``stat_step_friction_day``, its visits joined and grouped by twelve keys,
its runs copied into a temporary table and grouped again — ≈ 3–4 µs a row of sorter
work each time. Here three plain SELECTs (visits, runs, steps) fetch them and one pass
counts every table's rows with dict look-ups (``range_rows``). The refresh reads its
dirty days once (``aggregate_runs.write_run_marks``) and every builder takes its rows
from that read; the rebuild reads a month at a time through the same code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, case, func, literal, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StepActor, VisitStatus
from medbetjening.storage.aggregate_range import AggregateRange, closed_range, month_ranges
from medbetjening.storage.models import (
    AssessmentResult,
    FlowRun,
    Outcome,
    StatRunMark,
    StepRecord,
    Visit,
)
from medbetjening.storage.stats_sql import as_date, day_of

_OBSTACLE_AT = {
    code: 1 + i
    for i, code in enumerate(
        (
            Obstacle.NO_MITID.value,
            Obstacle.MISSING_DOCUMENT.value,
            Obstacle.SYSTEM_DOWN.value,
            Obstacle.OTHER.value,
        )
    )
}
_SKIPPED = StepActor.SKIPPED.value
_ALONE = StepActor.CITIZEN_ALONE.value
_GUIDED = StepActor.CITIZEN_GUIDED.value
_STAFF = StepActor.STAFF.value
_COMPLETED = FlowRunStatus.COMPLETED.value
_CLOSED = VisitStatus.CLOSED.value

Pair = tuple[dt.date, int]
# A visit: day, site, staff, citizen, closed, minutes, and its texts as one string
# (``TEXT_KEYS``, joined by ``SEPARATOR``): one value to fetch and group by instead of
# eight (each value fetched costs ≈ 0.5 µs; SQLite joins them for less).
_DAY, _SITE, _STAFF_ID, _CITIZEN, _IS_CLOSED, _MINUTES, _TEXTS = range(7)
SEPARATOR = "\x1f"  # the unit separator: in none of these codes
TEXT_KEYS = (
    "channel",
    "contact_type",
    "completion",
    "autonomy",
    "reason",
    "referral",
    "route",
    "route_proposed",
)
# A run: visit, flow, completed, current step, marks (total, alone, guided, staff),
# whether a mark row is stored, whether it has a step record, whether one is at its
# current step.
_VISIT, _FLOW, _COMPLETED_AT, _CURRENT, _TOTAL, _STORED, _RECORDED, _NOTED = 0, 1, 2, 3, 4, 8, 9, 10


def _visits_query(session: Session, where: list[Any]) -> Any:
    a = AssessmentResult
    proposed = case(
        (a.route_override_reason.is_(None), ""),
        (a.proposed_route.is_(None), "?"),  # overridden before 0007
        else_=a.proposed_route,
    )
    texts = [
        Visit.channel,
        Visit.contact_type,
        func.coalesce(Outcome.completion, ""),
        func.coalesce(Outcome.autonomy, ""),
        func.coalesce(Outcome.reason, ""),
        func.coalesce(Outcome.referral, ""),
        func.coalesce(a.route, ""),
        proposed,
    ]
    joined = texts[0]
    for text in texts[1:]:
        joined = joined + literal(SEPARATOR, String) + text
    return (
        select(
            Visit.id,
            day_of(session, Visit.started_at),
            Visit.site_id,
            Visit.staff_id,
            Visit.citizen_id,
            case((Visit.status == _CLOSED, 1), else_=0),
            Visit.duration_minutes,
            joined,
        )
        .outerjoin(Outcome, Outcome.visit_id == Visit.id)
        .outerjoin(a, a.visit_id == Visit.id)
        .where(*where)
    )


def _runs_query(where: list[Any]) -> Any:
    m = StatRunMark
    return (
        select(
            FlowRun.id,
            FlowRun.visit_id,
            FlowRun.flow_id,
            case((FlowRun.status == _COMPLETED, 1), else_=0),
            FlowRun.current_step,
            m.total,
            m.alone,
            m.guided,
            m.staff,
        )
        .select_from(Visit)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(m, m.run_id == FlowRun.id)
        .where(*where)
    )


# The actor as a small number (cheaper to fetch and compare than its text): 0 none,
# 1 alone, 2 guided, 3 staff, 4 another counted mark, 5 skipped.
_ALONE_CODE, _GUIDED_CODE, _STAFF_CODE, _OTHER_CODE, _SKIPPED_CODE = 1, 2, 3, 4, 5
_ACTOR_CODE = case(
    (StepRecord.actor.is_(None), 0),
    (StepRecord.actor == _ALONE, _ALONE_CODE),
    (StepRecord.actor == _GUIDED, _GUIDED_CODE),
    (StepRecord.actor == _STAFF, _STAFF_CODE),
    (StepRecord.actor == _SKIPPED, _SKIPPED_CODE),
    else_=_OTHER_CODE,
)


def _steps_query(where: list[Any]) -> Any:
    s = StepRecord
    return (
        select(s.flow_run_id, s.step_index, s.step_id, _ACTOR_CODE, s.obstacle)
        .select_from(Visit)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .join(s, s.flow_run_id == FlowRun.id)
        .where(*where)
    )


@dataclass
class RangeRead:
    """The visits ``where`` selected (any status: a run of a visit not closed only
    decides whether its stored marks go), their runs, and, when the steps were read,
    the runs' marks counted from them and the friction counts per (day, site) and
    (flow, step index, step id) (``friction_aggregates``' meaning)."""

    visits: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    runs: dict[int, list[Any]] = field(default_factory=dict)
    stored_marks: dict[int, tuple[int, int, int, int]] = field(default_factory=dict)
    friction: dict[Pair, dict[tuple[str, int, str], list[int]]] = field(default_factory=dict)
    steps_read: bool = False
    # The (day, site) pairs all of whose visits were read (the refresh's dirty pairs).
    covered: set[Pair] = field(default_factory=set)

    def covers(
        self, first_day: dt.date, end_day: dt.date, site_ids: tuple[int, ...] | None
    ) -> bool:
        if site_ids is None:
            return False
        days = (first_day + dt.timedelta(days=n) for n in range((end_day - first_day).days))
        return all((day, site) in self.covered for day in days for site in site_ids)


def _fetch(connection: Connection, query: Any) -> list[tuple[Any, ...]]:
    """The driver's own tuples (no result processing: these columns need none; a
    ``Row`` object per row cost more than its values)."""
    result = connection.execute(query)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def read_range(session: Session, where: list[Any], *, steps: bool) -> RangeRead:
    """Read the visits ``where`` selects, their runs, and with ``steps`` their step rows."""
    connection = session.connection()
    read = RangeRead(steps_read=steps)
    days: dict[Any, dt.date] = {}
    visits = read.visits
    for visit_id, raw_day, *rest in _fetch(connection, _visits_query(session, where)):
        day = days.get(raw_day)
        if day is None:
            day = days[raw_day] = as_date(raw_day)
        visits[visit_id] = (day, *rest)
    runs, stored = read.runs, read.stored_marks
    for (
        run_id,
        visit_id,
        flow,
        completed,
        current,
        total,
        alone,
        guided,
        staff,
    ) in connection.execute(_runs_query(where)).all():
        mark = total is not None
        if mark:
            stored[run_id] = (total, alone, guided, staff)
        else:
            total = alone = guided = staff = 0
        runs[run_id] = [
            visit_id,
            flow,
            completed,
            current,
            total,
            alone,
            guided,
            staff,
            mark,
            False,
            False,
        ]
    if steps:
        _fold_steps(read, _fetch(connection, _steps_query(where)))
    return read


def _fold_steps(read: RangeRead, rows: Any) -> None:
    """Marks per run and friction counts per step, in one pass over the step rows
    (``_steps_query``: the actor as a small number, see ``_ACTOR_CODE``)."""
    runs, visits, friction = read.runs, read.visits, read.friction
    for run in runs.values():
        run[4:8] = [0, 0, 0, 0]  # counted afresh from the rows
        visit = visits[run[_VISIT]]
        steps = None
        if visit[_IS_CLOSED]:  # only closed visits' steps are counted as friction
            steps = friction.setdefault((visit[_DAY], visit[_SITE]), {})
        # The step where it stopped (-1: completed), and where its friction is counted.
        run += [-1 if run[_COMPLETED_AT] else run[_CURRENT], steps]
    obstacle_at = _OBSTACLE_AT
    for run_id, index, step_id, code, obstacle in rows:
        run = runs[run_id]
        run[_RECORDED] = True
        if index == run[_CURRENT]:
            run[_NOTED] = True
        if 0 < code < _SKIPPED_CODE:  # a counted mark; 1–3: alone, guided, staff
            run[4] += 1
            if code < _OTHER_CODE:
                run[4 + code] += 1
        elif code == _SKIPPED_CODE and obstacle is None:  # only skipped: not reached
            continue
        steps = run[12]
        if steps is None:
            continue
        key = (run[_FLOW], index, step_id)
        counts = steps.get(key)
        if counts is None:
            counts = steps[key] = [0, 0, 0, 0, 0, 0, 0, 0]
        counts[0] += 1
        stopped = index == run[11]
        if obstacle is None and code != _STAFF_CODE and not stopped:
            continue  # reached without friction: most rows
        if obstacle is not None and obstacle in obstacle_at:
            counts[obstacle_at[obstacle]] += 1
        if code == _STAFF_CODE:
            counts[5] += 1
        if stopped:
            counts[6] += 1
        counts[7] += 1
    for run in runs.values():
        del run[11:]


def month_reads(
    session: Session, rng: AggregateRange, *, steps: bool
) -> Iterator[tuple[RangeRead, dt.date, dt.date]]:
    """``rng``'s rows: the refresh's read when it covers the range, else read a month at
    a time (a month's rows fit in memory; ten years' need not). With each read, the
    days [first, end) it stands for."""
    first_day, end_day = rng.start.date(), rng.end.date()
    given = rng.read
    if given is not None and given.covers(first_day, end_day, rng.site_ids):
        yield given, first_day, end_day
        return
    for start, end in month_ranges(rng.start, rng.end):
        where = closed_range(session, start, end, rng.site_ids).in_range
        yield read_range(session, where, steps=steps), start.date(), end.date()
