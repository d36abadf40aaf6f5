"""Referrals per route (the sending site → where the citizen was sent): made, taken up
and the share taken up, read raw from the referral table (a few rows per day).

A referral of an anonymous citizen to a help point cannot be followed: it counts as
made and as "kan ikke følges", never as not taken up (unknown stays unknown).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from medbetjening.domain.referrals import ReferralStatus, share_taken_up
from medbetjening.storage.models import HelpPoint, ReferralRecord, Site, Visit

if TYPE_CHECKING:  # no import circle with statistics
    from medbetjening.services.statistics import StatisticsFilter


@dataclass(frozen=True)
class RouteCount:
    from_site: str
    destination: str
    made: int
    taken_up: int
    not_taken_up: int
    waiting: int  # open and still followable (a citizen is known)
    untraceable: int  # open with no citizen: nobody can know

    @property
    def share(self) -> float | None:
        return share_taken_up(self.made, self.taken_up)


def route_counts(session: Session, flt: StatisticsFilter) -> tuple[RouteCount, ...]:
    """Referrals made in the period, per route, most made first."""
    sender, receiver = aliased(Site), aliased(Site)
    r = ReferralRecord
    where = [
        r.made_at >= dt.datetime.combine(flt.date_from, dt.time.min),
        r.made_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min),
    ]
    if flt.site_ids:
        where.append(or_(r.from_site_id.in_(flt.site_ids), r.to_site_id.in_(flt.site_ids)))
    query = (
        select(
            sender.name,
            func.coalesce(receiver.name, HelpPoint.name),
            r.status,
            r.citizen_id.is_(None),
            func.count(),
        )
        .join(sender, sender.id == r.from_site_id)
        .outerjoin(receiver, receiver.id == r.to_site_id)
        .outerjoin(HelpPoint, HelpPoint.id == r.help_point_id)
        .where(*where)
        .group_by(
            sender.name,
            func.coalesce(receiver.name, HelpPoint.name),
            r.status,
            r.citizen_id.is_(None),
        )
    )
    if flt.staff_ids:
        query = query.join(Visit, Visit.id == r.visit_id).where(Visit.staff_id.in_(flt.staff_ids))
    totals: dict[tuple[str, str], list[int]] = {}
    for from_site, destination, status, anonymous, n in session.execute(query):
        counts = totals.setdefault((from_site, destination or ""), [0, 0, 0, 0, 0])
        counts[0] += n
        if status == ReferralStatus.TAKEN_UP.value:
            counts[1] += n
        elif status == ReferralStatus.NOT_TAKEN_UP.value:
            counts[2] += n
        elif anonymous:
            counts[4] += n
        else:
            counts[3] += n
    rows = [RouteCount(src, dst, *counts) for (src, dst), counts in totals.items()]
    return tuple(sorted(rows, key=lambda row: (-row.made, row.from_site, row.destination)))
