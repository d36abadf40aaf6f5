"""The step-friction aggregate: rows for ``stat_step_friction_day`` and the period read.

Counted per run and step of the closed visits in a range (a step is recorded at most
once per run, so every count is a number of runs):

- reached: the run has a record at the step (marked or an obstacle noted; a step only
  marked "skipped" was not reached), or the run stopped there;
- an obstacle of each kind noted there; staff did the step;
- ended: the run was not completed and stopped at this step (its current step);
- friction: any of the three (each run once).

Counted in Python from one read of the step rows (``range_read``, ``range_rows``: the
refresh's one read also gives the run marks and the other day tables). ``storage/aggregate_sources.py`` lists it, so the refresh writes these rows with the
others for every (day, site) it aggregates and keeps them for days whose raw visits
were purged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.range_read import month_reads
from medbetjening.storage.range_rows import FRICTION_COUNTS
from medbetjening.storage.range_rows import friction_rows as count_friction

COUNT_COLUMNS = FRICTION_COUNTS


def friction_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    """The rows for the closed visits of ``rng`` (its read, or read a month at a time)."""
    first, end, sites = rng.start.date(), rng.end.date(), rng.site_ids
    rows: list[dict[str, Any]] = []
    for read, start, stop in month_reads(session, rng, steps=True):
        rows += count_friction(read, max(start, first), min(stop, end), sites)
    return rows


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
