"""``stat_dim_day``: the dashboard's narrow table, derived from the wide ones.

Each source is one dimension read from one wide table; a new aggregate adds a line to
``DIMENSIONS`` in its own module's terms (see ``aggregate_sources``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, func, insert, literal_column, select, union_all
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_range import of_sites
from medbetjening.storage.models import (
    StatDimDay,
    StatFlowDay,
    StatFollowUpDay,
    StatSelfSufficiencyDay,
    StatVisitDay,
)


def derive_dimensions(
    session: Session, first_day: dt.date, end_day: dt.date, site_ids: tuple[int, ...] | None
) -> None:
    """Rebuild ``stat_dim_day`` for the range from the wide tables (purged days included)."""

    def where(table: Any) -> list[Any]:
        conditions = [table.day >= first_day, table.day < end_day]
        if site_ids is not None:
            conditions.append(of_sites(table.site_id, site_ids))
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
        ("route", v.route, v, {"visits": func.sum(v.visits)}, [v.route != ""]),
        (
            "route_override",
            v.route_proposed + ">" + v.route,
            v,
            {"visits": func.sum(v.visits)},
            [v.route_proposed != ""],
        ),
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
    columns = ["day", "site_id", "staff_id", "dim", "value", *measures]
    queries = []
    for dim, value, table, sums, extra in sources:
        keys = [table.day, table.site_id, table.staff_id] + ([value] if dim != "all" else [])
        queries.append(
            select(
                table.day,
                table.site_id,
                table.staff_id,
                literal_column(f"'{dim}'"),
                value,
                *(func.coalesce(sums[m], 0) if m in sums else zero for m in measures),
            )
            .where(*where(table), *extra)
            .group_by(*keys)
        )
    # One statement for every dimension (a statement's own cost was a third of the work
    # for a day's few hundred rows).
    session.execute(insert(StatDimDay).from_select(columns, union_all(*queries)))
    # Staff 0 (all staff) from the rows per staff just written: one statement, not one
    # per dimension (sums of sums; every source row has a real staff id).
    d = StatDimDay
    everyone = (
        select(
            d.day,
            d.site_id,
            zero,
            d.dim,
            d.value,
            *(func.sum(getattr(d, m)) for m in measures),
        )
        .where(*where(d), d.staff_id != 0)
        .group_by(d.day, d.site_id, d.dim, d.value)
    )
    session.execute(insert(d).from_select(columns, everyone))
