"""The route evidence of a full rebuild, a block of citizens at a time.

An episode's counts depend only on its citizen's own later runs and follow-ups. Per
month and site (as the other tables are rebuilt) every month read its citizens' next
twelve months again: a third of the rebuild. Here each citizen's history is read once,
in blocks of citizen ids (``stat_errand_event``'s key order);
``_aggregate_range`` leaves these rows to this pass (``evidence=[]``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.storage.aggregate_evidence import episodes_of
from medbetjening.storage.aggregate_range import closed_range
from medbetjening.storage.aggregate_runs import drop_range_runs, fill_range_runs
from medbetjening.storage.driver_rows import write_rows
from medbetjening.storage.errand_event_models import StatErrandEvent
from medbetjening.storage.errand_events import read_citizens
from medbetjening.storage.friction_aggregates import friction_rows
from medbetjening.storage.models import StatDayState, StatRouteEvidenceDay, Visit
from medbetjening.storage.stats_sql import as_date, day_of

DayKey = tuple[dt.date, int]
# Citizen ids per block: about a month of one site's episodes in memory at a time.
BLOCK = 20_000


def clear_unless_purged(session: Session, tables: tuple[type, ...]) -> bool:
    """Empty these tables up front when no (day, site) lost raw rows to retention: one
    statement each instead of a delete by index per month and site."""
    day = day_of(session, Visit.started_at)
    raw = {
        (as_date(d), site_id): n
        for d, site_id, n in session.execute(
            select(day, Visit.site_id, func.count())
            .where(Visit.status == VisitStatus.CLOSED.value)
            .group_by(day, Visit.site_id)
        )
    }
    states = session.execute(
        select(StatDayState.day, StatDayState.site_id, StatDayState.raw_visits)
    )
    if any(n > raw.get((as_date(d), site_id), 0) for d, site_id, n in states):
        return False  # some days are kept as they were: each range keeps them
    for table in tables:
        session.execute(delete(table))
    return True


EvidenceBlocks = Iterable[list[dict[str, Any]]]
# Blocks of a table's rows as column names and value tuples the driver takes as they are.
ValueBlocks = Iterable[tuple[list[str], list[tuple[Any, ...]]]]


def evidence_blocks(session: Session) -> Iterator[list[dict[str, Any]]]:
    """Every episode's row, a block of citizens at a time. Reads only
    ``stat_errand_event`` (written with the run marks, ``write_all_run_marks``): another
    process can compute them beside the rebuild's other tables
    (``demo/demo_stats_parallel.py``)."""
    e = StatErrandEvent
    low, high = session.execute(select(func.min(e.citizen_id), func.max(e.citizen_id))).one()
    if low is None:
        return
    for block in range(low, high + 1, BLOCK):
        yield episodes_of(read_citizens(session, block, block + BLOCK), _every)


def _every(row: Any) -> bool:
    return True


def friction_blocks(session: Session) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """``stat_step_friction_day``'s rows for every closed visit, in blocks (for another
    process, as ``evidence_blocks``; it reads only raw rows)."""
    first, last = session.execute(
        select(func.min(Visit.started_at), func.max(Visit.started_at))
    ).one()
    if first is None:
        return
    start = dt.datetime.combine(first.date(), dt.time.min)
    end = dt.datetime.combine(last.date() + dt.timedelta(days=1), dt.time.min)
    rng = closed_range(session, start, end, None)
    fill_range_runs(session, rng)
    built = friction_rows(session, rng)
    if not isinstance(built, list):  # streamed: ten years of steps need not fit in memory
        yield from select_blocks(session, built)
    drop_range_runs(session)


def select_blocks(
    session: Session, built: Select[Any]
) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """A builder's SELECT (columns named as its table's) as blocks of value tuples as
    the driver returns them, which it takes back as they are: what an INSERT from the
    SELECT would store. From the driver's cursor: a ``Row``, its mapping and the day
    parsed and formatted again per row cost more than the statement."""
    result = session.connection().execute(built)
    names = list(result.keys())
    cursor = result.cursor
    while chunk := cursor.fetchmany(BLOCK):
        yield names, chunk
    result.close()


def write_evidence_by_citizens(
    session: Session, kept: set[DayKey], blocks: EvidenceBlocks | None = None
) -> None:
    """Insert every episode's row (``blocks``, default: computed here), except on the
    (day, site) pairs ``kept`` as they were (their raw rows were purged; their old rows
    stay)."""
    for rows in evidence_blocks(session) if blocks is None else blocks:
        kept_out = [row for row in rows if (row["day"], row["site_id"]) not in kept]
        write_rows(session.connection(), StatRouteEvidenceDay.__table__, kept_out)
