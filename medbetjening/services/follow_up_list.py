"""The follow-up list: due now, this week, or later (paged), by site and staff member."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
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


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_date: dt.date
    overdue: bool
    due_today: bool
    kind: str
    citizen_id: int | None
    citizen_code: str | None
    visit_id: int
    visit_started_at: dt.datetime
    tasks: str
    staff_name: str


def scope_bounds(scope: FollowUpScope, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(first, last) due date of the scope, both inclusive; None: open-ended."""
    sunday = today + dt.timedelta(days=6 - today.weekday())
    if scope == FollowUpScope.DUE:
        return None, today
    if scope == FollowUpScope.WEEK:
        return today + dt.timedelta(days=1), sunday
    return sunday + dt.timedelta(days=1), None


def follow_up_rows(
    session: Session,
    today: dt.date,
    where: list[Any],
    first: dt.date | None,
    last: dt.date | None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Open follow-ups matching ``where`` due in [first, last], oldest first.

    Plain columns, not ORM objects: the list may hold hundreds of rows."""
    from medbetjening.services.task_status import collect_titles

    due = [*where, FollowUp.status == FollowUpStatus.DUE.value]
    if first is not None:
        due.append(FollowUp.due_date >= first)
    if last is not None:
        due.append(FollowUp.due_date <= last)
    rows = session.execute(
        select(
            FollowUp.id,
            FollowUp.due_date,
            FollowUp.kind,
            FollowUp.citizen_id,
            Visit.id,
            Visit.started_at,
            Staff.name,
            Citizen.citizen_code,
        )
        .join(Visit, Visit.id == FollowUp.visit_id)
        .join(Staff, Staff.id == Visit.staff_id)
        .outerjoin(Citizen, Citizen.id == FollowUp.citizen_id)
        .where(*due)
        .order_by(FollowUp.due_date, FollowUp.id)
        .limit(limit)
        .offset(offset or None)
    ).all()
    visit_ids = [row[4] for row in rows]
    titles = (
        collect_titles(
            session.execute(
                select(FlowRun.visit_id, FlowRun.flow_title, FlowRun.flow_id)
                .where(FlowRun.visit_id.in_(visit_ids))
                .order_by(FlowRun.id)
            )
        )
        if visit_ids
        else {}
    )
    return [
        FollowUpRow(
            id=follow_up_id,
            due_date=due_date,
            overdue=due_date < today,
            due_today=due_date == today,
            kind=kind,
            citizen_id=citizen_id,
            citizen_code=code,
            visit_id=visit_id,
            visit_started_at=started_at,
            tasks=", ".join(titles.get(visit_id, [])),
            staff_name=staff_name,
        )
        for follow_up_id, due_date, kind, citizen_id, visit_id, started_at, staff_name, code in rows
    ]
