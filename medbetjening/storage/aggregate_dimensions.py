"""``stat_dim_day``: the dashboard's narrow table, derived from the wide ones.

Each source is one dimension read from one wide table; a new aggregate adds a line to
``DIMENSIONS`` in its own module's terms (see ``aggregate_sources``).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Index,
    MetaData,
    Table,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from medbetjening.storage.models import (
    StatDimDay,
    StatFlowDay,
    StatFollowUpDay,
    StatSelfSufficiencyDay,
    StatVisitDay,
)

# A day's rows as derived, before they are compared with the stored ones (a refresh of
# a day rewrote its ≈ 1,250 rows and their three indexes even when nothing changed).
DERIVED = Table(
    "agg_dim_day",
    MetaData(),  # not the schema's: Alembic and create_all never see it
    *(Column(c.name, c.type) for c in StatDimDay.__table__.c if c.name != "id"),
    Index("ix_agg_dim_day", "staff_id", "dim", "value", "day", "site_id"),
    prefixes=["TEMPORARY"],
)


def derive_dimensions(
    session: Session, first_day: dt.date, end_day: dt.date, site_ids: tuple[int, ...] | None
) -> None:
    """Rebuild ``stat_dim_day`` for the range from the wide tables (purged days included).
    A single day (a refresh's unit) writes only rows that differ from the stored ones."""
    params: dict[str, Any] = {"first_day": first_day, "end_day": end_day}
    if site_ids is not None and len(site_ids) > 1:
        params["sites"] = list(site_ids)
    elif site_ids is not None:
        params["site"] = site_ids[0]  # ``=`` for one: the plan the rebuild's ranges had
    connection = session.connection()
    several = None if site_ids is None else len(site_ids) > 1
    if end_day - first_day > dt.timedelta(days=1):  # the rebuild's months: all rows new
        for statement in _statements(several):
            connection.execute(statement, params)
        return
    connection.execute(text(f"DROP TABLE IF EXISTS {DERIVED.name}"))  # left by a failure
    DERIVED.create(connection)
    for statement in _changed_only(several):
        connection.execute(statement, params)
    DERIVED.drop(connection)


@functools.cache
def _changed_only(several_sites: bool | None) -> tuple[Any, ...]:
    """Derive into ``DERIVED``; delete the stored rows of the range that are not among
    them, insert those not stored (a row is its thirteen values: equal is unchanged)."""
    clear, per_staff, everyone = _statements(several_sites, DERIVED)
    d, n = StatDimDay.__table__.c, DERIVED.c
    same = [d[c.name] == c for c in n]
    stale = clear.where(~exists().where(*same))
    new = insert(StatDimDay.__table__).from_select(
        [c.name for c in n], select(*n).where(~exists().where(*same))
    )
    return per_staff, everyone, stale, new


@functools.cache
def _statements(several_sites: bool | None, into: Table | None = None) -> tuple[Any, ...]:
    """The range's delete and its two inserts (into ``stat_dim_day`` or ``into``), built
    once with bound parameters (building the eleven-part union anew cost ≈ 9 ms a
    refresh); Core, no ORM bookkeeping."""
    target = StatDimDay.__table__ if into is None else into

    def where(table: Any) -> list[Any]:
        conditions = [
            table.day >= bindparam("first_day", type_=Date),
            table.day < bindparam("end_day", type_=Date),
        ]
        if several_sites is not None:
            conditions.append(
                table.site_id.in_(bindparam("sites", expanding=True))
                if several_sites
                else table.site_id == bindparam("site")
            )
        return conditions

    clear = delete(StatDimDay.__table__).where(*where(StatDimDay))
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
    per_staff = insert(target).from_select(columns, union_all(*queries))
    # Staff 0 (all staff) from the rows per staff just written: one statement, not one
    # per dimension (sums of sums; every source row has a real staff id).
    d = target.c
    everyone = (
        select(
            d.day,
            d.site_id,
            zero,
            d.dim,
            d.value,
            *(func.sum(d[m]) for m in measures),
        )
        .where(*where(target.c), d.staff_id != 0)
        .group_by(d.day, d.site_id, d.dim, d.value)
    )
    return clear, per_staff, insert(target).from_select(columns, everyone)
