"""The route evidence at a refresh, in work proportional to what changed.

A visit closed today changes the *next time* of its citizen's earlier episodes of the
same errand (up to 12 months back) and nothing else about their days. Each episode is
one row of ``stat_route_evidence_day`` (``visit_id``, ``flow_id``), so the refresh:

1. ``plan_earlier``: recomputes just those earlier episodes (the citizens and errands
   run in the changed (day, site) pairs) and compares them with their stored rows; an
   episode without a stored row sends its whole (day, site) back to be aggregated;
2. the caller re-aggregates the changed pairs whole, between ``evidence_sums`` before
   and after (their rows' share of the totals);
3. ``apply_earlier`` writes the changed earlier rows, and ``apply_total_changes`` adds
   every difference to ``stat_route_evidence`` instead of summing its history again.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_evidence import WINDOW, episodes_of
from medbetjening.storage.errand_events import ErrandChanges, read_histories
from medbetjening.storage.models import StatRouteEvidence, StatRouteEvidenceDay
from medbetjening.storage.stats_sql import as_date

DayKey = tuple[dt.date, int]
TotalKey = tuple[str, str, str, str]  # flow, level band, barriers, route
COUNTS = ("episodes", "known", "alone", "reached_alone", "visits_to_alone")
_CHUNK = 500  # bound parameters stay few
_MARGIN = dt.timedelta(days=1)  # read a day more: the exact window is each episode's


@dataclass(frozen=True)
class _Update:
    pair: DayKey
    key: TotalKey
    change: list[int]  # counts: new - old
    values: dict[str, Any]  # the row's id and new counts


@dataclass
class EarlierPlan:
    updates: list[_Update] = field(default_factory=list)
    whole: set[DayKey] = field(default_factory=set)  # aggregate these pairs whole
    # The changed pairs' own episode rows, found on the way (the same citizens, errands
    # and later events): their re-aggregation takes them instead of reading it all again.
    changed: dict[DayKey, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def days(self) -> set[DayKey]:
        """Earlier pairs with an episode whose next time changed."""
        return {u.pair for u in self.updates}


def _add(changes: dict[TotalKey, list[int]], key: TotalKey, counts: Iterable[int]) -> None:
    total = changes.setdefault(key, [0] * len(COUNTS))
    for index, value in enumerate(counts):
        total[index] += value


def plan_earlier(session: Session, dirty: set[DayKey], events: ErrandChanges) -> EarlierPlan:
    """What the changed pairs do to earlier episodes of the same citizens and errands.

    ``events``: what ``rewrite_errand_events`` found. An episode's counts depend only on
    its citizen's rows of the errand in the 12 months after it, so only the episodes
    with a changed row (old or new) in that window are recomputed, besides the dirty
    pairs' own; a pair marked again without a change recomputes none of the earlier."""
    plan = EarlierPlan()
    changed = events.changed
    keys = set(changed) | events.episodes
    if not keys:
        return plan
    days = sorted(day for day, _ in dirty)
    low = dt.datetime.combine(days[0], dt.time.min)
    high = dt.datetime.combine(days[-1], dt.time.min) + dt.timedelta(days=1)
    if changed:  # a changed row reaches back to episodes up to 12 months before it
        low = min(low, min(times[0] for times in changed.values()) - WINDOW)
        high = max(high, max(times[-1] for times in changed.values()))
    rows = read_histories(session, keys, low - _MARGIN, high + WINDOW + _MARGIN)

    def wanted(row: Any) -> bool:  # on a dirty pair, or a changed row in its window
        if (row[2].date(), row[5]) in dirty:
            return True
        times = changed.get((row[0], row[1]), ())
        after = bisect_right(times, row[2])  # type: ignore[arg-type]
        return after < len(times) and times[after] <= row[2] + WINDOW

    fresh: list[dict[str, Any]] = []
    for row in episodes_of(rows, wanted):
        key = (row["day"], row["site_id"])
        if key in dirty:
            plan.changed.setdefault(key, []).append(row)
        else:
            fresh.append(row)
    stored = _stored(session, sorted({row["visit_id"] for row in fresh}))
    for row in fresh:
        key = (row["day"], row["site_id"])
        old = stored.get((row["visit_id"], row["flow_id"]))
        total_key = (row["flow_id"], row["level_band"], row["barriers"], row["route"])
        if old is None or old["key"] != total_key or old["pair"] != key:
            plan.whole.add(key)  # not as aggregated: the day again, whole
            continue
        new_counts = [row[name] for name in COUNTS]
        if new_counts == old["counts"]:
            continue
        change = [n - o for n, o in zip(new_counts, old["counts"], strict=True)]
        values = {"id": old["id"], **{n: row[n] for n in COUNTS}}
        plan.updates.append(_Update(key, total_key, change, values))
    return plan


def _stored(session: Session, visit_ids: list[int]) -> dict[tuple[int, str], dict[str, Any]]:
    t = StatRouteEvidenceDay
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for chunk in range(0, len(visit_ids), _CHUNK):
        for row in session.execute(
            select(
                t.id, t.visit_id, t.flow_id, t.day, t.site_id, t.level_band, t.barriers, t.route,
                *(getattr(t, name) for name in COUNTS),
            ).where(t.visit_id.in_(bindparam("ids", expanding=True))),
            # A bound list, not a literal one: no per-value coercion of ~1,000 ids.
            {"ids": visit_ids[chunk : chunk + _CHUNK]},
        ):  # fmt: skip
            found[(row.visit_id, row.flow_id)] = {
                "id": row.id,
                "pair": (as_date(row.day), row.site_id),
                "key": (row.flow_id, row.level_band, row.barriers, row.route),
                "counts": [getattr(row, name) for name in COUNTS],
            }
    return found


def apply_earlier(
    session: Session, plan: EarlierPlan, done: set[DayKey]
) -> dict[TotalKey, list[int]]:
    """Write the planned rows outside the pairs just aggregated whole (``done``: their
    differences are in the sums before and after); return the rest's differences."""
    keep = [u for u in plan.updates if u.pair not in done]
    if keep:  # ORM bulk UPDATE by primary key: one executemany
        session.execute(update(StatRouteEvidenceDay), [u.values for u in keep])
    changes: dict[TotalKey, list[int]] = {}
    for u in keep:
        _add(changes, u.key, u.change)
    return changes


def evidence_sums(session: Session, pairs: set[DayKey]) -> dict[TotalKey, list[int]]:
    """The stored rows of these (day, site) pairs summed per totals key."""
    sums: dict[TotalKey, list[int]] = {}
    wanted = sorted({day for day, _ in pairs})
    if not wanted:
        return sums
    t = StatRouteEvidenceDay
    rows = session.execute(
        select(
            t.day, t.site_id, t.flow_id, t.level_band, t.barriers, t.route,
            *(getattr(t, name) for name in COUNTS),
        ).where(t.day.in_(wanted))
    )  # fmt: skip
    for day, site_id, flow_id, band, barriers, route, *counts in rows:
        if (as_date(day), site_id) in pairs:
            _add(sums, (flow_id, band, barriers, route), counts)
    return sums


def row_sums(rows: Iterable[dict[str, Any]]) -> dict[TotalKey, list[int]]:
    """``evidence_sums`` of rows just written (no second read of them)."""
    sums: dict[TotalKey, list[int]] = {}
    for row in rows:
        key = (row["flow_id"], row["level_band"], row["barriers"], row["route"])
        _add(sums, key, [row[name] for name in COUNTS])
    return sums


def apply_total_changes(session: Session, *changes: dict[TotalKey, list[int]]) -> None:
    """Add the differences to ``stat_route_evidence`` (a row per key, none when empty)."""
    merged: dict[TotalKey, list[int]] = defaultdict(lambda: [0] * len(COUNTS))
    for change in changes:
        for key, counts in change.items():
            _add(merged, key, counts)
    t = StatRouteEvidence
    emptied = False
    for (flow_id, band, barriers, route), counts in merged.items():
        if not any(counts):
            continue
        match = and_(
            t.flow_id == flow_id, t.level_band == band, t.barriers == barriers, t.route == route
        )
        values = {name: getattr(t, name) + n for name, n in zip(COUNTS, counts, strict=True)}
        result = session.execute(
            update(t).where(match).values(values), execution_options={"synchronize_session": False}
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            row = dict(zip(COUNTS, counts, strict=True))
            session.execute(
                insert(t).values(
                    flow_id=flow_id, level_band=band, barriers=barriers, route=route, **row
                )
            )
        emptied = emptied or counts[0] < 0
    if emptied:  # as a full rebuild: no row for a key without episodes
        session.execute(delete(t).where(t.episodes <= 0))
