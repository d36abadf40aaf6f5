"""Rows of ``stat_self_sufficiency_day``: citizens who did a task alone after help."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.aggregate_runs import RANGE_RUNS
from medbetjening.storage.errand_event_models import StatErrandEvent


def self_sufficiency_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    """First run of a task done fully alone, after an earlier run of it with help.

    Only citizens with a run in the range done fully alone can count, and only their
    runs up to the range's end decide it; only the events in the range are counted.
    Their runs come from ``stat_errand_event``, a row per visit and errand in key order:
    the visit's runs with counted marks folded in run order (one fully alone, one with
    help, help before the first fully alone) decide as the runs one by one did.
    """
    start, end, site_ids = rng.start, rng.end, rng.site_ids
    r = RANGE_RUNS.c
    citizens = (
        select(r.citizen_id)
        .where(r.citizen_id.is_not(None), r.steps_total > 0, r.steps_alone == r.steps_total)
        .distinct()
    )
    e = StatErrandEvent
    query = (
        select(
            e.citizen_id, e.flow_id, e.at, e.site_id, e.staff_id,
            e.runs_alone, e.runs_helped, e.helped_first,
        )
        .where(
            e.citizen_id.in_(citizens),
            e.at < end,
            e.follow_up_id == 0,
            or_(e.runs_alone == 1, e.runs_helped == 1),
        )
        .order_by(e.citizen_id, e.flow_id, e.at, e.visit_id)
    )  # fmt: skip
    counts: dict[tuple[dt.date, int, int, str], int] = defaultdict(int)
    current: tuple[int, str] | None = None
    helped_before = done_alone_before = False
    rows = session.connection().execute(query).all()
    for citizen_id, flow_id, started_at, site, staff_id, alone, helped, helped_first in rows:
        if (citizen_id, flow_id) != current:
            current = (citizen_id, flow_id)
            helped_before = done_alone_before = False
        if alone:
            if (helped_before or helped_first) and not done_alone_before:
                in_window = start <= started_at < end and (site_ids is None or site in site_ids)
                if in_window:
                    counts[(started_at.date(), site, staff_id, flow_id)] += 1
            done_alone_before = True
        if helped:
            helped_before = True
    return [
        {"day": d, "site_id": s, "staff_id": st, "flow_id": f, "citizens": n}
        for (d, s, st, f), n in counts.items()
    ]
