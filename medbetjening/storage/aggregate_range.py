"""What one re-aggregation covers, and SQL pieces every aggregate builder shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import StepActor, VisitStatus
from medbetjening.storage.models import StatRunMark, StepRecord, Visit
from medbetjening.storage.stats_sql import as_date, day_of


@dataclass(frozen=True)
class AggregateRange:
    """[start, end) for some sites (None: all): ``in_range`` selects their closed visits
    and ``day`` is the calendar day of ``Visit.started_at`` in the database's dialect."""

    start: dt.datetime
    end: dt.datetime
    site_ids: tuple[int, ...] | None
    in_range: list[Any]
    day: Any
    # The range's route-evidence rows when the refresh already has them (aggregate_episodes).
    evidence: list[dict[str, Any]] | None = None


def closed_range(
    session: Session, start: dt.datetime, end: dt.datetime, site_ids: tuple[int, ...] | None
) -> AggregateRange:
    """The closed visits started in [start, end) at these sites (None: all)."""
    day = day_of(session, Visit.started_at).label("day")
    in_range = [
        Visit.started_at >= start,
        Visit.started_at < end,
        Visit.status == VisitStatus.CLOSED.value,
        # Text timestamps written without microseconds compare oddly at midnight on
        # SQLite: the day itself decides.
        day >= start.date(),
        day < end.date(),
    ]
    if site_ids is not None:
        in_range.append(of_sites(Visit.site_id, site_ids))
    return AggregateRange(start, end, site_ids, in_range, day)


def of_sites(column: Any, site_ids: tuple[int, ...]) -> Any:
    """``column`` is one of the sites (``=`` for one: the same plan as before)."""
    return column == site_ids[0] if len(site_ids) == 1 else column.in_(site_ids)


def sum_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def steps_marked() -> Any:
    return and_(StepRecord.actor.is_not(None), StepRecord.actor != StepActor.SKIPPED.value)


def run_marks() -> Any:
    """Per flow run of a closed visit: counted marks (``total``) and those done alone,
    as summed when its (day, site) was aggregated (``aggregate_runs.write_run_marks``)."""
    return StatRunMark.__table__


def in_pairs(session: Session, pairs: set[tuple[dt.date, int]]) -> list[Any]:
    """Conditions selecting the visits started on these (day, site) pairs."""
    day = day_of(session, Visit.started_at)
    sites_of: dict[dt.date, list[int]] = {}
    for changed_day, site_id in sorted(pairs):
        sites_of.setdefault(changed_day, []).append(site_id)
    first, last = min(sites_of), max(sites_of)
    return [
        # The range first, for the (site_id, started_at) index; the day itself decides
        # (text timestamps without microseconds compare oddly at midnight on SQLite, so
        # the range starts a day early).
        Visit.started_at >= dt.datetime.combine(first - dt.timedelta(days=1), dt.time.min),
        Visit.started_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min),
        or_(*(and_(day == d, Visit.site_id.in_(s)) for d, s in sites_of.items())),
    ]


def named_row(names: list[str], values: Any) -> dict[str, Any]:
    row = dict(zip(names, values, strict=True))
    row["day"] = as_date(row["day"])
    return row
