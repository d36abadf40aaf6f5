"""What one re-aggregation covers, and SQL pieces every aggregate builder shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, select

from medbetjening.domain.vocabulary import StepActor
from medbetjening.storage.models import FlowRun, StepRecord, Visit
from medbetjening.storage.stats_sql import as_date


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


def of_sites(column: Any, site_ids: tuple[int, ...]) -> Any:
    """``column`` is one of the sites (``=`` for one: the same plan as before)."""
    return column == site_ids[0] if len(site_ids) == 1 else column.in_(site_ids)


def sum_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def steps_marked() -> Any:
    return and_(StepRecord.actor.is_not(None), StepRecord.actor != StepActor.SKIPPED.value)


def run_marks(*where: Any) -> Any:
    """Per flow run of the visits ``where`` selects: counted marks and those done alone."""
    return (
        select(
            StepRecord.flow_run_id.label("run_id"),
            sum_if(steps_marked()).label("total"),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value).label("alone"),
        )
        .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
        .join(Visit, Visit.id == FlowRun.visit_id)
        .where(*where)
        .group_by(StepRecord.flow_run_id)
        .subquery()
    )


def named_row(names: list[str], values: Any) -> dict[str, Any]:
    row = dict(zip(names, values, strict=True))
    row["day"] = as_date(row["day"])
    return row
