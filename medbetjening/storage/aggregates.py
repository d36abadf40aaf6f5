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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, delete, func, insert, or_, select, tuple_
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_dimensions import derive_dimensions
from medbetjening.storage.aggregate_episodes import (
    apply_earlier,
    apply_total_changes,
    evidence_sums,
    plan_earlier,
    row_sums,
)
from medbetjening.storage.aggregate_evidence import refresh_evidence_totals
from medbetjening.storage.aggregate_range import closed_range, in_pairs, of_sites
from medbetjening.storage.aggregate_rebuild import (
    EvidenceBlocks,
    ValueBlocks,
    clear_unless_purged,
    write_evidence_by_citizens,
)
from medbetjening.storage.aggregate_runs import (
    MARK_COLUMNS,
    drop_range_runs,
    fill_range_runs,
    write_run_marks,
)
from medbetjening.storage.aggregate_sources import READS_RANGE_RUNS, STAT_SOURCES, STAT_TABLES
from medbetjening.storage.driver_rows import write_rows, write_tuples
from medbetjening.storage.errand_events import rewrite_errand_events, write_all_errand_events
from medbetjening.storage.models import (
    FollowUp,
    Outcome,
    Site,
    StatDayState,
    StatDimDay,
    StatDirtyDay,
    StatRefresh,
    StatRouteEvidenceDay,
    StatRunMark,
    Visit,
)
from medbetjening.storage.refresh_lock import hold_refresh_lock
from medbetjening.storage.stats_sql import as_date

# A change committed a little after our clock read is still seen at the next refresh.
WATERMARK_MARGIN = dt.timedelta(minutes=2)

DayKey = tuple[dt.date, int]


@dataclass(frozen=True)
class RefreshReport:
    days: int  # (day, site) pairs re-aggregated
    kept: int  # pairs left as they were because raw rows were purged
    rebuilt: bool = False


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


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
    hold_refresh_lock(session)  # first: a concurrent refresh waits, then sees ours
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
    # An episode's next time lies after it: the same citizens' earlier episodes of the
    # errand change too, and nothing else about their days (aggregate_episodes).
    # The changed runs' marks first: the episodes below read the citizens' runs' marks.
    write_run_marks(session, in_pairs(session, dirty))
    earlier = plan_earlier(session, dirty, rewrite_errand_events(session, dirty))
    whole = dirty | earlier.whole
    before = evidence_sums(session, whole)
    kept = 0
    written: list[dict[str, Any]] = []  # the route-evidence rows of ``whole``, as written
    # A day at a time, its changed sites together: the (site_id, started_at) index finds
    # their visits, and the statements are per day, not per site-day.
    for day, site_ids in _by_day(whole).items():
        start = dt.datetime.combine(day, dt.time.min)
        evidence = None
        if all((day, site_id) in dirty for site_id in site_ids):  # plan_earlier found them
            evidence = [row for s in site_ids for row in earlier.changed.get((day, s), [])]
        end = start + dt.timedelta(days=1)
        kept += len(_aggregate_range(session, start, end, site_ids, evidence, written))
    after = row_sums(written)
    apply_total_changes(
        session,
        after,
        {key: [-n for n in counts] for key, counts in before.items()},
        apply_earlier(session, earlier, whole),
    )
    if marked:  # only those read: a mark committed meanwhile waits for the next refresh
        pairs = [tuple(pair) for pair in marked]
        key = tuple_(StatDirtyDay.day, StatDirtyDay.site_id)
        for chunk in range(0, len(pairs), 400):  # bound parameters stay few
            session.execute(delete(StatDirtyDay).where(key.in_(pairs[chunk : chunk + 400])))
    state.changes_seen_until = now
    return RefreshReport(days=len(whole | earlier.days), kept=kept)


def _as_dicts(result: Any) -> list[dict[str, Any]]:
    rows = [dict(row._mapping) for row in result]
    for row in rows:
        row["day"] = as_date(row["day"])
    return rows


def _by_day(pairs: set[DayKey]) -> dict[dt.date, tuple[int, ...]]:
    days: dict[dt.date, tuple[int, ...]] = {}
    for day, site_id in sorted(pairs):
        days[day] = (*days.get(day, ()), site_id)
    return days


def rebuild_aggregates(
    session: Session,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    marks_written: bool = False,
    evidence: EvidenceBlocks | None = None,
    given: Mapping[type, ValueBlocks] | None = None,
) -> RefreshReport:
    """Aggregate every day again: in one pass, or a month and site at a time when some
    days' raw visits were purged (those days are kept). Caller commits.
    ``marks_written``: ``stat_run_mark`` was just written whole (``write_all_run_marks``);
    ``evidence``: its rows computed elsewhere (``evidence_blocks``); ``given``: other
    tables' rows computed elsewhere (``demo_stats_parallel``), used only when no day was
    purged."""
    now = now or _now()
    hold_refresh_lock(session)
    first, last = session.execute(
        select(func.min(Visit.started_at), func.max(Visit.started_at))
    ).one()
    months = _months(first, last) if first is not None else []
    # One site at a time: the (site_id, started_at) index then finds each month's visits.
    sites: list[int | None] = list(session.scalars(select(Site.id).order_by(Site.id)))
    cleared = clear_unless_purged(session, (*STAT_TABLES, StatDimDay, StatDayState))
    if not marks_written:
        write_all_run_marks(session)
    # Rows from elsewhere only when nothing was purged (the months keep those days'):
    # otherwise read (a worker's error is raised) and set aside.
    given = dict(given or {})
    if not cleared:
        for blocks in given.values():
            for _ in blocks:
                pass
        given = {}
    kept: set[DayKey] = set()
    if cleared:
        # Nothing purged: every table in one set-based pass over all days and sites (a
        # statement per table, not per month and site: 1,181 statements at 1M became 65).
        months = [(months[0][0], months[-1][1])] if months else []
        sites = [None]
    steps = len(months) + 1  # the route evidence is the last step: 100 % means done
    for number, (start, end) in enumerate(months, start=1):
        for site_id in sites:
            # The route evidence afterwards, a citizen's history at a time.
            site_ids = None if site_id is None else (site_id,)
            kept |= _aggregate_range(session, start, end, site_ids, [], None, given)
        if progress is not None:
            progress(number, steps)
    write_evidence_by_citizens(session, kept, evidence)
    if progress is not None:
        progress(steps, steps)
    refresh_evidence_totals(session, None)
    session.execute(delete(StatDirtyDay))
    state = session.scalars(select(StatRefresh)).first()
    if state is None:
        session.add(StatRefresh(id=1, changes_seen_until=now, rebuilt_at=now))
    else:
        state.changes_seen_until = now
        state.rebuilt_at = now
    days = session.scalar(select(func.count()).select_from(StatDayState)) or 0
    return RefreshReport(days=days, kept=len(kept), rebuilt=True)


def write_all_run_marks(session: Session, marks: Iterable[list[Any]] | None = None) -> None:
    """``stat_run_mark`` anew for every run (only raw runs' sums: nothing to keep), in
    one pass before the months (a month reads only its runs and earlier ones): one
    GROUP BY instead of a month's runs found by index each time; then
    ``stat_errand_event`` from them. ``marks``: those sums computed elsewhere, as value
    tuples of ``run_marks`` (the demo's rebuild)."""
    session.execute(delete(StatRunMark))
    if marks is None:
        write_run_marks(session, [], emptied=True)
    for rows in marks or ():
        write_tuples(session.connection(), StatRunMark.__tablename__, MARK_COLUMNS, rows)
    write_all_errand_events(session)  # the citizens' histories, read from the marks


def _months(first: dt.datetime, last: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    months = []
    start = dt.datetime(first.year, first.month, 1)
    while start <= last:
        end = dt.datetime(start.year + start.month // 12, start.month % 12 + 1, 1)
        months.append((start, end))
        start = end
    return months


def _aggregate_range(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    site_ids: tuple[int, ...] | None,
    evidence: list[dict[str, Any]] | None = None,
    evidence_written: list[dict[str, Any]] | None = None,
    given: Mapping[type, ValueBlocks] | None = None,
) -> set[DayKey]:
    """Replace the aggregates of [start, end) (these sites or all); return the pairs
    kept as they were (raw rows purged). ``evidence``: the range's route-evidence rows
    when already computed ([]: written later, see ``aggregate_rebuild``);
    ``evidence_written`` receives those written; ``given``: tables' rows computed
    elsewhere (nothing purged: the rebuild's rows from other processes)."""
    rng = replace(closed_range(session, start, end, site_ids), evidence=evidence)
    in_range, day = rng.in_range, rng.day
    first_day, end_day = start.date(), end.date()

    def inside(key: DayKey) -> bool:
        return first_day <= key[0] < end_day

    raw = {
        key: n
        for d, s, n in session.execute(
            select(day, Visit.site_id, func.count()).where(*in_range).group_by(day, Visit.site_id)
        )
        if inside(key := (as_date(d), s))
    }
    state_filter = [StatDayState.day >= start.date(), StatDayState.day < end.date()]
    if site_ids is not None:
        state_filter.append(of_sites(StatDayState.site_id, site_ids))
    states = {
        (as_date(d), site_id): n
        for d, site_id, n in session.execute(
            select(StatDayState.day, StatDayState.site_id, StatDayState.raw_visits).where(
                *state_filter
            )
        )
    }
    protected = {key for key, n in states.items() if n > raw.get(key, 0)}

    saved: dict[type, list[dict[str, Any]]] = {}
    for table in STAT_TABLES:
        where = [table.day >= start.date(), table.day < end.date()]
        if site_ids is not None:
            where.append(of_sites(table.site_id, site_ids))
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
            if (r["day"], r["site_id"]) not in protected
            and inside((r["day"], r["site_id"]))
            and (site_ids is None or r["site_id"] in site_ids)
        ]

    given = given or {}
    runs = not READS_RANGE_RUNS.issubset(given)  # some table here still reads the runs
    if runs:
        fill_range_runs(session, rng)
    for table, build in STAT_SOURCES:
        if table in given:
            for names, values in given[table]:
                write_tuples(session.connection(), table.__tablename__, names, values)
            continue
        built = build(session, rng)
        if isinstance(built, Select):
            if not protected:  # the usual case: the rows stay in the database engine
                names = list(built.selected_columns.keys())
                session.execute(insert(table.__table__).from_select(names, built))
                rows = saved.get(table, [])
            else:
                rows = keep(_as_dicts(session.execute(built))) + saved.get(table, [])
        else:
            rows = keep(built) + saved.get(table, [])
        write_rows(session.connection(), table.__table__, rows)  # no ORM bookkeeping
        if table is StatRouteEvidenceDay and evidence_written is not None:
            evidence_written.extend(rows)
    if runs:
        drop_range_runs(session)

    derive_dimensions(session, first_day, end_day, site_ids)

    # Core statements, no ORM objects: the range's states out (but the purged days'),
    # the counts just aggregated in; a pair without closed visits any more has none.
    t = StatDayState
    kept_states = [and_(t.day == d, t.site_id == site) for d, site in sorted(protected)]
    session.execute(delete(t).where(*state_filter, *([~or_(*kept_states)] if protected else [])))
    stamp = _now()
    rows = [
        {"day": key[0], "site_id": key[1], "raw_visits": count, "aggregated_at": stamp}
        for key, count in raw.items()
        if key not in protected
    ]
    if rows:
        session.execute(insert(t.__table__), rows)
    return protected
