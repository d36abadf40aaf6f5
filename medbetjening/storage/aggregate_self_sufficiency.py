"""Rows of ``stat_self_sufficiency_day``: citizens who did a task alone after help."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.storage.aggregate_range import AggregateRange, run_marks
from medbetjening.storage.aggregate_runs import RANGE_RUNS
from medbetjening.storage.models import FlowRun, Visit


def self_sufficiency_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    """First run of a task done fully alone, after an earlier run of it with help.

    Only citizens with a run in the range done fully alone can count, and only their
    runs up to the range's end decide it; only the events in the range are counted.
    """
    start, end, site_ids = rng.start, rng.end, rng.site_ids
    r = RANGE_RUNS.c
    citizens = (
        select(r.citizen_id)
        .where(r.citizen_id.is_not(None), r.steps_total > 0, r.steps_alone == r.steps_total)
        .distinct()
    )
    before_end = [Visit.citizen_id.in_(citizens), Visit.started_at < end]
    marks = run_marks()
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
        .where(*before_end, Visit.status == VisitStatus.CLOSED.value, marks.c.total > 0)
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
                in_window = start <= started_at < end and (site_ids is None or run_site in site_ids)
                if in_window:
                    counts[(started_at.date(), run_site, staff_id, flow_id)] += 1
            done_alone_before = True
        else:
            helped_before = True
    return [
        {"day": d, "site_id": s, "staff_id": st, "flow_id": f, "citizens": n}
        for (d, s, st, f), n in counts.items()
    ]
