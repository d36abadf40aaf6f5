"""Step friction: where in each public self-service the citizens at the counter got stuck.

Read from the pre-aggregated ``stat_step_friction_day`` (kept by the statistics refresh).
Two uses:

- ``report``: the anonymous table meant for the service's owner (Udbetaling Danmark,
  Digitaliseringsstyrelsen, Skattestyrelsen, the municipality's own team): per flow and
  step the runs that reached it, met an obstacle there by kind, had staff do it and
  stopped there, every count under 5 suppressed and more hidden where a suppressed one
  could be worked out (``domain/disclosure.py``). Each flow names its pages and the
  dates they were checked, so the owner knows which version of the service it concerns.
- ``top_steps``: the lead's dashboard list of the steps with most friction (internal,
  unsuppressed, like the rest of the dashboard).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from medbetjening.domain.disclosure import Shown
from medbetjening.domain.flows import Flow
from medbetjening.domain.friction import COLUMNS, REACHED, TOTAL, protect_block
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.statistics import StatisticsFilter, StatisticsService
from medbetjening.storage.friction_aggregates import StepCounts, step_counts
from medbetjening.storage.models import Site, StatFlowDay
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class Cell:
    value: int  # the true count: only ``text`` leaves the program
    shown: Shown

    @property
    def visible(self) -> int | None:
        return self.value if self.shown is Shown.VALUE else None


@dataclass(frozen=True)
class FrictionStep:
    step_id: str
    position: int | None  # 1-based in today's flow; None: the flow no longer has it
    text: str  # the step in the citizen's words (today's flow), "" when unknown
    source: str  # the official page the step was checked against ("" never checked)
    verified: dt.date | None
    cells: Mapping[str, Cell]  # by column (``domain.friction.COLUMNS``)


@dataclass(frozen=True)
class FrictionFlow:
    flow_id: str
    title: str
    sources: tuple[str, ...]  # the flow's official pages
    verified_from: dt.date | None  # the oldest and newest check of its steps
    verified_to: dt.date | None
    steps: tuple[FrictionStep, ...]
    total: Mapping[str, Cell]  # "reached" holds the runs started


@dataclass(frozen=True)
class FrictionReport:
    date_from: dt.date
    date_to: dt.date
    site_names: tuple[str, ...]  # empty: all sites
    flows: tuple[FrictionFlow, ...]
    language: str = "da"


@dataclass(frozen=True)
class FrictionRank:
    flow_id: str
    flow_title: str
    position: int | None
    step_text: str
    reached: int
    friction: int  # runs that met an obstacle, had staff do it or stopped here


class FrictionService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        flows: Callable[[], Mapping[str, Flow]],
        statistics: StatisticsService,
    ) -> None:
        self._uow = uow_factory
        self._flows = flows  # called on use: the flow library loads lazily
        self._statistics = statistics

    def report(
        self, actor: ActorContext, flt: StatisticsFilter, language: str = "da"
    ) -> FrictionReport:
        """The suppressed table for the services' owners (audited as an export)."""
        require(actor, Action.VIEW_STATISTICS)
        self._statistics.check_sites(flt.site_ids)
        self._statistics.refresh()
        with self._uow() as uow:
            counts = step_counts(uow.session, flt.date_from, flt.date_to, flt.site_ids)
            runs = self._runs(uow.session, flt)
            names = dict(uow.session.execute(select(Site.id, Site.name)).all())
            audit.record(
                uow.session,
                actor,
                "export.friction",
                detail=f"{flt.date_from.isoformat()}..{flt.date_to.isoformat()}"
                + (f" sted {','.join(map(str, flt.site_ids))}" if flt.site_ids else ""),
            )
            uow.commit()
        by_flow: dict[str, list[StepCounts]] = defaultdict(list)
        for row in counts:
            by_flow[row.flow_id].append(row)
        library = self._flows()
        blocks = [
            self._block(flow_id, rows, runs.get(flow_id, 0), library.get(flow_id), language)
            for flow_id, rows in by_flow.items()
        ]
        blocks.sort(key=lambda b: b.title.casefold())
        sites = tuple(names.get(i, str(i)) for i in flt.site_ids)
        return FrictionReport(flt.date_from, flt.date_to, sites, tuple(blocks), language)

    def top_steps(
        self, actor: ActorContext, flt: StatisticsFilter, limit: int = 10
    ) -> list[FrictionRank]:
        """The steps where most runs met friction in the period (the dashboard's list)."""
        require(actor, Action.VIEW_STATISTICS)
        self._statistics.check_sites(flt.site_ids)
        self._statistics.refresh()
        with self._uow() as uow:
            counts = step_counts(uow.session, flt.date_from, flt.date_to, flt.site_ids)
        library = self._flows()
        merged: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for row in counts:
            key = (row.flow_id, _step_key(row, library.get(row.flow_id)))
            merged[key][0] += row.runs_reached
            merged[key][1] += row.runs_friction
        ranks = []
        for (flow_id, key), (reached, friction) in merged.items():
            flow = library.get(flow_id)
            position, text = _describe(flow, key, "da")
            title = flow.title.get("da") if flow else flow_id
            ranks.append(FrictionRank(flow_id, title, position, text, reached, friction))
        ranks = [r for r in ranks if r.friction > 0]
        ranks.sort(key=lambda r: (-r.friction, -r.reached, r.flow_title, r.position or 0))
        return ranks[:limit]

    # -- helpers -------------------------------------------------------------------
    def _runs(self, session, flt: StatisticsFilter) -> dict[str, int]:  # type: ignore[no-untyped-def]
        f = StatFlowDay
        where = [f.day >= flt.date_from, f.day <= flt.date_to]
        if flt.site_ids:
            where.append(f.site_id.in_(flt.site_ids))
        query = select(f.flow_id, func.sum(f.runs)).where(*where).group_by(f.flow_id)
        return {flow_id: int(n or 0) for flow_id, n in session.execute(query)}

    def _block(
        self,
        flow_id: str,
        rows: list[StepCounts],
        runs: int,
        flow: Flow | None,
        language: str,
    ) -> FrictionFlow:
        sums: dict[Hashable, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
        for row in rows:
            step = sums[_step_key(row, flow)]
            for column in COLUMNS:
                step[column] += getattr(row, column)
        order = [s.id for s in flow.steps] if flow else []
        keys = sorted(sums, key=lambda k: (order.index(k) if k in order else len(order), k))
        block: dict[Hashable, dict[str, int]] = {k: sums[k] for k in keys}
        block[TOTAL] = {c: sum(sums[k][c] for k in keys) for c in COLUMNS}
        block[TOTAL][REACHED] = runs
        # Today's order; a relation along it is used only where it holds exactly.
        shown = protect_block(block, [k for k in order if k in sums])

        def cells(row: Hashable) -> dict[str, Cell]:
            return {c: Cell(block[row][c], shown[(row, c)]) for c in COLUMNS}

        steps = []
        for key in keys:
            position, text = _describe(flow, key, language)
            step = flow.steps[position - 1] if flow and position else None
            steps.append(
                FrictionStep(
                    key,
                    position,
                    text,
                    (step.source or "") if step else "",
                    step.verified if step else None,
                    cells(key),
                )
            )
        dates = [s.verified for s in flow.steps if s.verified] if flow else []
        return FrictionFlow(
            flow_id,
            flow.title.get(language) if flow else flow_id,
            tuple(flow.sources) if flow else (),
            min(dates, default=None),
            max(dates, default=None),
            tuple(steps),
            cells(TOTAL),
        )


def _step_key(row: StepCounts, flow: Flow | None) -> str:
    """The step a row belongs to: its recorded id, else today's step at its position."""
    if row.step_id:
        return row.step_id
    if flow is not None and 0 <= row.step_index < len(flow.steps):
        return flow.steps[row.step_index].id
    return f"#{row.step_index + 1}"  # a position today's flow does not have


def _describe(flow: Flow | None, key: str, language: str) -> tuple[int | None, str]:
    if flow is not None:
        for number, step in enumerate(flow.steps, start=1):
            if step.id == key:
                return number, step.citizen.get(language)
    return None, ""
