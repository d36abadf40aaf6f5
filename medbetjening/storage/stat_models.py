"""Statistics: pre-aggregated per day × site (services/statistics.py keeps them current).

No foreign keys: the aggregates outlive the raw rows that retention deletes (except
``stat_run_mark``, a sum kept beside its raw run and deleted with it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base, _now


class _StatDayKey:
    """The key every aggregate row starts with: day × site × staff."""

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    site_id: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int] = mapped_column(Integer)


class _StepCounts:
    """Step marks counted by who did the step."""

    steps_total: Mapped[int] = mapped_column(Integer, default=0)
    steps_alone: Mapped[int] = mapped_column(Integer, default=0)
    steps_guided: Mapped[int] = mapped_column(Integer, default=0)
    steps_staff: Mapped[int] = mapped_column(Integer, default=0)


class StatVisitDay(_StatDayKey, _StepCounts, Base):
    """Closed visits counted per day × site × staff × channel × type × outcome fields."""

    __tablename__ = "stat_visit_day"
    __table_args__ = (Index("ix_stat_visit_day_day_site", "day", "site_id"),)

    channel: Mapped[str] = mapped_column(String(20))
    contact_type: Mapped[str] = mapped_column(String(20))
    completion: Mapped[str] = mapped_column(String(20), default="")
    autonomy: Mapped[str] = mapped_column(String(30), default="")
    reason: Mapped[str] = mapped_column(String(30), default="")
    referral: Mapped[str] = mapped_column(String(40), default="")
    # The route in force ("" without an assessment) and, when staff chose another, the
    # route proposed ("" not overridden; "?" overridden before 0007 kept the proposal).
    route: Mapped[str] = mapped_column(String(40), default="", server_default="")
    route_proposed: Mapped[str] = mapped_column(String(40), default="", server_default="")
    visits: Mapped[int] = mapped_column(Integer, default=0)
    visits_with_citizen: Mapped[int] = mapped_column(Integer, default=0)
    visits_without_flow: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)


class StatFlowDay(_StatDayKey, _StepCounts, Base):
    """Flow runs of closed visits per day × site × staff × channel × type × flow."""

    __tablename__ = "stat_flow_day"
    __table_args__ = (Index("ix_stat_flow_day_day_site", "day", "site_id"),)

    channel: Mapped[str] = mapped_column(String(20))
    contact_type: Mapped[str] = mapped_column(String(20))
    flow_id: Mapped[str] = mapped_column(String(80))
    visits: Mapped[int] = mapped_column(Integer, default=0)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    runs_completed: Mapped[int] = mapped_column(Integer, default=0)


class StatSelfSufficiencyDay(_StatDayKey, Base):
    """Citizens who did a task fully alone for the first time after being helped with it."""

    __tablename__ = "stat_self_sufficiency_day"
    __table_args__ = (Index("ix_stat_self_sufficiency_day_day_site", "day", "site_id"),)

    flow_id: Mapped[str] = mapped_column(String(80))
    citizens: Mapped[int] = mapped_column(Integer, default=0)


class StatRouteEvidenceDay(_StatDayKey, Base):
    """What happened after a citizen was helped with an errand, by the route taken.

    One *episode* is a closed visit with a known citizen, an assessment with a route,
    and a run of the errand's flow; it counts on the visit's day. Its next time is the
    first of: the citizen's next run of that flow within 12 months, or a follow-up of
    the visit with a result. ``staff_id`` is 0 (the figure is the municipality's).
    ``level_band`` is the final level ("0"…"3") or "?" (not settled: never a guess).

    One row per episode (``visit_id``, ``flow_id``), so a later visit updates just the
    earlier episodes of its citizen and errand (``aggregate_episodes``). ``visit_id`` 0:
    rows summed before 0012, kept only for days whose raw visits were purged.
    """

    __tablename__ = "stat_route_evidence_day"
    __table_args__ = (
        Index("ix_stat_route_evidence_day_day_site", "day", "site_id"),
        Index("ix_stat_route_evidence_day_flow_band", "flow_id", "level_band"),
        Index("ix_stat_route_evidence_day_visit", "visit_id", "flow_id"),
    )

    visit_id: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    flow_id: Mapped[str] = mapped_column(String(80))
    level_band: Mapped[str] = mapped_column(String(4))
    barriers: Mapped[str] = mapped_column(String(100), default="")
    route: Mapped[str] = mapped_column(String(40))
    episodes: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)  # next time seen within 12 months
    alone: Mapped[int] = mapped_column(Integer, default=0)  # of those: managed alone
    reached_alone: Mapped[int] = mapped_column(Integer, default=0)  # alone at some point
    visits_to_alone: Mapped[int] = mapped_column(Integer, default=0)  # sum over reached


class StatRouteEvidence(Base):
    """``stat_route_evidence_day`` summed over all days and sites: what the counter reads
    (a few rows per errand and band, whatever the size of the municipality's history)."""

    __tablename__ = "stat_route_evidence"
    __table_args__ = (Index("ix_stat_route_evidence_flow_band", "flow_id", "level_band"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    flow_id: Mapped[str] = mapped_column(String(80))
    level_band: Mapped[str] = mapped_column(String(4))
    barriers: Mapped[str] = mapped_column(String(100), default="")
    route: Mapped[str] = mapped_column(String(40))
    episodes: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)
    alone: Mapped[int] = mapped_column(Integer, default=0)
    reached_alone: Mapped[int] = mapped_column(Integer, default=0)
    visits_to_alone: Mapped[int] = mapped_column(Integer, default=0)


class StatFollowUpDay(_StatDayKey, Base):
    """Follow-ups agreed at closed visits, per visit day × site × staff × kind × status."""

    __tablename__ = "stat_follow_up_day"
    __table_args__ = (Index("ix_stat_follow_up_day_day_site", "day", "site_id"),)

    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    follow_ups: Mapped[int] = mapped_column(Integer, default=0)


class StatDimDay(_StatDayKey, _StepCounts, Base):
    """The dashboard's table: one row per day × site × staff × dimension × value.

    Derived from the tables above for the same (day, site), without crossing the
    dimensions, so a year of a large municipality is a few tens of thousands of rows.
    ``staff_id`` 0 holds the sum over all staff (read when no staff filter is set).
    ``visits`` counts what the dimension counts: visits, follow-ups (``follow_up``) or
    citizens (``self_sufficient``).
    """

    __tablename__ = "stat_dim_day"
    __table_args__ = (
        Index("ix_stat_dim_day_staff_day", "staff_id", "day", "site_id"),
        Index("ix_stat_dim_day_day_site", "day", "site_id"),
        # The dashboard's sums come from this index alone, in its grouping's order.
        Index(
            "ix_stat_dim_day_staff_dim_cover",
            "staff_id",
            "dim",
            "value",
            "day",
            "site_id",
            "visits",
            "visits_with_citizen",
            "minutes",
            "steps_total",
            "steps_alone",
            "steps_guided",
            "steps_staff",
            "runs_completed",
        ),
    )

    dim: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(100))
    visits: Mapped[int] = mapped_column(Integer, default=0)
    visits_with_citizen: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    runs_completed: Mapped[int] = mapped_column(Integer, default=0)


class StatDayState(Base):
    """How many raw visits a (day, site) had when aggregated: fewer now = purged, keep."""

    __tablename__ = "stat_day_state"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    site_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw_visits: Mapped[int] = mapped_column(Integer, default=0)
    aggregated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class StatRunMark(Base):
    """A closed visit's flow run with its step marks summed, written when its (day, site)
    is aggregated (``aggregate_runs.write_run_marks``): the route evidence and the
    self-sufficiency read a citizen's history of runs from here instead of summing every
    step record of it again at each refresh. A run without step records has no row."""

    __tablename__ = "stat_run_mark"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("flow_run.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    total: Mapped[int] = mapped_column(Integer)  # marked steps (not skipped)
    alone: Mapped[int] = mapped_column(Integer)
    guided: Mapped[int] = mapped_column(Integer)
    staff: Mapped[int] = mapped_column(Integer)


class StatDirtyDay(Base):
    """A (day, site) another use case changed; re-aggregated at the next refresh."""

    __tablename__ = "stat_dirty_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    site_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class StatRefresh(Base):
    """One row: changes up to this time are in the aggregates."""

    __tablename__ = "stat_refresh"

    id: Mapped[int] = mapped_column(primary_key=True)
    changes_seen_until: Mapped[dt.datetime] = mapped_column(DateTime)
    rebuilt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
