"""The demo's rebuild with the route evidence in a second process writes what the
one-process rebuild writes; a failing worker fails the rebuild and keeps the old rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, func, select

from medbetjening.demo import demo_stats_parallel
from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.demo.demo_pipeline import worker_available
from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.services.database import Database, open_database
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import StatRouteEvidenceDay, Visit
from tests.reports.test_refresh_equals_rebuild import _snapshot

NOW = dt.datetime(2026, 3, 11, 12, 30)
pytestmark = pytest.mark.skipif(not worker_available(), reason="no fork on this platform")


@pytest.fixture
def db(sqlite_migrated_url: str) -> Iterator[Database]:
    """A small demo database, its statistics not yet built."""
    database = open_database(sqlite_migrated_url)
    try:
        generate_demo_data(database.engine, 300, now=NOW, seed=3, in_worker=False)
        yield database
    finally:
        database.dispose()


def test_two_processes_write_what_one_writes(db: Database) -> None:
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=True)
    with db.uow_factory() as uow:
        two = _snapshot(uow.session)
        episodes = uow.session.scalar(select(func.count()).select_from(StatRouteEvidenceDay))
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:
        one = _snapshot(uow.session)
    assert episodes  # the worker's rows are there, not an empty table twice
    assert two == one


def test_a_failing_worker_fails_the_rebuild(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:
        before = _snapshot(uow.session)

    def broken(session):  # type: ignore[no-untyped-def]
        raise ValueError("stopped half-way")
        yield []

    monkeypatch.setattr(demo_stats_parallel, "evidence_blocks", broken)  # forked with it
    with pytest.raises(RuntimeError, match="half-way"):
        demo_stats_parallel.rebuild_in_two(db.engine, in_worker=True)
    with db.uow_factory() as uow:
        assert _snapshot(uow.session) == before


def test_a_purged_day_is_kept_with_the_worker_too(db: Database) -> None:
    """With purged days the rebuild goes a month and site at a time and keeps their
    rows: the worker's friction rows are read and set aside, its evidence still used."""
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:  # retention deletes a day's first closed visit
        closed = Visit.status == VisitStatus.CLOSED.value
        first = uow.session.scalars(
            select(Visit.id).where(closed).order_by(Visit.started_at)
        ).first()
        uow.session.execute(delete(Visit).where(Visit.id == first))
        uow.commit()
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=True)
    with db.uow_factory() as uow:
        two = _snapshot(uow.session)
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:
        one = _snapshot(uow.session)
        kept = uow.session.scalar(select(func.count()).select_from(StatStepFrictionDay))
    assert kept and two == one
