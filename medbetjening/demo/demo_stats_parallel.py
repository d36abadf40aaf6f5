"""The demo's statistics rebuild on two cores: friction and route evidence beside the rest.

The rebuild's step-friction rows (every step record grouped) and route-evidence rows
(every episode with its citizen's later runs and follow-ups, mostly Python) read only
raw rows and ``stat_run_mark``. So the run marks are written and committed first; then
a forked process computes those rows from its own connection (a committed snapshot)
while this one aggregates the other tables, and this one writes the rows it is sent in
the same transaction as the rest. The result is the one-process rebuild's, row for row
(``tests/demo/test_demo_stats_parallel.py``). Where fork is missing, one process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from medbetjening.demo.demo_pipeline import worker_available
from medbetjening.demo.demo_stat_indexes import unread_indexes_set_aside
from medbetjening.storage import aggregates
from medbetjening.storage.aggregate_rebuild import evidence_blocks, friction_blocks
from medbetjening.storage.models import Visit
from medbetjening.storage.refresh_lock import hold_refresh_lock
from medbetjening.storage.unit_of_work import unit_of_work_factory

# Visits from which the second process pays (its start and the rows' transfer ≈ 0.1 s).
WORKER_FROM = 20_000


def rebuild_in_two(engine: Engine, in_worker: bool | None = None) -> None:
    """Rebuild the statistics, friction and route evidence in a second process when
    ``in_worker`` (default: from ``WORKER_FROM`` visits on, where the platform forks)."""
    factory = unit_of_work_factory(engine)
    if in_worker is None:
        with factory() as uow:
            visits = uow.session.scalar(select(func.count()).select_from(Visit)) or 0
        # SQLite, the demo's and the benchmark's engine (PostgreSQL: measured there first).
        sqlite = engine.dialect.name == "sqlite"
        in_worker = sqlite and visits >= WORKER_FROM and worker_available()
    if not in_worker:
        with factory() as uow:
            with unread_indexes_set_aside(uow.session):
                aggregates.rebuild_aggregates(uow.session)
            uow.commit()
        return
    with factory() as uow:  # the marks the worker reads, committed before it starts
        hold_refresh_lock(uow.session)
        aggregates.write_all_run_marks(uow.session)
        uow.commit()
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    url = engine.url.render_as_string(hide_password=False)
    worker = context.Process(target=_send_rows, args=(url, sending), daemon=True)
    worker.start()
    sending.close()  # the worker's end only: a dead worker ends ``recv`` with EOFError
    try:
        with factory() as uow:
            with unread_indexes_set_aside(uow.session):
                friction, evidence = _received(receiving), _received(receiving)
                aggregates.rebuild_aggregates(
                    uow.session, marks_written=True, evidence=evidence, friction=friction
                )
            uow.commit()
    finally:
        receiving.close()
        worker.join(timeout=5)
        if worker.is_alive():  # the rebuild failed first: its rows are not wanted
            worker.terminate()
            worker.join()


def _received(connection: Connection) -> Iterator[list[dict[str, Any]]]:
    while True:
        message = connection.recv()
        if message is None:
            return
        if isinstance(message, str):  # the worker's error, as text (not every one pickles)
            raise RuntimeError(f"Statistikkens beregning af rutedata fejlede: {message}")
        yield message


def _send_rows(url: str, sending: Connection) -> None:
    """In the worker: its own engine (the parent's pooled connections stay untouched),
    one read transaction, the rows a block at a time."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            for blocks in (friction_blocks(session), evidence_blocks(session)):
                for rows in blocks:  # each kind's rows, then None: the parent reads in turn
                    sending.send(rows)
                sending.send(None)
            session.rollback()  # read only (temporary tables aside)
    except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
        sending.send(f"{type(error).__name__}: {error}")
    finally:
        sending.close()
        engine.dispose()
