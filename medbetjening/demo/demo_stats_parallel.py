"""The demo's statistics rebuild on two cores: most tables' rows computed beside it.

The rebuild's step-friction rows (every step record grouped) read only raw rows; the
route-evidence rows (every episode with its citizen's later runs and follow-ups, mostly
Python) only ``stat_errand_event``; the visit, flow, follow-up and self-sufficiency rows
(``demo_stats_blocks``) raw rows, ``stat_run_mark`` and ``stat_errand_event``. So a
forked process computes the friction rows from the start, beside this one writing and
committing the run marks and errand events (``write_all_run_marks``); then two more
compute the evidence rows and the wide tables' rows while this one waits, writes theirs
and derives the dashboard's table; each from its own connection (a committed snapshot)
into its own temporary file (``spooled_worker``: none waits for this one to read), and
this one writes their rows in the same transaction as the rest. The result is the
one-process rebuild's, row for row (``tests/demo/test_demo_stats_parallel.py``). Where
fork is missing, one process.
"""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from medbetjening.demo.demo_pipeline import worker_available
from medbetjening.demo.demo_stat_indexes import unread_indexes_set_aside
from medbetjening.demo.demo_stats_blocks import WIDE, marks_blocks, wide_blocks
from medbetjening.demo.spooled_worker import SpooledWorker
from medbetjening.storage import aggregates
from medbetjening.storage.aggregate_rebuild import evidence_blocks, friction_blocks
from medbetjening.storage.friction_models import StatStepFrictionDay
from medbetjening.storage.models import Visit
from medbetjening.storage.refresh_lock import hold_refresh_lock
from medbetjening.storage.unit_of_work import unit_of_work_factory

# Visits from which the second process pays (its start and the rows' transfer ≈ 0.1 s).
WORKER_FROM = 20_000
# The friction and run marks' workers started before the demo's other after-hooks, by
# database URL.
_EARLY: dict[str, tuple[SpooledWorker, SpooledWorker]] = {}


def start_friction_early(engine: Engine) -> None:
    """The demo's first after-hook: start the friction rows' and the run marks' workers
    now, beside the workshops and referrals (they write no visit, run or step record,
    the only rows these read); ``rebuild_in_two`` takes them over."""
    if _in_worker(engine) and _wal(engine):
        url = _url(engine)
        _EARLY[url] = _raw_rows_workers(url)


def _raw_rows_workers(url: str) -> tuple[SpooledWorker, SpooledWorker]:
    friction = SpooledWorker(url, friction_blocks, "trinfriktion")
    return friction, SpooledWorker(url, marks_blocks, "trinmarkeringer")


def rebuild_in_two(engine: Engine, in_worker: bool | None = None) -> None:
    """Rebuild the statistics, friction and route evidence in a second process when
    ``in_worker`` (default: from ``WORKER_FROM`` visits on, where the platform forks)."""
    early = _EARLY.pop(_url(engine), None)
    if in_worker is None:
        in_worker = _in_worker(engine)
    if not in_worker:
        for worker in early or ():
            worker.stop()
        factory = unit_of_work_factory(engine)
        with factory() as uow:
            with unread_indexes_set_aside(uow.session):
                aggregates.rebuild_aggregates(uow.session)
            uow.commit()
        return
    _two_processes(engine, early)


def _two_processes(engine: Engine, early: tuple[SpooledWorker, SpooledWorker] | None) -> None:
    factory = unit_of_work_factory(engine)
    url = _url(engine)
    # Friction and the marks read only raw rows: they start at once (with WAL, a reader
    # never holds up the marks' commit; without it, friction after their commit and the
    # marks summed here).
    if early is None and _wal(engine):
        early = _raw_rows_workers(url)
    friction, marks = early or (None, None)
    evidence: SpooledWorker | None = None
    wide: SpooledWorker | None = None
    try:
        # The marks and errand events the others read, committed before they start.
        with factory() as uow:
            hold_refresh_lock(uow.session)
            aggregates.write_all_run_marks(uow.session, None if marks is None else marks.rows())
            uow.commit()
        if friction is None:
            friction = SpooledWorker(url, friction_blocks, "trinfriktion")
        wide = SpooledWorker(url, wide_blocks, "besøgstabellerne", tagged=True)
        evidence = SpooledWorker(url, evidence_blocks, "rutedata")
        given = {table: wide.rows(table.__tablename__) for table, _ in WIDE}
        given[StatStepFrictionDay] = friction.rows()
        with factory() as uow:
            with unread_indexes_set_aside(uow.session):
                aggregates.rebuild_aggregates(
                    uow.session, marks_written=True, evidence=evidence.rows(), given=given
                )
            uow.commit()
    finally:
        for worker in (friction, marks, wide, evidence):
            if worker is not None:
                worker.stop()


def _in_worker(engine: Engine) -> bool:
    # SQLite, the demo's and the benchmark's engine (PostgreSQL: measured there first).
    if engine.dialect.name != "sqlite" or not worker_available():
        return False
    with unit_of_work_factory(engine)() as uow:
        visits = uow.session.scalar(select(func.count()).select_from(Visit)) or 0
    return visits >= WORKER_FROM


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _wal(engine: Engine) -> bool:
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    return str(mode).lower() == "wal"
