"""The follow-up list: due now, this week, or later (paged), by site and staff member."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Date, Integer, Row, Select, bindparam, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FollowUpStatus
from medbetjening.storage.models import Citizen, FlowRun, FollowUp, Staff, Visit


class FollowUpScope(StrEnum):
    DUE = "due"  # today and overdue
    WEEK = "week"  # after today, to this week's Sunday
    LATER = "later"  # after this week: every future one, a page at a time


@dataclass(frozen=True)
class FollowUpFilter:
    site_id: int | None = None  # None: the actor's own site (leads may choose another)
    staff_id: int | None = None  # who had the visit
    limit: int | None = None
    offset: int = 0


class FollowUpRow(NamedTuple):
    """One open follow-up as the list shows it (a tuple: hundreds are built per read)."""

    id: int
    due_date: dt.date
    overdue: bool
    due_today: bool
    kind: str
    citizen_id: int | None
    citizen_code: str | None
    visit_id: int
    visit_started_at: dt.datetime
    tasks: str  # the visit's distinct flow titles, in the order the runs were started
    staff_name: str


def scope_bounds(scope: FollowUpScope, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(first, last) due date of the scope, both inclusive; None: open-ended."""
    sunday = today + dt.timedelta(days=6 - today.weekday())
    if scope == FollowUpScope.DUE:
        return None, today
    if scope == FollowUpScope.WEEK:
        return today + dt.timedelta(days=1), sunday
    return sunday + dt.timedelta(days=1), None


@lru_cache(maxsize=16)
def _statement(
    by_staff: bool, from_first: bool, to_last: bool, limited: bool, skipped: bool
) -> Select[Any]:
    """One statement per filter shape, built once: composing a select costs more CPU than
    SQLite answering it. One row per flow run of the follow-up's visit (once without runs),
    so the list is one read; a page is chosen among the follow-ups, not the joined rows."""
    due = [FollowUp.site_id == bindparam("site_id"), FollowUp.status == FollowUpStatus.DUE.value]
    if by_staff:
        due.append(Visit.staff_id == bindparam("staff_id"))
    if from_first:
        due.append(FollowUp.due_date >= bindparam("first", type_=Date))
    if to_last:
        due.append(FollowUp.due_date <= bindparam("last", type_=Date))
    if limited or skipped:
        page = (
            select(FollowUp.id)
            .join(Visit, Visit.id == FollowUp.visit_id)
            .where(*due)
            .order_by(FollowUp.due_date, FollowUp.id)
        )
        if limited:
            page = page.limit(bindparam("limit", type_=Integer))
        if skipped:
            page = page.offset(bindparam("offset", type_=Integer))
        due.append(FollowUp.id.in_(page.scalar_subquery()))
    return (
        select(
            FollowUp.id,
            FollowUp.due_date,
            FollowUp.kind,
            FollowUp.citizen_id,
            Visit.id,
            Visit.started_at,
            Staff.name,
            Citizen.citizen_code,
            FlowRun.flow_title,
            FlowRun.flow_id,
        )
        .join(Visit, Visit.id == FollowUp.visit_id)
        .join(Staff, Staff.id == Visit.staff_id)
        .outerjoin(Citizen, Citizen.id == FollowUp.citizen_id)
        .outerjoin(FlowRun, FlowRun.visit_id == Visit.id)
        .where(*due)
        .order_by(FollowUp.due_date, FollowUp.id, FlowRun.id)
    )


def follow_up_rows(
    session: Session,
    today: dt.date,
    site_id: int,
    staff_id: int | None,
    first: dt.date | None,
    last: dt.date | None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Open follow-ups of the site (of one staff member's visits) due in [first, last],
    oldest first.

    Plain columns through the Core connection, not the ORM: the list may hold hundreds."""
    from medbetjening.services.task_status import collect_titles

    shape = (staff_id is not None, first is not None, last is not None, limit is not None)
    statement = _statement(*shape, offset > 0)
    params = {"site_id": site_id, "staff_id": staff_id, "first": first, "last": last}
    params.update(limit=limit, offset=offset)
    # fetched at once (one C call, not one per row); the titles by follow-up (the same rule
    # as everywhere: distinct, in run order), then one entry per follow-up: its last row
    rows = session.connection().execute(statement, params).all()
    titles = collect_titles((row[0], row[8], row[9]) for row in rows if row[9] is not None)
    next_ids = [row[0] for row in rows[1:]] + [None] if rows else []
    return [
        _row(row, titles.get(row[0], ()), today)
        for row, next_id in zip(rows, next_ids, strict=True)
        if next_id != row[0]
    ]


def _row(row: Row[Any], titles: Iterable[str], today: dt.date) -> FollowUpRow:
    follow_up_id, due_date, kind, citizen_id, visit_id, started_at, staff_name, code, *_ = row
    return FollowUpRow(
        follow_up_id,
        due_date,
        due_date < today,
        due_date == today,
        kind,
        citizen_id,
        code,
        visit_id,
        started_at,
        ", ".join(titles),
        staff_name,
    )
