"""The evidence beside the route at the counter (issue 20): ≤ 10 ms at 1M visits."""

from __future__ import annotations

import statistics
import time

from tests.benchmarks.runner import Context, Result, measure

LIMIT_S = 0.010


@measure("counter_evidence")
def counter_evidence(ctx: Context) -> Result:
    """services.route_evidence.for_errand for the errand and level band with the most
    episodes (the largest read), after the statistics are current."""
    from sqlalchemy import func, select

    from medbetjening.storage.models import StatRouteEvidenceDay as E

    services, staff = ctx.services, ctx.actor("staff")
    services.statistics.refresh()
    with services.database.uow_factory() as uow:
        busiest = uow.session.execute(
            select(E.flow_id, E.level_band, func.sum(E.episodes))
            .group_by(E.flow_id, E.level_band)
            .order_by(func.sum(E.episodes).desc())
            .limit(1)
        ).first()
    if busiest is None:
        return Result("counter_evidence", None, "s", note="no evidence rows in the demo data")
    flow_id, band, episodes = busiest
    level = None if band == "?" else int(band)
    services.route_evidence.for_errand(staff, flow_id, "medbetjening", level)  # warm
    runs = []
    for _ in range(21):
        started = time.perf_counter()
        services.route_evidence.for_errand(staff, flow_id, "medbetjening", level, ("language",))
        runs.append(time.perf_counter() - started)
    return Result(
        "counter_evidence", statistics.median(runs), "s", max_value=LIMIT_S,
        note=f"median of 21: {flow_id}, band {band} ({episodes} episodes) from the statistics",
    )  # fmt: skip
