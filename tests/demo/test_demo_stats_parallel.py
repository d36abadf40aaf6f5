"""The demo's rebuild with its tables' rows computed in other processes (friction, run
marks, visit/flow/follow-up/self-sufficiency rows, route evidence) writes what the
one-process rebuild writes; a failing worker fails the rebuild and keeps the old rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from medbetjening.demo import demo_stats_parallel
from medbetjening.demo.demo_data import DEFAULT_AFTER_GENERATE, generate_demo_data
from medbetjening.demo.demo_pipeline import worker_available
from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.services.database import Database, open_database
from medbetjening.storage.errand_event_models import StatErrandEvent
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import (
    StatFlowDay,
    StatFollowUpDay,
    StatRouteEvidenceDay,
    StatRunMark,
    StatSelfSufficiencyDay,
    StatVisitDay,
    Visit,
)
from tests.reports.test_refresh_equals_rebuild import _snapshot

NOW = dt.datetime(2026, 3, 11, 12, 30)
# Every table whose rows a worker computes (or that is written from them).
FROM_WORKERS = (
    StatRunMark,
    StatErrandEvent,
    StatStepFrictionDay,
    StatVisitDay,
    StatFlowDay,
    StatFollowUpDay,
    StatSelfSufficiencyDay,
    StatRouteEvidenceDay,
)
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


def _rows_of_one_process(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """The statistics as the one-process rebuild writes them (what the workers must equal)."""
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:
        return _snapshot(uow.session)


def _empty_tables(db: Database) -> list[str]:
    with db.uow_factory() as uow:
        return [
            table.__tablename__
            for table in FROM_WORKERS
            if not uow.session.scalar(select(func.count()).select_from(table))
        ]


def test_two_processes_write_what_one_writes(db: Database) -> None:
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=True)
    with db.uow_factory() as uow:
        two = _snapshot(uow.session)
    assert _empty_tables(db) == []  # the workers' rows are there, not empty tables twice
    one = _rows_of_one_process(db)
    assert two == one


@pytest.mark.parametrize(
    "blocks", ["evidence_blocks", "friction_blocks", "wide_blocks", "marks_blocks"]
)
def test_a_failing_worker_fails_the_rebuild(
    db: Database, monkeypatch: pytest.MonkeyPatch, blocks: str
) -> None:
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    with db.uow_factory() as uow:
        before = _snapshot(uow.session)

    def broken(session):  # type: ignore[no-untyped-def]
        raise ValueError("stopped half-way")
        yield []

    monkeypatch.setattr(demo_stats_parallel, blocks, broken)  # forked with it
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
    one = _rows_of_one_process(db)
    with db.uow_factory() as uow:
        kept = uow.session.scalar(select(func.count()).select_from(StatStepFrictionDay))
    assert kept and two == one


def test_friction_begun_before_the_other_hooks_gives_the_same_rows(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's hooks: friction started first, workshops and referrals written while it
    runs, then the rebuild takes its rows over: the one-process rebuild's rows."""
    monkeypatch.setattr(demo_stats_parallel, "WORKER_FROM", 1)  # 300 visits: two processes
    for hook in DEFAULT_AFTER_GENERATE:
        hook(db.engine)
    assert not demo_stats_parallel._EARLY  # taken over by the rebuild
    with db.uow_factory() as uow:
        two = _snapshot(uow.session)
        frictions = uow.session.scalar(select(func.count()).select_from(StatStepFrictionDay))
    one = _rows_of_one_process(db)
    assert frictions and not _empty_tables(db) and two == one


def test_a_friction_begun_early_is_stopped_when_one_process_rebuilds(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_stats_parallel.start_friction_early(db.engine)  # 300 visits: not started
    assert not demo_stats_parallel._EARLY
    monkeypatch.setattr(demo_stats_parallel, "WORKER_FROM", 1)
    demo_stats_parallel.start_friction_early(db.engine)
    assert demo_stats_parallel._EARLY
    demo_stats_parallel.rebuild_in_two(db.engine, in_worker=False)
    assert not demo_stats_parallel._EARLY
