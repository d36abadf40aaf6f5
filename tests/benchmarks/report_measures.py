"""Measures for the statistics and exports (issue 6 targets, checked by issue 8's runner)."""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.demo_db import CACHE_DIR
from tests.benchmarks.measures import STALL_LIMIT_MS, naive_dashboard
from tests.benchmarks.probes import run_child, sqlite3_cli
from tests.benchmarks.runner import Context, Result, measure

HERE = Path(__file__).resolve().parent


def _twelve_months(ctx: Context):  # type: ignore[no-untyped-def]
    from medbetjening.services.statistics import StatisticsFilter

    today = ctx.demo.built_at.date()
    return StatisticsFilter(date_from=today - dt.timedelta(days=365), date_to=today)


@measure("dashboard_12_months")
def dashboard_12_months(ctx: Context) -> Result:
    """The whole dashboard for 12 months, all sites, after the aggregates are current."""
    lead, stats = ctx.actor("lead"), ctx.services.statistics
    stats.refresh()
    flt = _twelve_months(ctx)
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        stats.dashboard(lead, flt)
        runs.append(time.perf_counter() - started)
    # A regional database (issue 22): from 5 million visits on the target is absolute.
    large = (ctx.demo.counts.get("visit") or 0) >= 5_000_000
    return Result(
        "dashboard_12_months", statistics.median(runs), "s", naive_dashboard(ctx),
        "naive GROUP BY", max_ratio=None if large else 0.1, max_value=0.5 if large else None,
        note="median of 5: services.statistics.dashboard over 12 months (pre-aggregated)",
    )  # fmt: skip


def _export_sql(ctx: Context) -> str:
    """The export's own SELECT as literal SQL, for the sqlite3 baseline (same columns)."""
    from sqlalchemy.dialects import sqlite

    with ctx.services.database.uow_factory() as uow:
        from medbetjening.reports.export_jobs import visit_labels
        from medbetjening.services.visit_export import VisitExportOptions

        options = VisitExportOptions(labels=visit_labels("da"))  # what the export runs
        query = ctx.services.visit_export.visit_export_query(uow.session, None, options)
        return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


@measure("csv_export_all_visits")
def csv_export(ctx: Context) -> Result:
    """All visits to CSV through the app's export vs. the sqlite3 CLI on the same SELECT
    (the CLI writes the same file from the export's columns). Wall clock is the target;
    the note gives CPU time (``process_time`` for the app, the child's rusage for the
    CLI) and rows a second, which a loaded machine disturbs less."""
    from medbetjening.reports.export_jobs import export_visits
    from medbetjening.services.visit_export import VisitExportOptions

    cli = sqlite3_cli()
    if cli is None:
        return Result("csv_export_all_visits", None, "s", note="sqlite3 not installed")
    out = CACHE_DIR / "export-bench.csv"
    lead = ctx.actor("lead")
    app_runs, cli_runs, app_cpu, cli_cpu = [], [], [], []
    sql = _export_sql(ctx)
    rows = 0
    for _ in range(max(1, ctx.repeat // 2)):
        started, cpu = time.perf_counter(), time.process_time()
        rows = export_visits(
            ctx.services.visit_export, lead, out, VisitExportOptions(format="csv")
        ).count
        app_runs.append(time.perf_counter() - started)
        app_cpu.append(time.process_time() - cpu)
        out.unlink()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        with out.open("w") as handle:
            subprocess.run(
                [cli, "-readonly", "-csv", "-header", str(ctx.db_path), sql],
                stdout=handle,
                check=True,
            )
        cli_runs.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        out.unlink()
    app_s, cli_s = statistics.median(app_cpu), statistics.median(cli_cpu)
    return Result(
        "csv_export_all_visits", statistics.median(app_runs), "s", statistics.median(cli_runs),
        "sqlite3 CLI, same SELECT", max_ratio=1.3,  # issue 22 (was 2×)
        note=f"export visits --format csv (SQLite writes the lines; formula-safe, CPR-masked); "
        f"CPU {app_s:.2f} s vs the CLI's {cli_s:.2f} s ({app_s / cli_s:.2f}×), "
        f"{rows / app_s:,.0f} vs {rows / cli_s:,.0f} rows/s CPU; load {os.getloadavg()[0]:.1f}",
    )  # fmt: skip


@measure("peak_rss_dashboard_and_export")
def peak_rss_dashboard_and_export(ctx: Context) -> Result:
    """The app with the dashboard open runs a CSV export of every visit; peak RSS."""
    child = run_child(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.dashboard_child",
            ctx.db_url,
            str(CACHE_DIR / "rss.csv"),
        ],
        ctx.child_env(),
        marker="done",
        timeout=1800,
    )
    if child.returncode != 0:
        raise RuntimeError(f"dashboard child failed:\n{child.output[-2000:]}")
    return Result(
        "peak_rss_dashboard_and_export", child.peak_rss_mb, "MB", max_value=300,
        note="main window + dashboard (12 months) open, then a CSV export of all visits",
    )  # fmt: skip


_XLSX_RUNS: dict[str, tuple[float, float | None, str]] = {}


def _xlsx_child(ctx: Context) -> tuple[float, float | None, str]:
    """One XLSX export of every visit in a child process (time, peak RSS), run once for
    both measures."""
    if ctx.db_url not in _XLSX_RUNS:
        command = [
            sys.executable,
            "-m",
            "tests.benchmarks.xlsx_child",
            ctx.db_url,
            str(CACHE_DIR / "export-bench.xlsx"),
        ]
        child = run_child(command, ctx.child_env(), marker="done", timeout=3600)
        if child.returncode != 0:
            raise RuntimeError(f"xlsx child failed:\n{child.output[-2000:]}")
        line = next(x for x in child.output.splitlines() if x.startswith("done "))
        _, seconds, rows, sheets, cpu = line.split()
        _XLSX_RUNS[ctx.db_url] = (
            float(seconds),
            child.peak_rss_mb,
            f"{rows} rows, {sheets} sheet(s), CPU {float(cpu):.1f} s "
            f"({int(rows) / float(cpu):,.0f} rows/s), load {os.getloadavg()[0]:.1f}",
        )
    return _XLSX_RUNS[ctx.db_url]


@measure("xlsx_export_all_visits")
def xlsx_export_all_visits(ctx: Context) -> Result:
    """Every visit to XLSX (Danish labels, date and number cells) through the runner."""
    seconds, _rss, detail = _xlsx_child(ctx)
    return Result(
        "xlsx_export_all_visits", seconds, "s", max_value=60,
        note=f"export visits --format xlsx (rustpy-xlsxwriter, constant memory; dates as "
        f"Excel serials from SQL; writers compared: tests.benchmarks.xlsx_writers); {detail}",
    )  # fmt: skip


@measure("xlsx_export_peak_rss")
def xlsx_export_peak_rss(ctx: Context) -> Result:
    """Peak RSS of the process that exports every visit to XLSX."""
    _seconds, rss, detail = _xlsx_child(ctx)
    return Result(
        "xlsx_export_peak_rss", rss, "MB", max_value=300,
        note=f"the whole process (imports, services, export); {detail}",
    )  # fmt: skip


@measure("gui_stall_export_and_dashboard")
def gui_stall_export_and_dashboard(ctx: Context) -> Result:
    """An export and a dashboard refresh run at once; the GUI heartbeat must not stall."""
    from medbetjening.reports.export_jobs import export_visits
    from medbetjening.reports.exporting import Feedback
    from medbetjening.services.visit_export import VisitExportOptions
    from medbetjening.ui.common.tasks import BackgroundTask
    from medbetjening.ui.lead.dashboard import DashboardWindow
    from tests.benchmarks.qt_probes import application, idle_worst_gap_ms, settle, worst_stall_ms

    application()
    ctx.services.warm_up()  # what the app does after its first paint (freezes the heap)
    lead = ctx.actor("lead")
    dashboard = DashboardWindow(ctx.services, lead)
    dashboard.show()
    settle()
    out = CACHE_DIR / "stall-export.csv"
    tasks = []

    def work(done) -> None:  # type: ignore[no-untyped-def]
        export = BackgroundTask(
            lambda control: export_visits(
                ctx.services.visit_export,
                lead,
                out,
                VisitExportOptions(format="csv"),
                Feedback(control.progress),
            )
        )
        export.finished.connect(done)
        tasks.append(export)
        export.start()
        dashboard.refresh()

    try:
        started = time.perf_counter()
        worst = worst_stall_ms(work)
        idle = idle_worst_gap_ms(int((time.perf_counter() - started) * 1000))
    finally:
        dashboard.close()
        out.unlink(missing_ok=True)
    return Result(
        "gui_stall_export_and_dashboard", worst, "ms", idle, "idle heartbeat",
        max_value=STALL_LIMIT_MS,
        note="worst heartbeat gap while a full CSV export and a dashboard refresh run",
    )  # fmt: skip
