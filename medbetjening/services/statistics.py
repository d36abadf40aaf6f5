"""The statistics dashboard and KOMHEN counts, read from the pre-aggregated tables."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Autonomy, FollowUpStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.storage.aggregates import RefreshReport, rebuild_aggregates, refresh_aggregates
from medbetjening.storage.models import (
    StatFlowDay,
    StatFollowUpDay,
    StatSelfSufficiencyDay,
    StatVisitDay,
)
from medbetjening.storage.stats_sql import as_date
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

NO_FLOW = ""  # the KOMHEN task of a visit without any flow


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
    runs: int
    runs_completed: int


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


@dataclass(frozen=True)
class KomhenRow:
    channel: str
    task: str  # KOMHEN task (from the flow catalog), the flow title, or "" (no flow)
    flow_ids: tuple[str, ...]
    contact_type: str
    contacts: int


def period_label(day: dt.date, granularity: str) -> str:
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class StatisticsService:
    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    # -- keeping the aggregates current ----------------------------------------
    def refresh(self, now: dt.datetime | None = None) -> RefreshReport | None:
        """Fold recent changes into the aggregates; None if another PC holds the lock."""
        with self._uow() as uow:
            try:
                report = refresh_aggregates(uow.session, now)
                uow.commit()
            except OperationalError:  # SQLite busy: another refresh is writing; use what is there
                uow.rollback()
                return None
            return report

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
        self.refresh()
        with self._uow() as uow:
            session = uow.session
            v = StatVisitDay
            rows = session.execute(
                select(
                    v.day,
                    v.channel,
                    v.contact_type,
                    v.completion,
                    v.autonomy,
                    v.reason,
                    v.referral,
                    func.sum(v.visits),
                    func.sum(v.visits_with_citizen),
                    func.sum(v.minutes),
                    func.sum(v.steps_total),
                    func.sum(v.steps_alone),
                    func.sum(v.steps_guided),
                    func.sum(v.steps_staff),
                )
                .where(*self._where(v, flt))
                .group_by(
                    v.day, v.channel, v.contact_type, v.completion, v.autonomy, v.reason, v.referral
                )
            ).all()
            f = StatFlowDay
            flow_rows = session.execute(
                select(
                    f.flow_id,
                    func.sum(f.visits),
                    func.sum(f.runs),
                    func.sum(f.runs_completed),
                )
                .where(*self._where(f, flt))
                .group_by(f.flow_id)
            ).all()
            u = StatFollowUpDay
            follow_rows = session.execute(
                select(u.status, func.sum(u.follow_ups))
                .where(*self._where(u, flt))
                .group_by(u.status)
            ).all()
            s = StatSelfSufficiencyDay
            self_rows = session.execute(
                select(s.flow_id, func.sum(s.citizens))
                .where(*self._where(s, flt))
                .group_by(s.flow_id)
            ).all()

        by_channel: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        by_both: Counter[tuple[str, str]] = Counter()
        autonomy: Counter[str] = Counter()
        completion: Counter[str] = Counter()
        blockers: Counter[str] = Counter()
        referrals: Counter[str] = Counter()
        steps: Counter[str] = Counter()
        trend: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        visits = with_citizen = minutes = 0
        for (
            day,
            channel,
            contact_type,
            compl,
            auto,
            reason,
            referral,
            n,
            n_citizen,
            mins,
            s_total,
            s_alone,
            s_guided,
            s_staff,
        ) in rows:
            visits += n
            with_citizen += n_citizen or 0
            minutes += mins or 0
            by_channel[channel] += n
            by_type[contact_type] += n
            by_both[(channel, contact_type)] += n
            if auto:
                autonomy[auto] += n
            if compl:
                completion[compl] += n
            if reason:
                blockers[reason] += n
            if referral:
                referrals[referral] += n
            steps["citizen_alone"] += s_alone or 0
            steps["citizen_guided"] += s_guided or 0
            steps["staff"] += s_staff or 0
            point = trend[period_label(as_date(day), flt.granularity)]
            point[0] += n
            point[1] += n if auto == Autonomy.AUTONOMOUS.value else 0
            point[2] += s_total or 0
            point[3] += s_alone or 0
        top = sorted(
            (
                FlowCount(fid, self._title(fid), int(fv or 0), int(fr or 0), int(fc or 0))
                for fid, fv, fr, fc in flow_rows
            ),
            key=lambda c: (-c.visits, c.title),
        )[:10]
        return Dashboard(
            filter=flt,
            visits=visits,
            visits_with_citizen=with_citizen,
            minutes=minutes,
            by_channel=dict(by_channel),
            by_contact_type=dict(by_type),
            by_channel_and_type=dict(by_both),
            steps_by_actor={k: steps[k] for k in ("citizen_alone", "citizen_guided", "staff")},
            autonomy=dict(autonomy),
            completion=dict(completion),
            blockers=dict(blockers.most_common()),
            referrals=dict(referrals.most_common()),
            top_flows=top,
            follow_ups={status: int(n or 0) for status, n in follow_rows},
            self_sufficient={
                self._title(fid): int(n or 0)
                for fid, n in sorted(self_rows, key=lambda r: (-(r[1] or 0), r[0]))
            },
            trend=[
                TrendPoint(period, *values)
                for period, values in sorted(trend.items(), key=lambda item: item[0])
            ],
        )

    # -- KOMHEN ------------------------------------------------------------------------
    def komhen(
        self,
        actor: ActorContext,
        date_from: dt.date,
        date_to: dt.date,
        site_ids: tuple[int, ...] = (),
    ) -> list[KomhenRow]:
        """Contacts by channel × task × type; a visit with several flows counts once per task."""
        require(actor, Action.VIEW_STATISTICS)
        flt = StatisticsFilter(date_from, date_to, site_ids)
        self.refresh()
        with self._uow() as uow:
            f, v = StatFlowDay, StatVisitDay
            with_flow = uow.session.execute(
                select(f.channel, f.flow_id, f.contact_type, func.sum(f.visits))
                .where(*self._where(f, flt))
                .group_by(f.channel, f.flow_id, f.contact_type)
            ).all()
            without_flow = uow.session.execute(
                select(v.channel, v.contact_type, func.sum(v.visits_without_flow))
                .where(*self._where(v, flt))
                .group_by(v.channel, v.contact_type)
            ).all()
            audit.record(
                uow.session,
                actor,
                "export.komhen",
                detail=f"{date_from.isoformat()}..{date_to.isoformat()}",
            )
            uow.commit()
        counts: dict[tuple[str, str, str], int] = defaultdict(int)
        flows_of: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for channel, flow_id, contact_type, n in with_flow:
            summary = self._catalog.flow(flow_id, "da")
            task = (summary.komhen_task or summary.title) if summary else flow_id
            counts[(channel, task, contact_type)] += int(n or 0)
            flows_of[(channel, task, contact_type)].add(flow_id)
        for channel, contact_type, n in without_flow:
            if n:
                counts[(channel, NO_FLOW, contact_type)] += int(n)
        return [
            KomhenRow(channel, task, tuple(sorted(flows_of[key])), contact_type, n)
            for key, n in sorted(counts.items())
            for channel, task, contact_type in [key]
        ]

    # -- helpers ---------------------------------------------------------------------------
    def _title(self, flow_id: str) -> str:
        summary = self._catalog.flow(flow_id, "da")
        return summary.title if summary else flow_id

    @staticmethod
    def _where(table, flt: StatisticsFilter) -> list:  # type: ignore[no-untyped-def]
        where = [table.day >= flt.date_from, table.day <= flt.date_to]
        if flt.site_ids:
            where.append(table.site_id.in_(flt.site_ids))
        if flt.staff_ids:
            where.append(table.staff_id.in_(flt.staff_ids))
        return where
