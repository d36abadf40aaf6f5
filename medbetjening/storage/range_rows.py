"""Rows of the wide tables counted from one ``RangeRead`` (see ``range_read``).

Each builder takes the read and the days and sites it fills, and returns the table's
rows as dicts (column names as the table's) for the closed visits among them; the
meaning of every count is the one documented on the table's model and in
``friction_aggregates``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import StatFlowDay, StatVisitDay
from medbetjening.storage.range_read import SEPARATOR, TEXT_KEYS, RangeRead

_STEPS = ("steps_total", "steps_alone", "steps_guided", "steps_staff")
FRICTION_COUNTS = (
    "runs_reached",
    "obstacle_no_mitid",
    "obstacle_missing_document",
    "obstacle_system_down",
    "obstacle_other",
    "runs_staff",
    "runs_ended",
    "runs_friction",
)
_VISIT_SUMS = ("visits", "visits_with_citizen", "visits_without_flow", "minutes", *_STEPS)
_FLOW_KEYS = ("day", "site_id", "staff_id", "channel", "contact_type", "flow_id")
_FLOW_SUMS = ("visits", "runs", "runs_completed", *_STEPS)

Sites = tuple[int, ...] | None


def _visits_in(
    read: RangeRead, first: dt.date, end: dt.date, sites: Sites
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for visit_id, v in read.visits.items():
        if v[4] and first <= v[0] < end and (sites is None or v[1] in sites):
            yield visit_id, v


def _runs_in(
    read: RangeRead, first: dt.date, end: dt.date, sites: Sites
) -> Iterator[tuple[int, list[Any], tuple[Any, ...]]]:
    visits = read.visits
    for run_id, run in read.runs.items():
        v = visits[run[0]]
        if v[4] and first <= v[0] < end and (sites is None or v[1] in sites):
            yield run_id, run, v


def visit_rows(read: RangeRead, first: dt.date, end: dt.date, sites: Sites) -> list[dict[str, Any]]:
    """``stat_visit_day``: per day, site, staff, channel, contact type and the visit's
    outcome and route texts."""
    per_visit: dict[int, list[int]] = {}  # runs, then the four step sums
    for run in read.runs.values():
        sums = per_visit.get(run[0])
        if sums is None:
            per_visit[run[0]] = [1, run[4], run[5], run[6], run[7]]
        else:
            sums[0] += 1
            sums[1] += run[4]
            sums[2] += run[5]
            sums[3] += run[6]
            sums[4] += run[7]
    groups: dict[tuple[Any, ...], list[int]] = {}
    none = (0, 0, 0, 0, 0)
    for visit_id, v in _visits_in(read, first, end, sites):
        key = (v[0], v[1], v[2], v[6])
        runs = per_visit.get(visit_id, none)
        counts = groups.get(key)
        if counts is None:
            counts = groups[key] = [0, 0, 0, 0, 0, 0, 0, 0]
        counts[0] += 1
        counts[1] += v[3] is not None
        counts[2] += runs[0] == 0
        counts[3] += v[5] or 0
        counts[4] += runs[1]
        counts[5] += runs[2]
        counts[6] += runs[3]
        counts[7] += runs[4]
    return [
        {
            "day": day,
            "site_id": site,
            "staff_id": staff,
            **dict(zip(TEXT_KEYS, texts.split(SEPARATOR), strict=True)),
            **dict(zip(_VISIT_SUMS, counts, strict=True)),
        }
        for (day, site, staff, texts), counts in groups.items()
    ]


def flow_rows(read: RangeRead, first: dt.date, end: dt.date, sites: Sites) -> list[dict[str, Any]]:
    """``stat_flow_day``: per day, site, staff, channel, contact type and flow."""
    # By the visit's whole text first (a string in hand), by its channel and contact
    # type once per group.
    by_texts: dict[tuple[Any, ...], list[Any]] = {}
    for _, run, v in _runs_in(read, first, end, sites):
        key = (v[0], v[1], v[2], v[6], run[1])
        counts = by_texts.get(key)
        if counts is None:
            counts = by_texts[key] = [set(), 0, 0, 0, 0, 0, 0]
        counts[0].add(run[0])
        counts[1] += 1
        counts[2] += run[2]
        counts[3] += run[4]
        counts[4] += run[5]
        counts[5] += run[6]
        counts[6] += run[7]
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for (day, site, staff, texts, flow), counts in by_texts.items():
        channel, contact = texts.split(SEPARATOR, 2)[:2]
        key = (day, site, staff, channel, contact, flow)
        total = groups.get(key)
        if total is None:
            groups[key] = counts
            continue
        total[0] |= counts[0]
        for i in range(1, 7):
            total[i] += counts[i]
    names = (*_FLOW_KEYS, *_FLOW_SUMS)
    return [
        dict(zip(names, (*key, len(counts[0]), *counts[1:]), strict=True))
        for key, counts in groups.items()
    ]


def friction_rows(
    read: RangeRead, first: dt.date, end: dt.date, sites: Sites
) -> list[dict[str, Any]]:
    """``stat_step_friction_day`` (the read must have its steps): the steps reached,
    and the runs that stopped at a step nobody marked or noted (only the position is
    known: step id "", a row of their own as the SQL's second half of a UNION ALL had)."""
    names = ("day", "site_id", "flow_id", "step_index", "step_id", *FRICTION_COUNTS)
    rows = [
        dict(zip(names, (day, site, *key, *counts), strict=True))
        for (day, site), steps in read.friction.items()
        if first <= day < end and (sites is None or site in sites)
        for key, counts in steps.items()
    ]
    ended: dict[tuple[Any, ...], int] = {}
    for _, run, v in _runs_in(read, first, end, sites):
        if not run[2] and not run[10]:
            key = (v[0], v[1], run[1], run[3], "")
            ended[key] = ended.get(key, 0) + 1
    rows += [
        dict(zip(names, (*key, n, 0, 0, 0, 0, 0, n, n), strict=True)) for key, n in ended.items()
    ]
    return rows


def range_run_tuples(
    read: RangeRead, first: dt.date, end: dt.date, sites: Sites
) -> list[tuple[Any, ...]]:
    """The rows of ``aggregate_runs.RANGE_RUNS`` (in its column order): the runs of
    visits with a citizen."""
    return [
        (run_id, v[3], run[1], run[4], run[5])
        for run_id, run, v in _runs_in(read, first, end, sites)
        if v[3] is not None
    ]


RowsOfRead = Callable[[RangeRead, dt.date, dt.date, Sites], list[dict[str, Any]]]
# The wide tables counted from a read; ``friction_rows`` needs the steps.
READ_SOURCES: tuple[tuple[type, RowsOfRead], ...] = (
    (StatVisitDay, visit_rows),
    (StatFlowDay, flow_rows),
    (StatStepFrictionDay, friction_rows),
)
