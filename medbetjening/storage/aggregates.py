"""Keep the statistics tables (``stat_*``) in step with the raw visit rows.

The unit of aggregation is a (day, site): every closed visit counts on the day it
started. ``refresh_aggregates`` re-aggregates the (day, site) pairs touched since the
stored watermark — visits closed (``visit.ended_at``), outcomes written
(``outcome.created_at``), follow-ups done (``follow_up.done_at``) and pairs other use
cases marked with ``mark_visit_changed`` — so it is idempotent and cheap when little
changed. ``rebuild_aggregates`` does every day, a month at a time.

Retention deletes raw rows but the aggregates stay: a (day, site) whose raw visit count
dropped below the count it was aggregated from is never re-aggregated (kept as it was).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, delete, distinct, func, insert, literal_column, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus, StepActor, VisitStatus
from medbetjening.storage.friction_aggregates import StatStepFrictionDay, friction_rows
from medbetjening.storage.models import (
    FlowRun,
    FollowUp,
    Outcome,
    Site,
    StatDayState,
    StatDimDay,
    StatDirtyDay,
    StatFlowDay,
    StatFollowUpDay,
    StatRefresh,
    StatSelfSufficiencyDay,
    StatVisitDay,
    StepRecord,
    Visit,
)
from medbetjening.storage.stats_sql import as_date, day_of

# A change committed a little after our clock read is still seen at the next refresh.
WATERMARK_MARGIN = dt.timedelta(minutes=2)

STAT_TABLES = (StatVisitDay, StatFlowDay, StatSelfSufficiencyDay, StatFollowUpDay)
STAT_TABLES += (StatStepFrictionDay,)  # storage/friction_aggregates.py

DayKey = tuple[dt.date, int]


@dataclass(frozen=True)
class RefreshReport:
    days: int  # (day, site) pairs re-aggregated
    kept: int  # pairs left as they were because raw rows were purged
    rebuilt: bool = False


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _sum_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _steps_marked() -> Any:
    return and_(StepRecord.actor.is_not(None), StepRecord.actor != StepActor.SKIPPED.value)


def mark_visit_changed(session: Session, visit_id: int) -> None:
    """Call in the same transaction after changing a closed visit or its children."""
    row = session.execute(
        select(Visit.started_at, Visit.site_id).where(Visit.id == visit_id)
    ).first()
    if row is None:
        return
    key = (row.started_at.date(), row.site_id)
    if session.get(StatDirtyDay, key) is None:
        session.add(StatDirtyDay(day=key[0], site_id=key[1]))


def refresh_aggregates(session: Session, now: dt.datetime | None = None) -> RefreshReport:
    """Re-aggregate what changed since the last refresh. Caller commits."""
    now = now or _now()
    state = session.scalars(select(StatRefresh).with_for_update()).first()
    if state is None:
        return rebuild_aggregates(session, now=now)
    since = state.changes_seen_until - WATERMARK_MARGIN
    dirty: set[DayKey] = set()
    queries = [
        # Times ahead of this PC's clock (another PC's skew) are taken when we reach them.
        select(Visit.started_at, Visit.site_id).where(Visit.ended_at.between(since, now)),
        select(Visit.started_at, Visit.site_id)
        .join(Outcome, Outcome.visit_id == Visit.id)
        .where(Outcome.created_at.between(since, now)),
        select(Visit.started_at, Visit.site_id)
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(FollowUp.done_at.between(since, now)),
    ]
    for query in queries:
        for started_at, site_id in session.execute(query):
            dirty.add((started_at.date(), site_id))
    marked = session.execute(select(StatDirtyDay.day, StatDirtyDay.site_id)).all()
    dirty.update((as_date(day), site_id) for day, site_id in marked)
    if not dirty:
        # Nothing to write: the watermark stays (a later change still falls after it), and
        # a dashboard refresh costs three empty index look-ups and no disk write.
        return RefreshReport(days=0, kept=0)
    kept = 0
    for day, site_id in sorted(dirty):
        start = dt.datetime.combine(day, dt.time.min)
        kept += _aggregate_range(session, start, start + dt.timedelta(days=1), site_id)
    if marked:
        session.execute(delete(StatDirtyDay))
    state.changes_seen_until = now
    return RefreshReport(days=len(dirty), kept=kept)


def rebuild_aggregates(
    session: Session,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RefreshReport:
    """Aggregate every day again, a month at a time (purged days are kept). Caller commits."""
    now = now or _now()
    first, last = session.execute(
        select(func.min(Visit.started_at), func.max(Visit.started_at))
    ).one()
    months = _months(first, last) if first is not None else []
    # One site at a time: the (site_id, started_at) index then finds each month's visits.
    sites = session.scalars(select(Site.id).order_by(Site.id)).all()
    kept = 0
    for number, (start, end) in enumerate(months, start=1):
        for site_id in sites:
            kept += _aggregate_range(session, start, end, site_id)
        if progress is not None:
            progress(number, len(months))
    session.execute(delete(StatDirtyDay))
    state = session.scalars(select(StatRefresh)).first()
    if state is None:
        session.add(StatRefresh(id=1, changes_seen_until=now, rebuilt_at=now))
    else:
        state.changes_seen_until = now
        state.rebuilt_at = now
    days = session.scalar(select(func.count()).select_from(StatDayState)) or 0
    return RefreshReport(days=days, kept=kept, rebuilt=True)


def _months(first: dt.datetime, last: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    months = []
    start = dt.datetime(first.year, first.month, 1)
    while start <= last:
        end = dt.datetime(start.year + start.month // 12, start.month % 12 + 1, 1)
        months.append((start, end))
        start = end
    return months


def _aggregate_range(
    session: Session, start: dt.datetime, end: dt.datetime, site_id: int | None
) -> int:
    """Replace the aggregates of [start, end) (one site or all); return pairs kept."""
    in_range = [
        Visit.started_at >= start,
        Visit.started_at < end,
        Visit.status == VisitStatus.CLOSED.value,
    ]
    if site_id is not None:
        in_range.append(Visit.site_id == site_id)
    day = day_of(session, Visit.started_at).label("day")

    first_day, end_day = start.date(), end.date()

    def inside(key: DayKey) -> bool:
        # Text timestamps written without microseconds compare oddly at midnight on SQLite.
        return first_day <= key[0] < end_day

    raw = {
        key: n
        for d, s, n in session.execute(
            select(day, Visit.site_id, func.count()).where(*in_range).group_by(day, Visit.site_id)
        )
        if inside(key := (as_date(d), s))
    }
    state_filter = [StatDayState.day >= start.date(), StatDayState.day < end.date()]
    if site_id is not None:
        state_filter.append(StatDayState.site_id == site_id)
    states = {
        (as_date(s.day), s.site_id): s
        for s in session.scalars(select(StatDayState).where(*state_filter))
    }
    protected = {key for key, s in states.items() if s.raw_visits > raw.get(key, 0)}

    saved: dict[type, list[dict[str, Any]]] = {}
    for table in STAT_TABLES:
        where = [table.day >= start.date(), table.day < end.date()]
        if site_id is not None:
            where.append(table.site_id == site_id)
        if protected:
            columns = [c for c in table.__table__.columns if c.name != "id"]
            saved[table] = [
                dict(row._mapping)
                for row in session.execute(select(*columns).where(*where))
                if (as_date(row.day), row.site_id) in protected
            ]
        session.execute(delete(table).where(*where))

    def keep(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            r
            for r in rows
            if (r["day"], r["site_id"]) not in protected and inside((r["day"], r["site_id"]))
        ]

    for table, rows in (
        (StatVisitDay, keep(_visit_rows(session, in_range, day))),
        (StatFlowDay, keep(_flow_rows(session, in_range, day))),
        (StatFollowUpDay, keep(_follow_up_rows(session, in_range, day))),
        (StatStepFrictionDay, keep(friction_rows(session, in_range, day))),
        (
            StatSelfSufficiencyDay,
            keep(_self_sufficiency_rows(session, in_range, start, end, site_id)),
        ),
    ):
        rows = rows + saved.get(table, [])
        if rows:
            session.execute(insert(table), rows)

    _derive_dimensions(session, first_day, end_day, site_id)

    stamp = _now()
    for key, count in raw.items():
        if key in protected:
            continue
        state = states.get(key)
        if state is None:
            session.add(
                StatDayState(day=key[0], site_id=key[1], raw_visits=count, aggregated_at=stamp)
            )
        else:
            state.raw_visits = count
            state.aggregated_at = stamp
    for key, state in states.items():
        if key not in raw and key not in protected:  # no closed visits any more, none purged
            session.delete(state)
    session.flush()
    return len(protected)


def _derive_dimensions(
    session: Session, first_day: dt.date, end_day: dt.date, site_id: int | None
) -> None:
    """Rebuild ``stat_dim_day`` for the range from the wide tables (purged days included)."""

    def where(table: Any) -> list[Any]:
        conditions = [table.day >= first_day, table.day < end_day]
        if site_id is not None:
            conditions.append(table.site_id == site_id)
        return conditions

    session.execute(delete(StatDimDay).where(*where(StatDimDay)))
    v, f, u, s = StatVisitDay, StatFlowDay, StatFollowUpDay, StatSelfSufficiencyDay
    zero = literal_column("0")
    sources: list[tuple[str, Any, Any, dict[str, Any], list[Any]]] = [
        (
            "all",
            literal_column("''"),
            v,
            {
                "visits": func.sum(v.visits),
                "visits_with_citizen": func.sum(v.visits_with_citizen),
                "minutes": func.sum(v.minutes),
                "steps_total": func.sum(v.steps_total),
                "steps_alone": func.sum(v.steps_alone),
                "steps_guided": func.sum(v.steps_guided),
                "steps_staff": func.sum(v.steps_staff),
            },
            [],
        ),
        ("channel_type", v.channel + "|" + v.contact_type, v, {"visits": func.sum(v.visits)}, []),
        ("completion", v.completion, v, {"visits": func.sum(v.visits)}, [v.completion != ""]),
        ("autonomy", v.autonomy, v, {"visits": func.sum(v.visits)}, [v.autonomy != ""]),
        ("reason", v.reason, v, {"visits": func.sum(v.visits)}, [v.reason != ""]),
        ("referral", v.referral, v, {"visits": func.sum(v.visits)}, [v.referral != ""]),
        (
            "flow",
            f.flow_id,
            f,
            {"visits": func.sum(f.visits), "runs_completed": func.sum(f.runs_completed)},
            [],
        ),
        ("follow_up", u.status, u, {"visits": func.sum(u.follow_ups)}, []),
        ("self_sufficient", s.flow_id, s, {"visits": func.sum(s.citizens)}, []),
    ]
    measures = [
        "visits",
        "visits_with_citizen",
        "minutes",
        "steps_total",
        "steps_alone",
        "steps_guided",
        "steps_staff",
        "runs_completed",
    ]
    for dim, value, table, sums, extra in sources:
        for per_staff in (False, True):
            staff = table.staff_id if per_staff else zero
            keys = [table.day, table.site_id]
            keys += [table.staff_id] if per_staff else []
            keys += [value] if dim != "all" else []
            query = (
                select(
                    table.day,
                    table.site_id,
                    staff,
                    literal_column(f"'{dim}'"),
                    value,
                    *(func.coalesce(sums[m], 0) if m in sums else zero for m in measures),
                )
                .where(*where(table), *extra)
                .group_by(*keys)
            )
            session.execute(
                insert(StatDimDay).from_select(
                    ["day", "site_id", "staff_id", "dim", "value", *measures], query
                )
            )


def _step_sums(in_range: list[Any]) -> Any:
    """Per visit: number of flow runs and step marks by who did them."""
    return (
        select(
            FlowRun.visit_id.label("visit_id"),
            func.count(distinct(FlowRun.id)).label("flows"),
            _sum_if(_steps_marked()).label("steps_total"),
            _sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value).label("steps_alone"),
            _sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value).label("steps_guided"),
            _sum_if(StepRecord.actor == StepActor.STAFF.value).label("steps_staff"),
        )
        .join(Visit, Visit.id == FlowRun.visit_id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*in_range)
        .group_by(FlowRun.visit_id)
        .subquery()
    )


def _visit_rows(session: Session, in_range: list[Any], day: Any) -> list[dict[str, Any]]:
    steps = _step_sums(in_range)
    completion = func.coalesce(Outcome.completion, "")
    autonomy = func.coalesce(Outcome.autonomy, "")
    reason = func.coalesce(Outcome.reason, "")
    referral = func.coalesce(Outcome.referral, "")
    keys = (day, Visit.site_id, Visit.staff_id, Visit.channel, Visit.contact_type)
    query = (
        select(
            *keys,
            completion,
            autonomy,
            reason,
            referral,
            func.count(),
            _sum_if(Visit.citizen_id.is_not(None)),
            _sum_if(func.coalesce(steps.c.flows, 0) == 0),
            func.coalesce(func.sum(Visit.duration_minutes), 0),
            func.coalesce(func.sum(steps.c.steps_total), 0),
            func.coalesce(func.sum(steps.c.steps_alone), 0),
            func.coalesce(func.sum(steps.c.steps_guided), 0),
            func.coalesce(func.sum(steps.c.steps_staff), 0),
        )
        .outerjoin(Outcome, Outcome.visit_id == Visit.id)
        .outerjoin(steps, steps.c.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys, completion, autonomy, reason, referral)
    )
    names = [
        "day",
        "site_id",
        "staff_id",
        "channel",
        "contact_type",
        "completion",
        "autonomy",
        "reason",
        "referral",
        "visits",
        "visits_with_citizen",
        "visits_without_flow",
        "minutes",
        "steps_total",
        "steps_alone",
        "steps_guided",
        "steps_staff",
    ]
    return [_row(names, values) for values in session.execute(query)]


def _flow_rows(session: Session, in_range: list[Any], day: Any) -> list[dict[str, Any]]:
    keys = (day, Visit.site_id, Visit.staff_id, Visit.channel, Visit.contact_type, FlowRun.flow_id)
    query = (
        select(
            *keys,
            func.count(distinct(Visit.id)),
            func.count(distinct(FlowRun.id)),
            func.count(
                distinct(case((FlowRun.status == FlowRunStatus.COMPLETED.value, FlowRun.id)))
            ),
            _sum_if(_steps_marked()),
            _sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value),
            _sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value),
            _sum_if(StepRecord.actor == StepActor.STAFF.value),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*in_range)
        .group_by(*keys)
    )
    names = [
        "day",
        "site_id",
        "staff_id",
        "channel",
        "contact_type",
        "flow_id",
        "visits",
        "runs",
        "runs_completed",
        "steps_total",
        "steps_alone",
        "steps_guided",
        "steps_staff",
    ]
    return [_row(names, values) for values in session.execute(query)]


def _follow_up_rows(session: Session, in_range: list[Any], day: Any) -> list[dict[str, Any]]:
    keys = (day, Visit.site_id, Visit.staff_id, FollowUp.kind, FollowUp.status)
    query = (
        select(*keys, func.count())
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys)
    )
    names = ["day", "site_id", "staff_id", "kind", "status", "follow_ups"]
    return [_row(names, values) for values in session.execute(query)]


def _self_sufficiency_rows(
    session: Session,
    in_range: list[Any],
    start: dt.datetime,
    end: dt.datetime,
    site_id: int | None,
) -> list[dict[str, Any]]:
    """First run of a task done fully alone, after an earlier run of it with help.

    Only the histories of citizens who had a closed visit in the range are read, and
    only the events that fall in the range are counted (bounded by the range's citizens).
    """
    citizens = select(Visit.citizen_id).where(*in_range, Visit.citizen_id.is_not(None)).distinct()
    marks = (
        select(
            StepRecord.flow_run_id.label("run_id"),
            _sum_if(_steps_marked()).label("total"),
            _sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value).label("alone"),
        )
        .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
        .join(Visit, Visit.id == FlowRun.visit_id)
        .where(Visit.citizen_id.in_(citizens))
        .group_by(StepRecord.flow_run_id)
        .subquery()
    )
    query = (
        select(
            Visit.citizen_id,
            FlowRun.flow_id,
            Visit.started_at,
            Visit.site_id,
            Visit.staff_id,
            marks.c.total,
            marks.c.alone,
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .join(marks, marks.c.run_id == FlowRun.id)
        .where(
            Visit.citizen_id.in_(citizens),
            Visit.status == VisitStatus.CLOSED.value,
            marks.c.total > 0,
        )
        .order_by(Visit.citizen_id, FlowRun.flow_id, Visit.started_at, FlowRun.id)
    )
    counts: dict[tuple[dt.date, int, int, str], int] = defaultdict(int)
    current: tuple[int, str] | None = None
    helped_before = done_alone_before = False
    for citizen_id, flow_id, started_at, run_site, staff_id, total, alone in session.execute(query):
        if (citizen_id, flow_id) != current:
            current = (citizen_id, flow_id)
            helped_before = done_alone_before = False
        if alone == total:
            if helped_before and not done_alone_before:
                in_window = start <= started_at < end and site_id in (None, run_site)
                if in_window:
                    counts[(started_at.date(), run_site, staff_id, flow_id)] += 1
            done_alone_before = True
        else:
            helped_before = True
    return [
        {"day": d, "site_id": s, "staff_id": st, "flow_id": f, "citizens": n}
        for (d, s, st, f), n in counts.items()
    ]


def _row(names: list[str], values: Any) -> dict[str, Any]:
    row = dict(zip(names, values, strict=True))
    row["day"] = as_date(row["day"])
    return row
