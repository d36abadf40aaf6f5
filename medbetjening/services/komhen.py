"""KOMHEN counts: contacts by site × channel × task × type for a counting week (or range).

Guided visits come from the statistics aggregates (a visit with several flows counts
once per task); quick tallies are read raw (a week of them is small). A flow's task is
its ``komhen`` field; a flow without one (or no longer in the library) is counted as
"Andet" and named in a warning, so a lead can fix the flow file.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from medbetjening.domain.contact import OTHER_TASK, QUICK_TASKS, iso_week_of, parse_iso_week
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.errors import InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.services.statistics import StatisticsFilter, StatisticsService
from medbetjening.storage.models import QuickContact, Site, StatFlowDay, StatVisitDay
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

NO_FLOW = ""  # the task of a guided visit in which no flow was run

TYPE_CODES = ("information", "interaction", "transaction")


@dataclass(frozen=True)
class KomhenRow:
    site_id: int
    site_name: str
    channel: str
    task: str  # the KOMHEN task name (Danish), "Andet", or "" (a visit without a flow)
    flow_ids: tuple[str, ...]
    contact_type: str
    contacts: int


@dataclass(frozen=True)
class KomhenReport:
    date_from: dt.date
    date_to: dt.date  # inclusive
    rows: tuple[KomhenRow, ...]
    warnings: tuple[str, ...]  # flows counted as "Andet", in Danish

    @property
    def week(self) -> str | None:
        """``2026-W48`` when the period is exactly one ISO week."""
        is_week = (
            self.date_from.isoweekday() == 1
            and self.date_to - self.date_from == dt.timedelta(days=6)
        )
        return iso_week_of(self.date_from) if is_week else None

    @property
    def total(self) -> int:
        return sum(row.contacts for row in self.rows)


class KomhenService(RetryingService):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog, statistics: StatisticsService
    ) -> None:
        self._uow = uow_factory
        self._catalog = catalog
        self._statistics = statistics

    def week(self, actor, week: str, site_ids: tuple[int, ...] = ()) -> KomhenReport:  # type: ignore[no-untyped-def]
        """The counting week written ``2026-W48``."""
        try:
            monday, sunday = parse_iso_week(week)
        except ValueError as error:
            raise InvalidInput(str(error)) from None
        return self.period(actor, monday, sunday, site_ids)

    def period(
        self, actor, date_from: dt.date, date_to: dt.date, site_ids: tuple[int, ...] = ()
    ) -> KomhenReport:  # type: ignore[no-untyped-def]
        require(actor, Action.VIEW_STATISTICS)
        flt = StatisticsFilter(date_from, date_to, site_ids)
        self._statistics.check_sites(site_ids)  # a mistyped --site would otherwise count zero
        self._statistics.refresh()
        counts: dict[tuple[int, str, str, str], int] = defaultdict(int)
        flows_of: dict[tuple[int, str, str, str], set[str]] = defaultdict(set)
        warnings: dict[str, str] = {}

        def task_of(flow_id: str) -> str:
            summary = self._catalog.flow(flow_id, "da")
            if summary is not None and summary.komhen_task:
                return summary.komhen_task
            name = f"'{summary.title}' ({flow_id})" if summary else f"'{flow_id}'"
            why = "har intet KOMHEN-felt" if summary else "findes ikke i forløbsbiblioteket"
            warnings[flow_id] = f"Forløbet {name} {why} og er talt som '{OTHER_TASK}'."
            return OTHER_TASK

        with self._uow() as uow:
            f, v, q = StatFlowDay, StatVisitDay, QuickContact
            where_f, where_v = self._statistics.where(f, flt), self._statistics.where(v, flt)
            for site, channel, flow_id, ctype, n in uow.session.execute(
                select(f.site_id, f.channel, f.flow_id, f.contact_type, func.sum(f.visits))
                .where(*where_f)
                .group_by(f.site_id, f.channel, f.flow_id, f.contact_type)
            ):
                key = (site, channel, task_of(flow_id), ctype)
                counts[key] += int(n or 0)
                flows_of[key].add(flow_id)
            for site, channel, ctype, n in uow.session.execute(
                select(v.site_id, v.channel, v.contact_type, func.sum(v.visits_without_flow))
                .where(*where_v)
                .group_by(v.site_id, v.channel, v.contact_type)
            ):
                if n:
                    counts[(site, channel, NO_FLOW, ctype)] += int(n)
            start = dt.datetime.combine(date_from, dt.time.min)
            end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min)
            quick_where = [q.at >= start, q.at < end]
            if site_ids:
                quick_where.append(q.site_id.in_(site_ids))
            for site, channel, ctype, flow_id, task, n in uow.session.execute(
                select(q.site_id, q.channel, q.contact_type, q.flow_id, q.task, func.count())
                .where(*quick_where)
                .group_by(q.site_id, q.channel, q.contact_type, q.flow_id, q.task)
            ):
                name = task_of(flow_id) if flow_id else QUICK_TASKS.get(task or "", OTHER_TASK)
                key = (site, channel, name, ctype)
                counts[key] += int(n)
                if flow_id:
                    flows_of[key].add(flow_id)
            names = dict(uow.session.execute(select(Site.id, Site.name)).all())
            audit.record(
                uow.session,
                actor,
                "export.komhen",
                detail=f"{date_from.isoformat()}..{date_to.isoformat()}",
            )
            uow.commit()
        rows = tuple(
            KomhenRow(
                site,
                names.get(site, str(site)),
                channel,
                task,
                tuple(sorted(flows_of[key])),
                ctype,
                n,
            )
            for key, n in sorted(
                counts.items(),
                key=lambda kv: (
                    names.get(kv[0][0], ""),
                    kv[0][1],
                    kv[0][2] == NO_FLOW,
                    kv[0][2],
                    kv[0][3],
                ),
            )
            for site, channel, task, ctype in [key]
        )
        return KomhenReport(date_from, date_to, rows, tuple(warnings[k] for k in sorted(warnings)))
