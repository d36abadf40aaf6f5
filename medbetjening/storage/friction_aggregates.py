"""The step-friction aggregate: rows for ``stat_step_friction_day`` and the period read.

Counted per run and step of the closed visits in a range (a step is recorded at most
once per run, so every count is a number of runs):

- reached: the run has a record at the step (marked or an obstacle noted; a step only
  marked "skipped" was not reached), or the run stopped there;
- an obstacle of each kind noted there; staff did the step;
- ended: the run was not completed and stopped at this step (its current step);
- friction: any of the three (each run once).

``storage/aggregate_sources.py`` lists it, so the refresh writes these rows with the
others for every (day, site) it aggregates and keeps them for days whose raw visits
were purged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StepActor
from medbetjening.storage.aggregate_range import AggregateRange, sum_if
from medbetjening.storage.aggregate_runs import RANGE_RUNS
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import StepRecord

OBSTACLE_COLUMNS = {
    Obstacle.NO_MITID.value: "obstacle_no_mitid",
    Obstacle.MISSING_DOCUMENT.value: "obstacle_missing_document",
    Obstacle.SYSTEM_DOWN.value: "obstacle_system_down",
    Obstacle.OTHER.value: "obstacle_other",
}
COUNT_COLUMNS = (
    "runs_reached",
    *OBSTACLE_COLUMNS.values(),
    "runs_staff",
    "runs_ended",
    "runs_friction",
)
_COLUMNS = ("day", "site_id", "flow_id", "step_index", "step_id", *COUNT_COLUMNS)


def friction_rows(session: Session, rng: AggregateRange) -> Select[Any] | list[dict[str, Any]]:
    """The rows for the closed visits of ``rng`` (its runs are in ``aggregate_runs``)."""
    r = RANGE_RUNS.c
    # A range without runs (a Sunday) has no rows. Asked anyway, SQLite has no size for
    # the empty temporary table (ANALYZE records none) and walks all of step_record
    # looking each row up in it: 1.4 s at a million visits for nothing.
    if not session.execute(select(exists().select_from(RANGE_RUNS))).scalar():
        return []
    stopped = and_(
        r.status != FlowRunStatus.COMPLETED.value, r.current_step == StepRecord.step_index
    )
    staff = StepRecord.actor == StepActor.STAFF.value
    obstacle = StepRecord.obstacle.is_not(None)
    keys = (r.day, r.site_id, r.flow_id, StepRecord.step_index, StepRecord.step_id)
    marked = (
        select(
            *keys,
            func.count(),
            *(sum_if(StepRecord.obstacle == code) for code in OBSTACLE_COLUMNS),
            sum_if(staff),
            sum_if(stopped),
            sum_if(or_(obstacle, staff, stopped)),
        )
        .join(StepRecord, StepRecord.flow_run_id == r.run_id)
        .where(
            or_(obstacle, StepRecord.actor.is_(None), StepRecord.actor != StepActor.SKIPPED.value)
        )
        .group_by(*keys)
    )
    # Runs that stopped at a step nobody marked or noted: only its position is known.
    noted_here = exists().where(
        StepRecord.flow_run_id == r.run_id, StepRecord.step_index == r.current_step
    )
    ended = func.count()
    zero = literal(0)
    unmarked = (
        select(
            r.day, r.site_id, r.flow_id, r.current_step, literal(""),
            ended, *([zero] * len(OBSTACLE_COLUMNS)), zero, ended, ended,
        )
        .where(r.status != FlowRunStatus.COMPLETED.value, ~noted_here)
        .group_by(r.day, r.site_id, r.flow_id, r.current_step)
    )  # fmt: skip
    both = union_all(marked, unmarked).subquery()
    return select(*(column.label(name) for column, name in zip(both.c, _COLUMNS, strict=True)))


@dataclass(frozen=True)
class StepCounts:
    """A flow step's counts summed over a period (one or all sites)."""

    flow_id: str
    step_index: int
    step_id: str  # "" when only the position is known (see the model)
    runs_reached: int
    obstacle_no_mitid: int
    obstacle_missing_document: int
    obstacle_system_down: int
    obstacle_other: int
    runs_staff: int
    runs_ended: int
    runs_friction: int


def step_counts(
    session: Session, date_from: dt.date, date_to: dt.date, site_ids: tuple[int, ...] = ()
) -> list[StepCounts]:
    """Sums per flow × step over [date_from, date_to] (inclusive), all sites if none given."""
    t = StatStepFrictionDay
    where = [t.day >= date_from, t.day <= date_to]
    if site_ids:
        where.append(t.site_id.in_(site_ids))
    keys = (t.flow_id, t.step_index, t.step_id)
    query = (
        select(*keys, *(func.sum(getattr(t, name)) for name in COUNT_COLUMNS))
        .where(*where)
        .group_by(*keys)
        .order_by(*keys)
    )
    return [
        StepCounts(flow_id, index, step_id, *(int(v or 0) for v in sums))
        for flow_id, index, step_id, *sums in session.execute(query)
    ]
