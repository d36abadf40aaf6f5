"""The statistics dashboard and KOMHEN counts, read from the pre-aggregated tables."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from medbetjening.domain.recurrence import avoided_visits, parse_recurrence
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Autonomy, FollowUpStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import WHERE_SITES, InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.services.referral_stats import RouteCount, route_counts
from medbetjening.services.workshop_stats import WorkshopTotals, workshop_totals
from medbetjening.storage.aggregates import RefreshReport, rebuild_aggregates, refresh_aggregates
from medbetjening.storage.models import QuickContact, Site, StatDimDay
from medbetjening.storage.refresh_lock import is_lock_busy
from medbetjening.storage.stats_sql import as_date
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class StatisticsFilter:
    date_from: dt.date
    date_to: dt.date  # inclusive
    site_ids: tuple[int, ...] = ()  # empty: all sites
    staff_ids: tuple[int, ...] = ()  # empty: all staff
    granularity: str = "week"  # "week" or "month" for the trend

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise InvalidInput("Slutdatoen ligger før startdatoen.")
        if self.granularity not in ("week", "month"):
            raise InvalidInput("Tendensen kan vises pr. uge eller pr. måned.")


@dataclass(frozen=True)
class FlowCount:
    flow_id: str
    title: str
    visits: int
    runs_completed: int


@dataclass(frozen=True)
class AvoidedVisits:
    """Citizens who became self-sufficient with an errand this period, and the counter
    visits that is assumed to save next year (``domain.recurrence.VISITS_A_YEAR``)."""

    flow_id: str
    title: str
    citizens: int
    recurrence: str  # "" when the flow does not say: no estimate
    visits_next_year: float | None


@dataclass(frozen=True)
class TrendPoint:
    period: str  # "2026-W07" or "2026-02"
    visits: int
    autonomous: int
    steps_total: int
    steps_alone: int


@dataclass(frozen=True)
class Dashboard:
    filter: StatisticsFilter
    visits: int
    visits_with_citizen: int
    minutes: int
    by_channel: dict[str, int]
    by_contact_type: dict[str, int]
    by_channel_and_type: dict[tuple[str, str], int]
    steps_by_actor: dict[str, int]  # citizen_alone, citizen_guided, staff
    autonomy: dict[str, int]
    completion: dict[str, int]
    blockers: dict[str, int]
    referrals: dict[str, int]
    top_flows: list[FlowCount]
    follow_ups: dict[str, int]
    self_sufficient: dict[str, int]  # flow title -> citizens
    trend: list[TrendPoint] = field(default_factory=list)
    # Short contacts from the quick tally: in the channel and type counts above, not in
    # ``visits`` nor in any share of visits (they have no outcome, steps or citizen).
    quick_contacts: int = 0
    routes: dict[str, int] = field(default_factory=dict)  # route in force -> visits
    # (proposed, chosen) -> visits where staff chose another route ("?": not kept)
    route_overrides: dict[tuple[str, str], int] = field(default_factory=dict)
    avoided: list[AvoidedVisits] = field(default_factory=list)

    @property
    def route_override_share(self) -> float:
        assessed = sum(self.routes.values())
        return sum(self.route_overrides.values()) / assessed if assessed else 0.0

    # Workshops (courses, IT-cafés): apart from visits and contacts, never in KOMHEN.
    workshops: WorkshopTotals = field(default_factory=WorkshopTotals)
    # issue 21: referrals per route (sender → destination), made/taken up/share
    referral_routes: tuple[RouteCount, ...] = ()

    @property
    def steps_total(self) -> int:
        return sum(self.steps_by_actor.values())

    @property
    def citizen_step_share(self) -> float:
        total = self.steps_total
        done = self.steps_by_actor.get("citizen_alone", 0) + self.steps_by_actor.get(
            "citizen_guided", 0
        )
        return done / total if total else 0.0

    @property
    def autonomous_share(self) -> float:
        rated = sum(n for code, n in self.autonomy.items() if code)
        return self.autonomy.get(Autonomy.AUTONOMOUS.value, 0) / rated if rated else 0.0

    @property
    def follow_ups_done_share(self) -> float:
        total = sum(self.follow_ups.values())
        return self.follow_ups.get(FollowUpStatus.DONE.value, 0) / total if total else 0.0


# Each waits SQLite's busy timeout (10 s): a first rebuild of a large history is waited for.
REFRESH_LOCK_ATTEMPTS = 30


def period_label(day: dt.date, granularity: str) -> str:
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class StatisticsService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    # -- keeping the aggregates current ----------------------------------------
    def refresh(self, now: dt.datetime | None = None) -> RefreshReport | None:
        """Fold recent changes into the aggregates. A refresh running elsewhere (another
        thread or PC) is waited for, then this one sees its work (storage/refresh_lock.py);
        None if the database stayed busy for ``REFRESH_LOCK_ATTEMPTS`` busy timeouts."""
        for _attempt in range(REFRESH_LOCK_ATTEMPTS):
            with self._uow() as uow:
                try:
                    report = refresh_aggregates(uow.session, now)
                    uow.commit()
                except OperationalError as error:
                    uow.rollback()
                    if is_lock_busy(error):  # SQLite: still writing elsewhere; wait again
                        continue
                    return None  # use the aggregates that are there
                return report
        return None

    def rebuild(
        self, actor: ActorContext | None, progress: Callable[[int, int], None] | None = None
    ) -> RefreshReport:
        """Aggregate everything again (demo data, ``medbetjening stats rebuild``)."""
        if actor is not None:
            require(actor, Action.VIEW_STATISTICS)
        with self._uow() as uow:
            report = rebuild_aggregates(uow.session, progress=progress)
            audit.record(uow.session, actor, "statistics.rebuild", detail=f"{report.days} dage")
            uow.commit()
            return report

    # -- the dashboard -------------------------------------------------------------
    def dashboard(self, actor: ActorContext, flt: StatisticsFilter) -> Dashboard:
        require(actor, Action.VIEW_STATISTICS)
        self.check_sites(flt.site_ids)
        self.refresh()
        d = StatDimDay
        where = self.where(d, flt)
        where.append(d.staff_id.in_(flt.staff_ids) if flt.staff_ids else d.staff_id == 0)
        with self._uow() as uow:
            breakdown = uow.session.execute(
                select(
                    d.dim,
                    d.value,
                    func.sum(d.visits),
                    func.sum(d.visits_with_citizen),
                    func.sum(d.minutes),
                    func.sum(d.steps_alone),
                    func.sum(d.steps_guided),
                    func.sum(d.steps_staff),
                    func.sum(d.runs_completed),
                )
                .where(*where)
                .group_by(d.dim, d.value)
            ).all()
            # One seek per series (dim and value equal): the covering index answers each.
            by_day = [
                (day, dim, n, s_total, s_alone)
                for dim, value in (("all", ""), ("autonomy", Autonomy.AUTONOMOUS.value))
                for day, n, s_total, s_alone in uow.session.execute(
                    select(
                        d.day, func.sum(d.visits), func.sum(d.steps_total), func.sum(d.steps_alone)
                    )
                    .where(*where, d.dim == dim, d.value == value)
                    .group_by(d.day)
                )
            ]
            workshops = workshop_totals(uow.session, flt)

        counts: dict[str, dict[str, int]] = defaultdict(dict)
        visits = with_citizen = minutes = 0
        steps = {"citizen_alone": 0, "citizen_guided": 0, "staff": 0}
        flows: list[FlowCount] = []
        for dim, value, n, n_citizen, mins, alone, guided, staff, completed in breakdown:
            n = int(n or 0)
            if dim == "all":
                visits, with_citizen, minutes = n, int(n_citizen or 0), int(mins or 0)
                steps = {
                    "citizen_alone": int(alone or 0),
                    "citizen_guided": int(guided or 0),
                    "staff": int(staff or 0),
                }
            elif dim == "flow":
                flows.append(FlowCount(value, self._title(value), n, int(completed or 0)))
            elif n:
                counts[dim][value] = n
        trend: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for day, dim, n, s_total, s_alone in by_day:
            point = trend[period_label(as_date(day), flt.granularity)]
            if dim == "all":
                point[0] += int(n or 0)
                point[2] += int(s_total or 0)
                point[3] += int(s_alone or 0)
            else:
                point[1] += int(n or 0)

        def ordered(values: dict[str, int]) -> dict[str, int]:
            return dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))

        by_both: Counter[tuple[str, str]] = Counter()
        for key, n in counts["channel_type"].items():
            channel, _, contact_type = key.partition("|")
            by_both[(channel, contact_type)] += n
        quick = self._quick_contacts(flt)
        by_both.update(quick)
        by_channel: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        for (channel, contact_type), n in by_both.items():
            by_channel[channel] += n
            by_type[contact_type] += n
        return Dashboard(
            filter=flt,
            visits=visits,
            visits_with_citizen=with_citizen,
            minutes=minutes,
            by_channel=dict(by_channel),
            by_contact_type=dict(by_type),
            by_channel_and_type=dict(by_both),
            steps_by_actor=steps,
            autonomy=counts["autonomy"],
            completion=counts["completion"],
            blockers=ordered(counts["reason"]),
            referrals=ordered(counts["referral"]),
            top_flows=sorted(flows, key=lambda c: (-c.visits, c.title))[:10],
            follow_ups=counts["follow_up"],
            self_sufficient={
                self._title(fid): n for fid, n in ordered(counts["self_sufficient"]).items()
            },
            trend=[
                TrendPoint(period, *values)
                for period, values in sorted(trend.items(), key=lambda item: item[0])
            ],
            quick_contacts=sum(quick.values()),
            routes=ordered(counts["route"]),
            route_overrides=dict(
                sorted(
                    ((proposed, chosen), n)
                    for key, n in counts["route_override"].items()
                    for proposed, _, chosen in [key.partition(">")]
                )
            ),
            avoided=self._avoided(ordered(counts["self_sufficient"])),
            workshops=workshops,
            referral_routes=self._referral_routes(flt),
        )

    def _avoided(self, citizens: dict[str, int]) -> list[AvoidedVisits]:
        rows = []
        for flow_id, n in citizens.items():
            summary = self._catalog.flow(flow_id, "da")
            recurrence = summary.recurrence if summary else ""
            title = summary.title if summary else flow_id
            estimate = avoided_visits(n, parse_recurrence(recurrence))
            rows.append(AvoidedVisits(flow_id, title, n, recurrence, estimate))
        return sorted(rows, key=lambda r: (-(r.visits_next_year or 0), -r.citizens, r.title))

    def _referral_routes(self, flt: StatisticsFilter) -> tuple[RouteCount, ...]:
        with self._uow() as uow:
            return route_counts(uow.session, flt)

    def _quick_contacts(self, flt: StatisticsFilter) -> Counter[tuple[str, str]]:
        """Quick tallies by (channel, type), read raw: a row per short contact, no citizen."""
        q = QuickContact
        where = [
            q.at >= dt.datetime.combine(flt.date_from, dt.time.min),
            q.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min),
        ]
        if flt.site_ids:
            where.append(q.site_id.in_(flt.site_ids))
        if flt.staff_ids:
            where.append(q.staff_id.in_(flt.staff_ids))
        with self._uow() as uow:
            rows = uow.session.execute(
                select(q.channel, q.contact_type, func.count())
                .where(*where)
                .group_by(q.channel, q.contact_type)
            ).all()
        return Counter({(channel, ctype): int(n) for channel, ctype, n in rows})

    # -- helpers ---------------------------------------------------------------------------
    def _title(self, flow_id: str) -> str:
        summary = self._catalog.flow(flow_id, "da")
        return summary.title if summary else flow_id

    def check_sites(self, site_ids: tuple[int, ...]) -> None:
        """Raise InvalidInput naming every site id that does not exist (as the visit export)."""
        if not site_ids:
            return
        with self._uow() as uow:
            known = set(uow.session.scalars(select(Site.id).where(Site.id.in_(site_ids))))
        missing = sorted(set(site_ids) - known)
        if len(missing) == 1:
            raise InvalidInput(f"Stedet '{missing[0]}' findes ikke ({WHERE_SITES}).")
        if missing:
            names = ", ".join(f"'{site_id}'" for site_id in missing)
            raise InvalidInput(f"Stederne {names} findes ikke ({WHERE_SITES}).")

    @staticmethod
    def where(table, flt: StatisticsFilter) -> list:  # type: ignore[no-untyped-def]
        where = [table.day >= flt.date_from, table.day <= flt.date_to]
        if flt.site_ids:
            where.append(table.site_id.in_(flt.site_ids))
        if flt.staff_ids:
            where.append(table.staff_id.in_(flt.staff_ids))
        return where
