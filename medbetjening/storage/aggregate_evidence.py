"""Rows of ``stat_route_evidence_day``: each route's episodes and their next time.

An episode counts on its visit's day, but its next time lies up to 12 months later, so
a visit closed today can change the rows of earlier days: ``aggregate_episodes``
updates the same citizens' earlier episodes of the errand at the refresh. The rules
themselves are ``domain.route_evidence``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select
from sqlalchemy.orm import Session

from medbetjening.domain.route_evidence import (
    WINDOW_DAYS,
    EvidenceCounts,
    LaterEvent,
    barrier_key,
    episode_counts_in_order,
    level_band,
)
from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.domain.vocabulary import FlowRunStatus, VisitStatus
from medbetjening.storage.aggregate_range import AggregateRange, run_marks
from medbetjening.storage.aggregate_runs import EPISODE_CITIZENS, drop_citizens, fill_citizens
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
    """One row per episode of the range's closed visits (``visit_id``, ``flow_id``)."""
    if rng.evidence is not None:
        return rng.evidence
    return [row for _, row in episode_rows(session, rng.in_range, rng.start, rng.end)]


def episode_rows(
    session: Session, where: list[Any], start: dt.datetime, end: dt.datetime
) -> list[tuple[int, dict[str, Any]]]:
    """(citizen, row) for each episode of the visits ``where`` selects, all of which
    started in [start, end): their next times are looked for up to 12 months after."""
    has_episode = [*where, Visit.citizen_id.is_not(None), AssessmentResult.route.is_not(None)]
    episodes = (
        session.connection()
        .execute(
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
            .where(*has_episode)
            .distinct()
        )
        .all()
    )
    if not episodes:
        return []
    # The citizens with an episode in a temporary table (a month of a large municipality
    # is too many for bound parameters; a subquery found them again in each statement);
    # only their later events are needed.
    citizens = fill_citizens(
        session, sorted({row.citizen_id for row in episodes}), EPISODE_CITIZENS
    )
    # Each citizen's errand in time order once, and each episode reads on from its own
    # time: a citizen with hundreds of visits no longer costs a pass and a sort apiece.
    # Ties in time (a follow-up done the minute a visit started) in one fixed order, not
    # the order the database happened to return them in: refresh must equal rebuild.
    # Plain tuples (at, visit id, visit, alone) sort in that order without a key function.
    later: dict[tuple[int, str], list[tuple[int, LaterEvent]]] = {}
    times: dict[tuple[int, str], list[dt.datetime]] = {}
    for key, events in _later_events(session, citizens, start, end + WINDOW).items():
        events.sort()
        later[key] = [(v, LaterEvent(at, alone, visit)) for at, v, visit, alone in events]
        times[key] = [at for at, *_ in events]
    drop_citizens(session, EPISODE_CITIZENS)
    sums: dict[tuple[Any, ...], EvidenceCounts] = {}
    citizen_of: dict[int, int] = {}
    barrier_keys: dict[str | None, str] = {}  # a few distinct texts among ~1,600 episodes
    for visit_id, started, site_id, citizen_id, flow_id, level, route, barriers in episodes:
        timeline = later.get((citizen_id, flow_id), [])
        after = bisect_right(times.get((citizen_id, flow_id), []), started)
        events = (
            e
            for v, e in (timeline[i] for i in range(after, len(timeline)))
            if v != visit_id or not e.visit
        )
        barrier = barrier_keys.get(barriers)
        if barrier is None:
            barrier = barrier_keys[barriers] = barrier_key((barriers or "").split(","))
        key = (started.date(), site_id, visit_id, flow_id, level_band(level), barrier, route)
        counts = episode_counts_in_order(started, events)
        sums[key] = counts if (old := sums.get(key)) is None else old + counts
        citizen_of[visit_id] = citizen_id
    return [
        (
            citizen_of[visit_id],
            {
                "day": day,
                "site_id": site_id,
                "staff_id": 0,
                "visit_id": visit_id,
                "flow_id": flow_id,
                "level_band": band,
                "barriers": barriers,
                "route": route,
                "episodes": c.episodes,
                "known": c.known,
                "alone": c.alone,
                "reached_alone": c.reached_alone,
                "visits_to_alone": c.visits_to_alone,
            },
        )
        for (day, site_id, visit_id, flow_id, band, barriers, route), c in sums.items()
    ]


def _later_events(
    session: Session, ids: Any, start: dt.datetime, end: dt.datetime
) -> dict[tuple[int, str], list[tuple[dt.datetime, int, bool, bool]]]:
    """The citizens' runs and follow-up results per (citizen, flow): (time, visit id,
    a visit?, alone?)."""
    found: dict[tuple[int, str], list[tuple[dt.datetime, int, bool, bool]]] = defaultdict(list)
    marks = run_marks()
    in_window = [Visit.citizen_id.in_(ids), Visit.started_at >= start, Visit.started_at < end]
    # One row per visit and errand, "done alone" if any of its runs was (summed in the
    # engine: the rows were a run each, folded in Python).
    done = case(
        (
            and_(marks.c.alone == marks.c.total, FlowRun.status == FlowRunStatus.COMPLETED.value),
            1,
        ),
        else_=0,
    )
    for citizen_id, flow_id, visit_id, at, alone in (
        session.connection()
        .execute(
            select(Visit.citizen_id, FlowRun.flow_id, Visit.id, Visit.started_at, func.max(done))
            .join(FlowRun, FlowRun.visit_id == Visit.id)
            .join(marks, marks.c.run_id == FlowRun.id)
            .where(*in_window, Visit.status == VisitStatus.CLOSED.value, marks.c.total > 0)
            .group_by(Visit.citizen_id, FlowRun.flow_id, Visit.id, Visit.started_at)
        )
        .all()
    ):  # one fetchall: iterating the result fetched a row per driver call
        found[(citizen_id, flow_id)].append((at, visit_id, True, bool(alone)))
    for citizen_id, flow_id, visit_id, done_at, result in (
        session.connection()
        .execute(
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
        )
        .all()
    ):
        found[(citizen_id, flow_id)].append((done_at, visit_id, False, _RESULTS[result]))
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
