"""Rows of ``stat_route_evidence_day``: each route's episodes and their next time.

An episode counts on its visit's day, but its next time lies up to 12 months later, so
a visit closed today can change the rows of earlier days: ``earlier_days`` names the
(day, site) pairs of the same citizens' visits in the 12 months before, and the refresh
aggregates those again too. The rules themselves are ``domain.route_evidence``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from medbetjening.domain.route_evidence import (
    WINDOW_DAYS,
    EvidenceCounts,
    LaterEvent,
    barrier_key,
    episode_counts,
    level_band,
)
from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.domain.vocabulary import FlowRunStatus, VisitStatus
from medbetjening.storage.aggregate_range import AggregateRange, run_marks
from medbetjening.storage.models import (
    AssessmentResult,
    FlowRun,
    FollowUp,
    StatRouteEvidence,
    StatRouteEvidenceDay,
    Visit,
)

WINDOW = dt.timedelta(days=WINDOW_DAYS)
_RESULTS = {FollowUpResult.MANAGED_ALONE.value: True, FollowUpResult.NEEDED_HELP.value: False}


def route_evidence_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    episodes = session.execute(
        select(
            Visit.id,
            Visit.started_at,
            Visit.site_id,
            Visit.citizen_id,
            FlowRun.flow_id,
            AssessmentResult.level,
            AssessmentResult.route,
            AssessmentResult.barriers,
        )
        .join(AssessmentResult, AssessmentResult.visit_id == Visit.id)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(*rng.in_range, Visit.citizen_id.is_not(None), AssessmentResult.route.is_not(None))
        .distinct()
    ).all()
    if not episodes:
        return []
    # The range's citizens as a subquery: a month of a large municipality is too many
    # citizens for a list of bound parameters.
    citizens = (
        select(Visit.citizen_id).where(*rng.in_range, Visit.citizen_id.is_not(None)).distinct()
    )
    later = _later_events(session, citizens, rng.start, rng.end + WINDOW)
    sums: dict[tuple[Any, ...], EvidenceCounts] = defaultdict(EvidenceCounts)
    for visit_id, started, site_id, citizen_id, flow_id, level, route, barriers in episodes:
        events = [
            e for v, e in later.get((citizen_id, flow_id), []) if v != visit_id or not e.visit
        ]
        key = (
            started.date(),
            site_id,
            flow_id,
            level_band(level),
            barrier_key((barriers or "").split(",")),
            route,
        )
        sums[key] = sums[key] + episode_counts(started, events)
    return [
        {
            "day": day,
            "site_id": site_id,
            "staff_id": 0,
            "flow_id": flow_id,
            "level_band": band,
            "barriers": barriers,
            "route": route,
            "episodes": c.episodes,
            "known": c.known,
            "alone": c.alone,
            "reached_alone": c.reached_alone,
            "visits_to_alone": c.visits_to_alone,
        }
        for (day, site_id, flow_id, band, barriers, route), c in sums.items()
    ]


def _later_events(
    session: Session, ids: Any, start: dt.datetime, end: dt.datetime
) -> dict[tuple[int, str], list[tuple[int, LaterEvent]]]:
    """The citizens' runs and follow-up results per (citizen, flow), with the visit id."""
    found: dict[tuple[int, str], list[tuple[int, LaterEvent]]] = defaultdict(list)
    marks = run_marks(Visit.citizen_id.in_(ids), Visit.started_at >= start, Visit.started_at < end)
    alone_by_visit: dict[tuple[int, str, int], tuple[dt.datetime, bool]] = {}
    for citizen_id, flow_id, visit_id, at, status, total, alone in session.execute(
        select(
            Visit.citizen_id,
            FlowRun.flow_id,
            Visit.id,
            Visit.started_at,
            FlowRun.status,
            marks.c.total,
            marks.c.alone,
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .join(marks, marks.c.run_id == FlowRun.id)
        .where(Visit.status == VisitStatus.CLOSED.value, marks.c.total > 0)
    ):
        done = alone == total and status == FlowRunStatus.COMPLETED.value
        key = (citizen_id, flow_id, visit_id)
        alone_by_visit[key] = (at, done or alone_by_visit.get(key, (at, False))[1])
    for (citizen_id, flow_id, visit_id), (at, done) in alone_by_visit.items():
        found[(citizen_id, flow_id)].append((visit_id, LaterEvent(at, done, visit=True)))
    for citizen_id, flow_id, visit_id, done_at, result in session.execute(
        select(Visit.citizen_id, FlowRun.flow_id, Visit.id, FollowUp.done_at, FollowUp.result)
        .join(Visit, Visit.id == FollowUp.visit_id)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(
            Visit.citizen_id.in_(ids),
            FollowUp.result.in_(tuple(_RESULTS)),
            FollowUp.done_at >= start,
            FollowUp.done_at < end,
        )
        .distinct()
    ):
        event = LaterEvent(done_at, _RESULTS[result], visit=False)
        found[(citizen_id, flow_id)].append((visit_id, event))
    return found


def earlier_days(
    session: Session, dirty: Iterable[tuple[dt.date, int]]
) -> set[tuple[dt.date, int]]:
    """(day, site) of episodes in the 12 months before a dirty day whose next time may
    have changed: the same citizen's episodes of an errand run in the dirty pairs (an
    episode's events are its citizen's runs of its flow, and its own visit's follow-ups,
    whose change makes its own day dirty)."""
    keys = set(dirty)
    if not keys:
        return set()
    first = min(day for day, _ in keys)
    last = max(day for day, _ in keys) + dt.timedelta(days=1)
    low = dt.datetime.combine(first, dt.time.min)
    high = dt.datetime.combine(last, dt.time.min)
    rows = session.execute(
        select(Visit.citizen_id, FlowRun.flow_id, Visit.started_at, Visit.site_id)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(Visit.started_at >= low, Visit.started_at < high, Visit.citizen_id.is_not(None))
    )
    runs = {(c, flow) for c, flow, at, site in rows if (at.date(), site) in keys}
    citizens = sorted({c for c, _ in runs})
    found: set[tuple[dt.date, int]] = set()
    for chunk in range(0, len(citizens), 500):  # bound parameters stay few
        earlier = session.execute(
            select(Visit.citizen_id, FlowRun.flow_id, Visit.started_at, Visit.site_id)
            .join(FlowRun, FlowRun.visit_id == Visit.id)
            .join(AssessmentResult, AssessmentResult.visit_id == Visit.id)
            .where(
                Visit.citizen_id.in_(citizens[chunk : chunk + 500]),
                Visit.started_at >= low - WINDOW,
                Visit.started_at < high,
                Visit.status == VisitStatus.CLOSED.value,
                AssessmentResult.route.is_not(None),
            )
        )
        found.update((at.date(), site) for c, flow, at, site in earlier if (c, flow) in runs)
    return found - keys


def touched_flows(session: Session, dirty: Iterable[tuple[dt.date, int]]) -> set[str]:
    """The errands run in the visits of the (day, site) pairs just re-aggregated."""
    keys = set(dirty)
    if not keys:
        return set()
    low = dt.datetime.combine(min(day for day, _ in keys), dt.time.min)
    high = dt.datetime.combine(max(day for day, _ in keys) + dt.timedelta(days=1), dt.time.min)
    rows = session.execute(
        select(Visit.started_at, Visit.site_id, FlowRun.flow_id)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(Visit.started_at >= low, Visit.started_at < high)
    )
    return {flow_id for at, site, flow_id in rows if (at.date(), site) in keys}


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
