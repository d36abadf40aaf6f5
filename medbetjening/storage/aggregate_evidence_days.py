"""Re-aggregate only the route evidence of earlier (day, site) pairs.

A visit closed today changes the *next time* of the same citizens' episodes in the 12
months before, and nothing else about those days: their visit, flow, follow-up and
dimension rows stay as they are. Re-aggregating every table of ~180 earlier site-days
took seconds per refresh; this replaces just their ``stat_route_evidence_day`` rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.storage.aggregate_evidence import route_evidence_rows
from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.models import StatDayState, StatRouteEvidenceDay, Visit
from medbetjening.storage.stats_sql import day_of

DayKey = tuple[dt.date, int]


def refresh_evidence_days(session: Session, pairs: Iterable[DayKey]) -> list[DayKey]:
    """Replace the evidence rows of these pairs; return those never aggregated (the
    caller aggregates them whole). A pair whose raw visits were purged is kept."""
    never: list[DayKey] = []
    table = StatRouteEvidenceDay
    for day, site_id in sorted(set(pairs)):
        state = session.get(StatDayState, (day, site_id))
        if state is None:
            never.append((day, site_id))
            continue
        start = dt.datetime.combine(day, dt.time.min)
        in_range = [
            Visit.started_at >= start,
            Visit.started_at < start + dt.timedelta(days=1),
            Visit.status == VisitStatus.CLOSED.value,
            Visit.site_id == site_id,
        ]
        raw = session.scalar(select(func.count()).select_from(Visit).where(*in_range)) or 0
        if state.raw_visits > raw:  # purged since: the stored rows are all that is left
            continue
        session.execute(delete(table).where(table.day == day, table.site_id == site_id))
        rng = AggregateRange(
            start,
            start + dt.timedelta(days=1),
            site_id,
            in_range,
            day_of(session, Visit.started_at),
        )
        rows = [r for r in route_evidence_rows(session, rng) if r["day"] == day]
        if rows:
            session.execute(insert(table), rows)
    return never
