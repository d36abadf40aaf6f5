"""Rows of ``stat_route_evidence_day``: each route's episodes and their next time.

An episode counts on its visit's day, but its next time lies up to 12 months later, so
a visit closed today can change the rows of earlier days: ``aggregate_episodes``
updates the same citizens' earlier episodes of the errand at the refresh. The rules
themselves are ``domain.route_evidence``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from medbetjening.domain.route_evidence import (
    WINDOW_DAYS,
    LaterEvent,
    barrier_key,
    episode_counts_in_order,
    level_band,
)
from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.errand_event_models import StatErrandEvent
from medbetjening.storage.errand_events import read_histories
from medbetjening.storage.models import StatRouteEvidence, StatRouteEvidenceDay, Visit

WINDOW = dt.timedelta(days=WINDOW_DAYS)
# Read a day more on either side: the exact window is the episode's (text timestamps
# without microseconds compare oddly at midnight on SQLite).
_MARGIN = dt.timedelta(days=1)
_errand = itemgetter(0, 1)


def route_evidence_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    """One row per episode of the range's closed visits (``visit_id``, ``flow_id``)."""
    if rng.evidence is not None:
        return rng.evidence
    e = StatErrandEvent
    visits = select(Visit.id).where(*rng.in_range)
    keys = (
        session.connection()
        .execute(
            select(e.citizen_id, e.flow_id)
            .where(e.visit_id.in_(visits), e.follow_up_id == 0, e.route.is_not(None))
            .distinct()
        )
        .all()
    )
    if not keys:
        return []
    first, end = rng.start.date(), rng.end.date()
    sites = rng.site_ids

    def wanted(row: Any) -> bool:
        return first <= row[2].date() < end and (sites is None or row[5] in sites)

    low, high = rng.start - _MARGIN, rng.end + WINDOW + _MARGIN
    rows = read_histories(session, [tuple(k) for k in keys], low, high)
    return episodes_of(rows, wanted)


def episodes_of(rows: Iterable[Any], wanted: Callable[[Any], bool]) -> list[dict[str, Any]]:
    """The row of each episode among ``rows`` (``errand_events.READ``, in key order)
    that ``wanted`` accepts, with its next time from the rows after
    it: each citizen's errand is read in time order once (ties in the key's order, the
    same at a refresh and a rebuild), and each episode reads on from its own time."""
    found: list[dict[str, Any]] = []
    barrier_keys: dict[str | None, str] = {}  # a few distinct texts among many episodes
    for _, group in groupby(rows, key=_errand):
        history = list(group)
        episodes = []
        for row in history:
            if row[4] == 0 and row[13] is not None and wanted(row):
                episodes.append(row)
        if not episodes:
            continue
        # The later events: visits with counted marks and follow-up results.
        later = [row for row in history if row[7]]
        times = [row[2] for row in later]
        events = [LaterEvent(row[2], bool(row[8]), row[4] == 0) for row in later]
        for _, flow_id, started, visit_id, _, site_id, *_, level, route, barriers in episodes:
            after = bisect_right(times, started)
            counts = episode_counts_in_order(
                started,
                (
                    events[i]
                    for i in range(after, len(events))
                    if later[i][3] != visit_id or not events[i].visit
                ),
            )
            barrier = barrier_keys.get(barriers)
            if barrier is None:
                barrier = barrier_keys[barriers] = barrier_key((barriers or "").split(","))
            found.append(
                {
                    "day": started.date(),
                    "site_id": site_id,
                    "staff_id": 0,
                    "visit_id": visit_id,
                    "flow_id": flow_id,
                    "level_band": level_band(level),
                    "barriers": barrier,
                    "route": route,
                    "episodes": counts.episodes,
                    "known": counts.known,
                    "alone": counts.alone,
                    "reached_alone": counts.reached_alone,
                    "visits_to_alone": counts.visits_to_alone,
                }
            )
    return found


def refresh_evidence_totals(session: Session, flow_ids: set[str] | None) -> None:
    """Sum the daily rows of these errands (None: all) into ``stat_route_evidence``."""
    d, t = StatRouteEvidenceDay, StatRouteEvidence
    keys = (d.flow_id, d.level_band, d.barriers, d.route)
    query = select(
        *keys,
        func.sum(d.episodes),
        func.sum(d.known),
        func.sum(d.alone),
        func.sum(d.reached_alone),
        func.sum(d.visits_to_alone),
    ).group_by(*keys)
    clear = delete(t)
    if flow_ids is not None:
        if not flow_ids:
            return
        query = query.where(d.flow_id.in_(sorted(flow_ids)))
        clear = clear.where(t.flow_id.in_(sorted(flow_ids)))
    session.execute(clear)
    columns = ["flow_id", "level_band", "barriers", "route", "episodes", "known", "alone"]
    columns += ["reached_alone", "visits_to_alone"]
    session.execute(insert(t).from_select(columns, query))
