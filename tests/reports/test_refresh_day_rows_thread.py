"""The one-day refresh's reads on a second connection (``aggregate_parallel``).

On a SQLite file the changed days' run marks and their visit, flow, follow-up and
step-friction rows are computed in a thread on its own connection while the refresh
follows the citizens' history; the result must be what a full rebuild writes, and a
thread failing at either step must leave the work to the main connection.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.database import open_database
from medbetjening.storage import aggregate_parallel
from tests.evidence_seed import NOW
from tests.reports.seed import add_citizen
from tests.reports.test_refresh_equals_rebuild import _snapshot, _visit
from tests.seed import add_site, add_staff


def _refresh_a_new_day(services: Services) -> tuple[dict[str, Any], dict[str, Any]]:
    """(tables after the refresh of a new day, tables after a full rebuild)."""
    rng = random.Random(7)
    sites = (add_site(services, "Rådhuset").id, add_site(services, "Biblioteket").id)
    staff_id = add_staff(services, "Kenni", sites[0], Role.STAFF).id
    with services.database.uow_factory() as uow:
        citizens = [add_citizen(uow.session) for _ in range(20)]
        for citizen in citizens:
            at = NOW - dt.timedelta(days=rng.randint(1, 300))
            _visit(uow.session, rng, rng.choice(sites), staff_id, citizen, at)
        uow.commit()
    services.statistics.rebuild(None)
    with services.database.uow_factory() as uow:
        for citizen in citizens[:12]:
            _visit(uow.session, rng, rng.choice(sites), staff_id, citizen, NOW)
        uow.commit()
    report = services.statistics.refresh(NOW + dt.timedelta(minutes=31))
    assert report is not None and not report.rebuilt
    with services.database.uow_factory() as uow:
        refreshed = _snapshot(uow.session)
    services.statistics.rebuild(None)
    with services.database.uow_factory() as uow:
        return refreshed, _snapshot(uow.session)


def test_the_second_connections_rows_equal_a_rebuild(
    sqlite_migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    days: list[Any] = []
    marks: list[Any] = []
    computed, summed = aggregate_parallel._day_rows, aggregate_parallel._fill_runs

    def counted(*args: Any) -> Any:
        days.append(computed(*args))
        return days[-1]

    def sums_counted(*args: Any) -> Any:
        marks.append(summed(*args))
        return marks[-1]

    monkeypatch.setattr(aggregate_parallel, "_day_rows", counted)
    monkeypatch.setattr(aggregate_parallel, "_fill_runs", sums_counted)
    database = open_database(sqlite_migrated_url)
    try:
        refreshed, rebuilt = _refresh_a_new_day(Services(database))
    finally:
        database.dispose()
    assert len(marks) == 1 and marks[0]  # the new day's run marks came from the thread …
    assert len(days) == 1 and days[0]  # … and its wide rows
    for table, rows in rebuilt.items():
        assert refreshed[table] == rows, table


@pytest.mark.parametrize("step", ["_fill_runs", "_day_rows"])
def test_a_failing_thread_leaves_the_day_to_the_refresh(
    sqlite_migrated_url: str, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    tried: list[bool] = []

    def failing(*_args: Any) -> Any:
        tried.append(True)
        raise RuntimeError("the second connection broke")

    monkeypatch.setattr(aggregate_parallel, step, failing)
    database = open_database(sqlite_migrated_url)
    try:
        refreshed, rebuilt = _refresh_a_new_day(Services(database))
    finally:
        database.dispose()
    assert tried  # the thread was asked, failed, and the refresh did the day itself
    for table, rows in rebuilt.items():
        assert refreshed[table] == rows, table
