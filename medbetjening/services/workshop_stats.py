"""Workshops in the statistics: how many, how many took part, how many hours.

Read raw (a few rows a week per site) with the dashboard's filter. A staff filter
picks the workshops the staff member taught or recorded. Workshops are not counter
contacts: KOMHEN and the visit counts never include them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from medbetjening.storage.models import (
    Workshop,
    WorkshopAttendance,
    WorkshopHelper,
    WorkshopParticipant,
)

if TYPE_CHECKING:
    from medbetjening.services.statistics import StatisticsFilter


@dataclass(frozen=True)
class WorkshopTotals:
    workshops: int = 0
    participants: int = 0  # anonymous counts and coded participants together
    minutes: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # kind -> workshops

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 1)


def workshop_totals(session: Session, flt: StatisticsFilter) -> WorkshopTotals:
    w = Workshop
    where = [w.held_on >= flt.date_from, w.held_on <= flt.date_to]
    if flt.site_ids:
        where.append(w.site_id.in_(flt.site_ids))
    if flt.staff_ids:
        taught = select(WorkshopHelper.workshop_id).where(
            WorkshopHelper.staff_id.in_(flt.staff_ids)
        )
        where.append(or_(w.recorded_by.in_(flt.staff_ids), w.id.in_(taught)))
    rows = session.execute(select(w.id, w.kind, w.minutes).where(*where)).all()
    if not rows:
        return WorkshopTotals()
    ids = select(w.id).where(*where)
    anonymous = session.scalar(
        select(func.sum(WorkshopAttendance.participants)).where(
            WorkshopAttendance.workshop_id.in_(ids)
        )
    )
    coded = session.scalar(select(func.count()).where(WorkshopParticipant.workshop_id.in_(ids)))
    return WorkshopTotals(
        workshops=len(rows),
        participants=int(anonymous or 0) + int(coded or 0),
        minutes=sum(minutes for _, _, minutes in rows),
        by_kind=dict(Counter(kind for _, kind, _ in rows)),
    )
