"""A full rebuild writes the route evidence a block of citizens at a time, after the
months (storage/aggregate_rebuild.py): a day whose visits retention deleted must keep
its episode rows and its share of the totals, and the other days must be counted anew.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.storage.models import StatRouteEvidence, StatRouteEvidenceDay, Visit
from tests.evidence_seed import START, history
from tests.seed import add_site, add_staff


def _evidence(services: Services) -> tuple[list[tuple[str, ...]], tuple[int, ...]]:
    with services.database.uow_factory() as uow:
        t = StatRouteEvidenceDay
        rows = uow.session.execute(
            select(t.day, t.site_id, t.flow_id, t.route, t.episodes, t.known, t.alone)
        ).all()
        totals = uow.session.execute(
            select(func.sum(StatRouteEvidence.episodes), func.sum(StatRouteEvidence.alone))
        ).one()
    return sorted(tuple(str(v) for v in row) for row in rows), tuple(totals)


def test_a_purged_day_keeps_its_episodes_through_a_rebuild(pc: Services) -> None:
    services = pc
    site = add_site(services, "Rådhuset").id
    staff = add_staff(services, "Kenni", site, Role.STAFF).id
    with services.database.uow_factory() as uow:
        # Three citizens helped at START; two came back alone, one needed help again.
        nexts = [[("alone", 40)], [("alone", 90)], [("helped", 60)]]
        history(uow.session, site, staff, 2, "medbetjening", nexts)
        uow.commit()
    services.statistics.rebuild(None)
    rows, totals = _evidence(services)
    assert totals == (3, 2)
    with services.database.uow_factory() as uow:  # retention deletes two of START's visits
        start_day = [
            Visit.started_at >= dt.datetime.combine(START.date(), dt.time.min),
            Visit.started_at < dt.datetime.combine(START.date(), dt.time.max),
        ]
        ids = uow.session.scalars(select(Visit.id).where(*start_day).order_by(Visit.id)).all()
        assert len(ids) == 3
        uow.session.execute(delete(Visit).where(Visit.id.in_(ids[:2])))
        uow.commit()
    report = services.statistics.rebuild(None)
    assert report is not None and report.kept == 1
    assert _evidence(services) == (rows, totals)  # the purged day's episodes stay
    services.statistics.refresh()  # and a refresh after it changes nothing either
    assert _evidence(services) == (rows, totals)


def test_the_rebuild_reaches_100_percent_only_after_the_route_evidence(
    pc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The evidence pass after the months is a step of its own: a progress bar at 100 %
    while it still runs (≈ 20 s at 1M visits) would look hung."""
    import medbetjening.storage.aggregates as aggregates

    services = pc
    site = add_site(services, "Rådhuset").id
    staff = add_staff(services, "Kenni", site, Role.STAFF).id
    with services.database.uow_factory() as uow:
        history(uow.session, site, staff, 2, "medbetjening", [[("alone", 40)]])
        uow.commit()
    seen: list[tuple[int, int]] = []
    evidence_at: list[int] = []
    original = aggregates.write_evidence_by_citizens

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        evidence_at.append(len(seen))
        return original(*args, **kwargs)

    monkeypatch.setattr(aggregates, "write_evidence_by_citizens", watched)
    services.statistics.rebuild(None, progress=lambda n, total: seen.append((n, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert evidence_at and all(n < total for n, total in seen[: evidence_at[0]])
