"""The refresh after a new day writes exactly what aggregating everything again writes.

The refresh updates only the earlier episodes of the citizens and errands in the
changed (day, site) pairs and adds the differences to the totals (aggregate_episodes);
a mixed history over two sites and 14 months, then a new day at both sites with some
of the same citizens, must leave every statistics table as a full rebuild does.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.storage.aggregate_sources import STAT_TABLES
from medbetjening.storage.models import (
    FollowUp,
    StatDayState,
    StatDimDay,
    StatErrandEvent,
    StatRouteEvidence,
    StatRouteEvidenceDay,
    StatRunMark,
)
from tests.evidence_seed import ALONE, GUIDED, NOW, assess
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff

FLOWS = ("boligstoette", "digital-post")
ROUTES = ("medbetjening", "staff_assisted", "self_service")


def _visit(
    session, rng: random.Random, site: int, staff: int, citizen: int, at: dt.datetime
) -> None:  # type: ignore[no-untyped-def]
    flows = rng.sample(FLOWS, rng.choice((1, 1, 2)))
    runs = [Run(flow, ALONE if rng.random() < 0.4 else GUIDED) for flow in flows]
    visit_id = add_visit(session, Seed(site, staff, at, citizen_id=citizen, runs=runs))
    if rng.random() < 0.7:
        level = rng.choice((None, 0, 1, 2, 3))
        assess(session, visit_id, level, rng.choice(ROUTES), rng.choice(("", "language")))
    if rng.random() < 0.2:
        session.add(
            FollowUp(
                visit_id=visit_id,
                citizen_id=citizen,
                site_id=site,
                due_date=(at + dt.timedelta(days=14)).date(),
                status="done",
                result=rng.choice(("managed_alone", "needed_help")),
                done_at=at + dt.timedelta(days=14),
            )
        )


def _snapshot(session) -> dict[str, list[tuple[Any, ...]]]:  # type: ignore[no-untyped-def]
    tables = [*STAT_TABLES, StatDimDay, StatRouteEvidence, StatDayState, StatRunMark]
    tables.append(StatErrandEvent)
    found = {}
    for table in tables:
        columns = [c for c in table.__table__.columns if c.name not in ("id", "aggregated_at")]
        found[table.__tablename__] = sorted(
            tuple(str(v) for v in row) for row in session.execute(select(*columns))
        )
    return found


def test_refresh_after_a_new_day_equals_a_full_rebuild(pc: Services) -> None:
    services = pc
    rng = random.Random(20)
    sites = (add_site(services, "Rådhuset").id, add_site(services, "Biblioteket").id)
    staff_id = add_staff(services, "Kenni", sites[0], Role.STAFF).id
    citizens: list[int] = []

    def session_of(fn: Callable[[Any], None]) -> None:
        with services.database.uow_factory() as uow:
            fn(uow.session)
            uow.commit()

    def history(session) -> None:  # type: ignore[no-untyped-def]
        for _ in range(40):
            citizen = add_citizen(session)
            citizens.append(citizen)
            for _ in range(rng.randint(1, 5)):
                at = NOW - dt.timedelta(days=rng.randint(1, 420), hours=rng.randint(0, 5))
                _visit(session, rng, rng.choice(sites), staff_id, citizen, at)

    session_of(history)
    services.statistics.rebuild(None)
    with services.database.uow_factory() as uow:
        evidence_before = _snapshot(uow.session)["stat_route_evidence"]

    def new_day(session) -> None:  # type: ignore[no-untyped-def]
        # Closed at NOW + 30 minutes: after the rebuild's watermark.
        for citizen in rng.sample(citizens, 15) + [add_citizen(session)]:
            _visit(session, rng, rng.choice(sites), staff_id, citizen, NOW)

    session_of(new_day)
    report = services.statistics.refresh(NOW + dt.timedelta(minutes=31))
    assert report is not None and not report.rebuilt
    with services.database.uow_factory() as uow:
        refreshed = _snapshot(uow.session)
        earlier_rows = uow.session.scalars(
            select(StatRouteEvidenceDay.day).where(StatRouteEvidenceDay.day < NOW.date())
        ).all()
    assert earlier_rows  # the history has earlier episodes …
    assert refreshed["stat_route_evidence"] != evidence_before  # … and the new day moved them
    services.statistics.rebuild(None)
    with services.database.uow_factory() as uow:
        rebuilt = _snapshot(uow.session)
    for table, rows in rebuilt.items():
        assert refreshed[table] == rows, table
