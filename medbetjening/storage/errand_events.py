"""Fill and read ``stat_errand_event`` (``errand_event_models``): the citizens' errand
histories the route evidence and the self-sufficiency follow.

Its rows are derived from the raw rows of one visit each (its runs, their marks in
``stat_run_mark``, its assessment, its follow-ups), and every change to those already
makes the visit's (day, site) dirty (the refresh's watermark, ``mark_visit_changed``):
so the refresh rewrites the rows of the dirty pairs' visits (``rewrite_errand_events``,
after their run marks) and the rebuild fills the table whole
(``write_all_errand_events``). Both copy the engine's own values (INSERT … SELECT).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    cast,
    delete,
    func,
    literal_column,
    null,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.domain.vocabulary import FlowRunStatus, VisitStatus
from medbetjening.storage.aggregate_range import in_pairs
from medbetjening.storage.driver_rows import write_tuples
from medbetjening.storage.errand_event_models import StatErrandEvent
from medbetjening.storage.models import AssessmentResult, FlowRun, FollowUp, StatRunMark, Visit

DayKey = tuple[dt.date, int]
ErrandKey = tuple[int, str]  # citizen, flow
E = StatErrandEvent
NAMES = [c.name for c in E.__table__.columns]
# What the history readers take, in this order (``EVENT``'s indexes below).
READ = (E.citizen_id, E.flow_id, E.at, E.visit_id, E.follow_up_id, E.site_id, E.staff_id)
READ += (E.counted, E.alone, E.runs_alone, E.runs_helped, E.helped_first)
READ += (E.level, E.route, E.barriers)
_RAW = NullType()  # a value as the driver returns it
_RESULTS = (FollowUpResult.MANAGED_ALONE.value, FollowUpResult.NEEDED_HELP.value)


def _flag(condition: Any) -> Any:
    return func.max(case((condition, 1), else_=0))


def _source(where: list[Any]) -> Any:
    """The rows of the visits ``where`` selects: a row per closed visit and errand with
    counted marks or an assessed route, and one per follow-up result and errand."""
    marks = StatRunMark.__table__
    m = marks.c
    a = AssessmentResult
    full = and_(m.total > 0, m.alone == m.total)  # no mark row: NULL, so no
    helped = and_(m.total > 0, m.alone != m.total)
    episode = a.route.is_not(None)
    first_helped = func.min(case((helped, FlowRun.id)))
    first_alone = func.min(case((full, FlowRun.id)))
    runs = (
        select(
            Visit.citizen_id,
            FlowRun.flow_id,
            type_coerce(Visit.started_at, _RAW),  # as stored (``rewrite_errand_events``)
            Visit.id,
            literal_column("0", Integer),
            Visit.site_id,
            Visit.staff_id,
            _flag(m.total > 0),
            _flag(and_(full, FlowRun.status == FlowRunStatus.COMPLETED.value)),
            _flag(full),
            _flag(helped),
            case((first_helped < first_alone, 1), else_=0),
            case((episode, a.level)),
            a.route,
            case((episode, a.barriers)),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(marks, m.run_id == FlowRun.id)
        .outerjoin(a, a.visit_id == Visit.id)
        .where(Visit.status == VisitStatus.CLOSED.value, Visit.citizen_id.is_not(None), *where)
        .group_by(
            Visit.id,
            FlowRun.flow_id,
            Visit.citizen_id,
            Visit.started_at,
            Visit.site_id,
            Visit.staff_id,
            a.level,
            a.route,
            a.barriers,
        )  # fmt: skip
        .having(or_(_flag(m.total > 0) == 1, episode))
    )
    one = literal_column("1", Integer)
    zero = literal_column("0", Integer)
    follow_ups = (
        select(
            Visit.citizen_id,
            FlowRun.flow_id,
            FollowUp.done_at,
            Visit.id,
            FollowUp.id,
            Visit.site_id,
            Visit.staff_id,
            one,
            case((FollowUp.result == FollowUpResult.MANAGED_ALONE.value, 1), else_=0),
            zero,
            zero,
            zero,
            # Typed: with DISTINCT, PostgreSQL took a bare NULL for text.
            cast(null(), Integer),
            cast(null(), String(40)),
            cast(null(), Text),
        )
        .join(Visit, Visit.id == FollowUp.visit_id)
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .where(
            Visit.citizen_id.is_not(None),
            FollowUp.result.in_(_RESULTS),
            FollowUp.done_at.is_not(None),
            *where,
        )
        .distinct()  # a visit's runs of the same errand: one row
    )
    return union_all(runs, follow_ups)


def write_all_errand_events(session: Session) -> None:
    """The table anew from every visit (the rebuild; after ``stat_run_mark``)."""
    session.execute(delete(E))
    session.execute(E.__table__.insert().from_select(NAMES, _source([])))


@dataclass
class ErrandChanges:
    """What rewriting the dirty pairs' rows found: the times of rows that changed (old or
    new) per citizen and errand, and the errands with an episode on the pairs."""

    changed: dict[ErrandKey, list[dt.datetime]] = field(default_factory=dict)
    episodes: set[ErrandKey] = field(default_factory=set)


def rewrite_errand_events(session: Session, dirty: set[DayKey]) -> ErrandChanges:
    """Make the rows of the visits started on these pairs those of their raw rows now;
    written only when they differ (a day marked again unchanged costs two reads).
    Compared as the driver returns them (the time as stored: no parsing of each) and
    written back so: the same text as the rebuild's copy in the engine."""
    where = in_pairs(session, dirty)
    connection = session.connection()
    new = set(map(tuple, connection.execute(_source(where)).all()))
    visits = select(Visit.id).where(*where)
    stored = [type_coerce(E.at, _RAW) if c.name == "at" else c for c in E.__table__.c]
    old = set(map(tuple, connection.execute(select(*stored).where(E.visit_id.in_(visits))).all()))
    found = ErrandChanges()
    found.episodes = {(row[0], row[1]) for row in new if row[4] == 0 and row[13] is not None}
    if new == old:
        return found
    for row in new ^ old:
        found.changed.setdefault((row[0], row[1]), []).append(_as_time(row[2]))
    for times in found.changed.values():
        times.sort()
    session.execute(delete(E).where(E.visit_id.in_(visits)))
    write_tuples(connection, E.__tablename__, NAMES, sorted(new))
    return found


def _as_time(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


_metadata = MetaData()  # not the schema's
KEYS = Table(
    "agg_errand_key",
    _metadata,
    Column("citizen_id", Integer, primary_key=True),
    Column("flow_id", String(80), primary_key=True),
    prefixes=["TEMPORARY"],
)


def read_histories(
    session: Session, keys: Iterable[ErrandKey], low: dt.datetime, high: dt.datetime
) -> list[Any]:
    """These citizens' errands' rows in [low, high), in key order (``READ``'s columns):
    a range of the primary key each."""
    connection = session.connection()
    connection.execute(text(f"DROP TABLE IF EXISTS {KEYS.name}"))
    KEYS.create(connection)
    write_tuples(connection, KEYS.name, ["citizen_id", "flow_id"], sorted(keys))
    # Its size for the planner: once the history has statistics of its own (any ANALYZE
    # after it was filled), SQLite took the unanalysed key table for the larger one and
    # walked the whole history (1M visits: 144 ms instead of ≈ 10).
    connection.execute(text(f"ANALYZE {KEYS.name}"))
    k = KEYS.c
    # Ordered by the keys' table first: SQLite then reads it and seeks each errand's
    # time range (ordered by the history's key, it scanned the whole history).
    rows = connection.execute(
        select(*READ)
        .join(KEYS, and_(k.citizen_id == E.citizen_id, k.flow_id == E.flow_id))
        .where(E.at >= low, E.at < high)
        .order_by(k.citizen_id, k.flow_id, E.at, E.visit_id, E.follow_up_id)
    ).all()
    KEYS.drop(connection)
    return rows


def read_citizens(session: Session, first: int, end: int) -> list[Any]:
    """Every row of the citizens with ids in [first, end), in key order."""
    return (
        session.connection()
        .execute(
            select(*READ)
            .where(E.citizen_id >= first, E.citizen_id < end)
            .order_by(E.citizen_id, E.flow_id, E.at, E.visit_id, E.follow_up_id)
        )
        .all()
    )
