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

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StepActor
from medbetjening.storage.aggregate_range import AggregateRange, sum_if
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import FlowRun, StepRecord, Visit
from medbetjening.storage.stats_sql import as_date

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
_KEYS = ("day", "site_id", "flow_id", "step_index", "step_id")


def friction_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    """The rows for the closed visits of ``rng``."""
    in_range, day = rng.in_range, rng.day
    stopped = and_(
        FlowRun.status != FlowRunStatus.COMPLETED.value,
        FlowRun.current_step == StepRecord.step_index,
    )
    staff = StepRecord.actor == StepActor.STAFF.value
    obstacle = StepRecord.obstacle.is_not(None)
    keys = (day, Visit.site_id, FlowRun.flow_id, StepRecord.step_index, StepRecord.step_id)
    marked = (
        select(
            *keys,
            func.count(),
            *(sum_if(StepRecord.obstacle == code) for code in OBSTACLE_COLUMNS),
            sum_if(staff),
            sum_if(stopped),
            sum_if(or_(obstacle, staff, stopped)),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .join(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(
            *in_range,
            or_(obstacle, StepRecord.actor.is_(None), StepRecord.actor != StepActor.SKIPPED.value),
        )
        .group_by(*keys)
    )
    rows = [_row(values) for values in session.execute(marked)]
    # Runs that stopped at a step nobody marked or noted: only its position is known.
    noted_here = exists().where(
        StepRecord.flow_run_id == FlowRun.id, StepRecord.step_index == FlowRun.current_step
    )
    unmarked_keys = (day, Visit.site_id, FlowRun.flow_id, FlowRun.current_step)
    unmarked = (
        select(*unmarked_keys, func.count())
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(*in_range, FlowRun.status != FlowRunStatus.COMPLETED.value, ~noted_here)
        .group_by(*unmarked_keys)
    )
    for d, site_id, flow_id, index, n in session.execute(unmarked):
        row = _row((d, site_id, flow_id, index, "", *([0] * len(COUNT_COLUMNS))))
        row.update(runs_reached=n, runs_ended=n, runs_friction=n)
        rows.append(row)
    return rows


def _row(values: Any) -> dict[str, Any]:
    row = dict(zip((*_KEYS, *COUNT_COLUMNS), values, strict=True))
    row["day"] = as_date(row["day"])
    return row


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
