"""Rows of ``stat_follow_up_day``.

The builder returns its SELECT (columns named as the table's): the caller inserts from
it, so the rows stay in the database engine. (The visit and flow rows are counted from
the range's one read: ``range_rows``.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.models import FollowUp, Visit


def follow_up_rows(session: Session, rng: AggregateRange) -> Select[Any]:
    in_range, day = rng.in_range, rng.day
    keys = (day, Visit.site_id, Visit.staff_id, FollowUp.kind, FollowUp.status)
    return (
        select(*keys, func.count().label("follow_ups"))
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys)
    )
