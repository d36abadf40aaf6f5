"""The evidence beside the route at the counter: what happened to similar citizens.

Read from ``stat_route_evidence`` (the daily evidence rows summed by the statistics
refresh), never from the raw visits: one indexed read of the errand's and band's few
rows, then ``domain.route_evidence`` and ``domain.recurrence`` decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from medbetjening.domain.recurrence import ErrandRoute, parse_recurrence, weigh_route
from medbetjening.domain.roles import Action
from medbetjening.domain.route_evidence import (
    MINIMUM_COUNT,
    Evidence,
    EvidenceCounts,
    EvidenceRow,
    barrier_key,
    counter_evidence,
    level_band,
)
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.flow_catalog import FlowCatalog
from medbetjening.storage.models import StatRefresh, StatRouteEvidence
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class ErrandEvidence:
    flow_id: str
    title: str
    recurrence: str  # "" when the flow does not say
    errand_route: ErrandRoute  # the citizen's route weighed by the errand's recurrence
    evidence: Evidence  # figures for errand_route.route and the alternatives
    counted_until: dt.datetime | None  # the statistics hold changes up to this time


class RouteEvidenceService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory, catalog: FlowCatalog) -> None:
        self._uow = uow_factory
        self._catalog = catalog

    def for_errand(
        self,
        actor: ActorContext,
        flow_id: str,
        route: str,
        level: int | None,
        barriers: Iterable[str] = (),
        wish: str | None = None,
        level_max: int | None = None,
    ) -> ErrandEvidence:
        """``level`` is the stored level (None: not settled, band "?"); ``route`` the
        route in force; ``wish`` the "wants to learn" answer code, if answered."""
        require(actor, Action.RECORD_VISIT)
        summary = self._catalog.flow(flow_id, "da")
        if summary is None:
            raise InvalidInput(f"Forløbet '{flow_id}' findes ikke (se listen over forløb).")
        if not route:
            raise InvalidInput("Der er ingen anbefaling endnu: vurder borgerens kompetencer.")
        recurrence = parse_recurrence(summary.recurrence)
        errand = weigh_route(route, recurrence, wish, level_max)
        band = level_band(level)
        e = StatRouteEvidence
        with self._uow() as uow:
            # Core, not the ORM: a few plain rows, read while the clerk waits
            connection = uow.session.connection()
            rows = connection.execute(
                select(
                    e.route,
                    e.barriers,
                    func.sum(e.episodes),
                    func.sum(e.known),
                    func.sum(e.alone),
                    func.sum(e.reached_alone),
                    func.sum(e.visits_to_alone),
                )
                .where(e.flow_id == flow_id, e.level_band == band)
                .group_by(e.route, e.barriers)
            ).all()
            counted_until = connection.execute(select(StatRefresh.changes_seen_until)).scalar()
        evidence = counter_evidence(
            [
                EvidenceRow(r, b, EvidenceCounts(*(int(n or 0) for n in numbers)))
                for r, b, *numbers in rows
            ],
            band,
            flow_id,
            barrier_key(barriers),
            errand.route,
            MINIMUM_COUNT,
        )
        return ErrandEvidence(
            flow_id, summary.title, summary.recurrence, errand, evidence, counted_until
        )
