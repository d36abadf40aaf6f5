"""``stat_errand_event``: a citizen's history of each errand, in time order, by key.

The route evidence (an episode's next time) and the self-sufficiency (a task done alone
after help) read a citizen's earlier and later visits and follow-ups of one errand. Read
from the raw rows, that is visit → flow run → run marks → assessment → follow-up at
random for every citizen of a changed day. Here it is one row per (citizen, errand,
closed visit) and per follow-up result, ordered by (citizen, errand, time): one
contiguous range read (a WITHOUT ROWID table on SQLite, the primary key its order).

Derived only from the raw rows of visits started on one (day, site), so the refresh
rewrites a dirty pair's visits' rows (``storage/errand_events.py``) and the rebuild
fills it whole; a deleted visit or citizen takes its rows along (ON DELETE CASCADE).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base


class StatErrandEvent(Base):
    """A closed visit's runs of one errand (``follow_up_id`` 0) or a follow-up result of
    a visit with that errand (``follow_up_id``: its id; ``at``: when it was done)."""

    __tablename__ = "stat_errand_event"
    __table_args__ = (
        Index("ix_stat_errand_event_visit_id", "visit_id"),
        {"sqlite_with_rowid": False},
    )

    citizen_id: Mapped[int] = mapped_column(
        ForeignKey("citizen.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    flow_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    follow_up_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    site_id: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int] = mapped_column(Integer)
    # 1: a run with counted marks (a "next time" for the route evidence); a follow-up: 1.
    counted: Mapped[int] = mapped_column(Integer)
    # The route evidence's "alone": a run with every counted step alone and completed;
    # a follow-up: managed alone at home.
    alone: Mapped[int] = mapped_column(Integer)
    # Self-sufficiency, per run with counted marks: one fully alone, one with help, and
    # one with help before (by run id) the visit's first fully alone one.
    runs_alone: Mapped[int] = mapped_column(Integer)
    runs_helped: Mapped[int] = mapped_column(Integer)
    helped_first: Mapped[int] = mapped_column(Integer)
    # The visit's assessment when it is an episode (a route was set), else NULL.
    level: Mapped[int | None] = mapped_column(Integer)
    route: Mapped[str | None] = mapped_column(String(40))
    barriers: Mapped[str | None] = mapped_column(Text)
