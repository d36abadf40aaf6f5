"""What a municipality grows into (issue 22): the statistics refresh for one new day, and
start-up on PostgreSQL.

At ten million visits (``--visits 10000000``, not by default) the other targets are the
same measures: ``dashboard_12_months`` (≤ 0.5 s from 5 million visits on),
``find_citizen_history`` (≤ 10 ms) and ``startup`` (the same ratio as at one million).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time

from tests.benchmarks.measures import _printed, spread, startup_repeat, startup_runs
from tests.benchmarks.probes import run_child
from tests.benchmarks.runner import Context, Result, measure

PG_URL_VARIABLES = ("MEDBETJENING_BENCH_PG_URL", "MEDBETJENING_TEST_PG_URL")
PG_DATABASE = "medbetjening_bench_startup"
PG_VISITS = 20_000  # what start-up reads does not grow with the history (today's list)


@measure("stats_refresh_one_day")
def stats_refresh_one_day(ctx: Context) -> Result:
    """A day changed at every site (as when a day's visits close): the refresh folds it
    into the aggregates and commits. Median of 5, each on the latest closed day."""
    from sqlalchemy import func, select

    from medbetjening.storage.models import Site, Visit
    from medbetjening.storage.stat_models import StatDirtyDay

    stats = ctx.services.statistics
    stats.refresh()  # start from current aggregates
    with ctx.services.database.uow_factory() as uow:
        last = uow.session.scalar(select(func.max(Visit.ended_at)))
        sites = list(uow.session.scalars(select(Site.id)))
        # The latest working day before the last one with visits: the day before a build
        # on a Monday is a Sunday without visits, which measured a day with nothing in it.
        day = (last or dt.datetime.now()).date() - dt.timedelta(days=1)
        for _ in range(14):
            start = dt.datetime.combine(day, dt.time())
            held = uow.session.scalar(
                select(func.count(Visit.id)).where(
                    Visit.started_at >= start, Visit.started_at < start + dt.timedelta(days=1)
                )
            )
            if day.weekday() < 5 and held:
                break
            day -= dt.timedelta(days=1)
    runs, days = [], 0
    for _ in range(5):
        with ctx.services.database.uow_factory() as uow:
            uow.session.add_all(StatDirtyDay(day=day, site_id=site_id) for site_id in sites)
            uow.commit()
        started = time.perf_counter()
        report = stats.refresh()
        runs.append((time.perf_counter() - started) * 1000)
        days = report.days if report is not None else 0
    return Result(
        "stats_refresh_one_day", statistics.median(runs), "ms", max_value=100,
        note=f"median of 5: statistics.refresh() re-aggregating {day} ({days} site-days, "
        f"{held} visits) with its commit",
    )  # fmt: skip


def _pg_url() -> str | None:
    return next((os.environ[name] for name in PG_URL_VARIABLES if os.environ.get(name)), None)


def _pg_demo(ctx: Context, server_url: str) -> str:
    """A PostgreSQL database with the same seed's demo data (built once, kept)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server_url).set(database=PG_DATABASE)
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": PG_DATABASE}
            )
            if not exists:
                connection.exec_driver_sql(f'CREATE DATABASE "{PG_DATABASE}"')
    finally:
        admin.dispose()
    rendered = url.render_as_string(hide_password=False)
    if not exists:
        from medbetjening.demo.demo_data import DEFAULT_AFTER_GENERATE, generate_demo_data
        from medbetjening.services.database import open_database

        db = open_database(rendered)
        try:
            generate_demo_data(
                db.engine, PG_VISITS, seed=ctx.seed, after_generate=DEFAULT_AFTER_GENERATE
            )
        finally:
            db.dispose()
    return rendered


@measure("startup_postgresql")
def startup_postgresql(ctx: Context) -> Result:
    """Start-up to the painted window on a PostgreSQL server on localhost, against the
    same bare window as ``startup`` (needs MEDBETJENING_BENCH_PG_URL or the test URL)."""
    server = _pg_url()
    if server is None:
        return Result(
            "startup_postgresql", None, "s", max_ratio=2,
            note="not run: set MEDBETJENING_BENCH_PG_URL (a server on localhost)",
        )  # fmt: skip
    url = _pg_demo(ctx, server)
    command = [sys.executable, "-m", "medbetjening", "--exit-after-startup", "--db", url]
    runs, cpu = [], []
    env = ctx.child_env()
    for attempt in range(startup_repeat(ctx) + 1):
        child = run_child(command, env)
        if child.returncode != 0 or child.seconds_to_marker is None:
            raise RuntimeError(f"PostgreSQL start-up failed:\n{child.output[-2000:]}")
        if attempt:  # the first start warms the file cache and the server
            runs.append(child.seconds_to_marker)
            cpu.append(_printed(child, "startup_cpu_seconds"))
    bare_runs = startup_runs(ctx)["bare"]
    bare = statistics.median(r.seconds_to_marker or 0 for r in bare_runs)
    bare_cpu = statistics.median(_printed(r, "startup_cpu_seconds") for r in bare_runs)
    return Result(
        "startup_postgresql", statistics.median(runs), "s", bare,
        "bare QMainWindow+QTableView", max_ratio=2,
        note=f"median of {len(runs)} (runs {spread(runs)} s; bare "
        f"{spread([r.seconds_to_marker or 0 for r in bare_runs])} s); CPU time to the window "
        f"{statistics.median(cpu):.2f} s vs {bare_cpu:.2f} s (runs {spread(cpu)}); the first "
        f"paint reads through libpq (storage/pg_reader.py), SQLAlchemy loads after it; "
        f"database {PG_DATABASE} with {PG_VISITS} demo visits",
    )  # fmt: skip
