"""The measures. Each is one small function registered with ``@measure``; add new ones
here (or in another module imported by ``__main__``) the same way."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

from tests.benchmarks.demo_db import CACHE_DIR
from tests.benchmarks.probes import (
    ChildRun,
    median_ms,
    naive_dashboard_seconds,
    run_child,
    sqlite3_cli,
    sqlite3_export_seconds,
)
from tests.benchmarks.runner import Context, Result, measure

HERE = Path(__file__).resolve().parent
STALL_LIMIT_MS = 50
STARTUP_REPEAT = 7


# -- shared baselines (computed once per run, used by several measures) ----------------------
def startup_repeat(ctx: Context) -> int:
    """Start-ups per measure: at least STARTUP_REPEAT (issue 22: a median of ≥ 7)."""
    return max(ctx.repeat, STARTUP_REPEAT)


def spread(values: list[float]) -> str:
    """The runs, sorted, for the note (a median alone hides a noisy machine)."""
    return ", ".join(f"{v:.2f}" for v in sorted(values))


def startup_runs(ctx: Context) -> dict[str, list[ChildRun]]:
    """The app and the bare window, started alternately (after a warm-up round), with no
    connection of this process open on the file: a clerk's start (``release_database``)."""

    from medbetjening.storage.integrity import known_whole

    def compute() -> dict[str, list[ChildRun]]:
        env = ctx.child_env()  # picks the demo profile through the services, then:
        ctx.release_database()
        commands = {
            "app": [
                sys.executable,
                "-m",
                "medbetjening",
                "--exit-after-startup",
                "--db",
                ctx.db_url,
            ],
            "bare": [sys.executable, str(HERE / "bare_window.py")],
        }
        runs: dict[str, list[ChildRun]] = {"app": [], "bare": []}
        for attempt in range(startup_repeat(ctx) + 1):
            for name, command in commands.items():
                if attempt and name == "app" and not known_whole(ctx.db_path):
                    raise RuntimeError("the file is not known whole: a start would re-read it")
                child = run_child(command, env)
                if child.returncode != 0 or child.seconds_to_marker is None:
                    raise RuntimeError(f"{name} start-up failed:\n{child.output[-2000:]}")
                if attempt:  # the first round only warms the file cache
                    runs[name].append(child)
        return runs

    return ctx.shared("startup_runs", compute)


def naive_dashboard(ctx: Context) -> float:
    """Median seconds of the naive GROUP BY dashboard over 12 months of visit rows."""
    since = (ctx.demo.built_at - dt.timedelta(days=365)).isoformat(sep=" ")
    return ctx.shared(
        "naive_dashboard",
        lambda: statistics.median(naive_dashboard_seconds(ctx.db_path, since) for _ in range(3)),
    )


def sqlite3_export(ctx: Context) -> float:
    """Median seconds of the sqlite3 CLI writing the visit export columns as CSV."""
    out = CACHE_DIR / "sqlite3-export.csv"
    return ctx.shared(
        "sqlite3_export",
        lambda: statistics.median(sqlite3_export_seconds(ctx.db_path, out) for _ in range(3)),
    )


def _printed(run: ChildRun, name: str) -> float:
    """A ``name=<seconds>`` figure the child printed (0 if it printed none)."""
    for line in run.output.splitlines():
        if line.startswith(f"{name}="):
            return float(line.split("=", 1)[1])
    return 0.0


# -- measures ---------------------------------------------------------------------------------
@measure("startup")
def startup(ctx: Context) -> Result:
    runs = startup_runs(ctx)
    walls = {k: [r.seconds_to_marker or 0 for r in v] for k, v in runs.items()}
    app, bare = statistics.median(walls["app"]), statistics.median(walls["bare"])
    cpu = {k: [_printed(r, "startup_cpu_seconds") for r in v] for k, v in runs.items()}
    cpu_app, cpu_bare = statistics.median(cpu["app"]), statistics.median(cpu["bare"])
    cpu_whole = statistics.median(r.cpu_seconds or 0 for r in runs["app"])
    full = statistics.median(_printed(r, "full_stack_seconds") for r in runs["app"])
    day = ctx.demo.built_at.date()
    shown = len(ctx.services.visits.todays_visits(ctx.actor(), dt.date.today()))
    note = (  # each measured start met the file known whole (startup_runs checks it)
        f"median of {len(walls['app'])}, wall clock from spawn to the window shown with "
        f"{shown} visits in today's list (runs {spread(walls['app'])} s; bare "
        f"{spread(walls['bare'])} s); CPU time to the window {cpu_app:.2f} s vs "
        f"{cpu_bare:.2f} s ({cpu_app / cpu_bare:.2f}×; runs {spread(cpu['app'])} vs "
        f"{spread(cpu['bare'])}); the file known whole at each start (a stat), the "
        f"full stack (SQLAlchemy, services) loaded in the background by {full:.2f} s "
        f"(whole process CPU {cpu_whole:.2f} s)"
    )
    if day != dt.date.today():
        note += f" (database built {day}: use --rebuild for a full today's list)"
    return Result(
        "startup", app, "s", bare, "bare QMainWindow+QTableView", max_ratio=1.5, note=note
    )  # issue 22: 1.5× (was 2×)


@measure("startup_full_check")
def startup_full_check(ctx: Context) -> Result:
    """What one start pays after the file changed outside the program (a crash, a copy, a
    restore, someone else's bytes): the read-only ``PRAGMA quick_check`` of the whole file
    before anything is written (storage/integrity.py). Every other start pays a stat of
    the file against the identity a clean close recorded; ``startup`` includes that."""
    from medbetjening.storage.backups import connect_existing, quick_check

    def check() -> float:
        started = time.perf_counter()
        connection = connect_existing(ctx.db_path, read_only=True)
        try:
            assert quick_check(connection), "the benchmark database is damaged"
        finally:
            connection.close()
        return time.perf_counter() - started

    size_gb = ctx.db_path.stat().st_size / 1e9
    seconds = statistics.median(check() for _ in range(max(1, min(ctx.repeat, 3))))
    note = f"{size_gb:.2f} GB file, read-only; a start with the file known whole: a stat"
    return Result("startup_full_check", seconds, "s", note=note)


@measure("startup_peak_rss")
def startup_peak_rss(ctx: Context) -> Result:
    runs = startup_runs(ctx)
    app = max(r.peak_rss_mb or 0 for r in runs["app"])
    bare = max(r.peak_rss_mb or 0 for r in runs["bare"])
    return Result(
        "startup_peak_rss", app or None, "MB", bare or None, "bare window", max_value=300,
        note="peak RSS of the whole app process up to the main window (dashboard: see its measure)",
    )  # fmt: skip


def _page_ms(ctx: Context, day: dt.date) -> tuple[float, float, int]:
    """Medians (ms) of the first page and of a page from the middle of ``day``; rows."""
    from medbetjening.ui.desk.today_model import PAGE_SIZE

    actor, visits = ctx.actor(), ctx.services.visits
    whole = visits.todays_visits(actor, day)
    middle = whole[len(whole) // 2] if whole else None
    first = median_ms(lambda: visits.todays_visits(actor, day, limit=PAGE_SIZE))
    later = median_ms(lambda: visits.todays_visits(actor, day, limit=PAGE_SIZE, after=middle))
    return first, later, len(whole)


@measure("todays_visits")
def todays_visits(ctx: Context) -> Result:
    day = ctx.demo.built_at.date()
    first, later, rows = _page_ms(ctx, day)
    return Result(
        "todays_visits", max(first, later), "ms", max_value=10,
        note=f"median of 30 per page (first {first:.1f} ms, mid-day {later:.1f} ms) of the "
        f"lazy list; {rows} visits at the town hall on {day} (the database's today)",
    )  # fmt: skip


@measure("todays_visits_busiest_day")
def todays_visits_busiest_day(ctx: Context) -> Result:
    import sqlite3

    with sqlite3.connect(ctx.db_path) as connection:
        (day,) = connection.execute(
            "SELECT date(started_at) FROM visit WHERE site_id = ? GROUP BY 1 "
            "ORDER BY count(*) DESC LIMIT 1",
            (ctx.actor().site_id,),
        ).fetchone()
    first, later, rows = _page_ms(ctx, dt.date.fromisoformat(day))
    actor, visits = ctx.actor(), ctx.services.visits
    whole = median_ms(lambda: visits.todays_visits(actor, dt.date.fromisoformat(day)), repeat=5)
    return Result(
        "todays_visits_busiest_day", max(first, later), "ms", max_value=10,
        note=f"{rows} visits on {day}: first page {first:.1f} ms, mid-day page {later:.1f} ms "
        f"(all rows at once would take {whole:.0f} ms)",
    )  # fmt: skip


@measure("open_visits")
def open_visits(ctx: Context) -> Result:
    actor = ctx.actor()
    rows = len(ctx.services.visits.open_visits(actor))
    value = median_ms(lambda: ctx.services.visits.open_visits(actor))
    return Result(
        "open_visits", value, "ms", max_value=10, note=f"median of 30; {rows} open visits"
    )


def _returning_citizens(ctx: Context, how_many: int = 30) -> list[tuple[int, str, int]]:
    """(id, code, visits) of citizens with the most visits at the actor's site."""
    import sqlite3

    with sqlite3.connect(ctx.db_path) as connection:
        return connection.execute(
            "SELECT c.id, c.citizen_code, count(*) FROM visit v JOIN citizen c "
            "ON c.id = v.citizen_id WHERE v.site_id = ? AND c.citizen_code IS NOT NULL "
            "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT ?",
            (ctx.actor().site_id, how_many),
        ).fetchall()


@measure("find_citizen_history")
def find_citizen_history(ctx: Context) -> Result:
    """A returning citizen is found by the code on the handout and the history opens."""
    actor, services = ctx.actor(), ctx.services
    citizens = _returning_citizens(ctx)
    if not citizens:
        return Result("find_citizen_history", None, "ms", note="no returning citizen")
    turn = [0]

    def look_up() -> None:
        _, code, _ = citizens[turn[0] % len(citizens)]
        turn[0] += 1
        found = services.citizens.find(actor, code)
        assert found.citizen is not None, code
        services.tracking.citizen_history(actor, found.citizen.id)

    value = median_ms(look_up)
    find_only = median_ms(lambda: services.citizens.find(actor, citizens[0][1]))
    visits = [n for _, _, n in citizens]
    return Result(
        "find_citizen_history", value, "ms", max_value=10,
        note=f"median of 30: citizens.find(code) + tracking.citizen_history (with its audit "
        f"event) over {len(citizens)} returning citizens with {min(visits)}-{max(visits)} "
        f"visits; find alone {find_only:.1f} ms",
    )  # fmt: skip


@measure("follow_up_list")
def follow_up_list(ctx: Context) -> Result:
    actor = ctx.actor()
    tracking = ctx.services.tracking
    rows = len(tracking.due_follow_ups(actor))
    value = median_ms(lambda: tracking.due_follow_ups(actor))
    return Result(
        "follow_up_list", value, "ms", max_value=10,
        note=f"median of 30: tracking.due_follow_ups at the town hall; {rows} follow-ups due",
    )  # fmt: skip


@measure("naive_group_by_12_months")
def naive_group_by(ctx: Context) -> Result:
    return Result(
        "naive_group_by_12_months", naive_dashboard(ctx), "s",
        note="baseline for the dashboard (target ≤ 10% of it): GROUP BY over the raw rows",
    )  # fmt: skip


@measure("sqlite3_visit_table_csv")
def sqlite3_visit_table_csv(ctx: Context) -> Result:
    """For scale only: the CLI writing the visit table's own columns, with no joins. The
    export's target is against the CLI running the export's whole SELECT (its columns
    come from six tables), measured in csv_export_all_visits."""
    if sqlite3_cli() is None:
        return Result(
            "sqlite3_visit_table_csv",
            None,
            "s",
            note="sqlite3 not installed (apt-get install sqlite3)",
        )
    return Result(
        "sqlite3_visit_table_csv", sqlite3_export(ctx), "s",
        note="for scale: the sqlite3 CLI on the visit table's own columns (no joins); the "
        "export's target uses the CLI on the export's own SELECT (csv_export_all_visits)",
    )  # fmt: skip


@measure("gui_stall_today_refresh")
def gui_stall_today_refresh(ctx: Context) -> Result:
    """The main window refreshes today's list ten times (F5) while a heartbeat runs."""
    from PySide6.QtCore import QTimer

    from medbetjening.settings import Settings
    from medbetjening.ui.shell.main_window import MainWindow
    from tests.benchmarks.qt_probes import application, idle_worst_gap_ms, settle, worst_stall_ms

    application()
    window = MainWindow(ctx.services, ctx.actor(), Settings(ctx.app_home / "bench.ini"))
    window.show()
    settle()  # the first paint is start-up, not part of this measure

    def work(done) -> None:  # type: ignore[no-untyped-def]
        remaining = [10]

        def step() -> None:
            window.refresh_action.trigger()
            remaining[0] -= 1
            if remaining[0]:
                QTimer.singleShot(20, step)
            else:
                done()

        step()

    try:
        started = time.perf_counter()
        worst = worst_stall_ms(work)
        idle = idle_worst_gap_ms(int((time.perf_counter() - started) * 1000))
    finally:
        window.close()
        window.deleteLater()
    return Result(
        "gui_stall_today_refresh", worst, "ms", idle, "idle heartbeat", max_value=STALL_LIMIT_MS,
        note="worst heartbeat gap (5 ms timer) over 10 refreshes of today's list",
    )  # fmt: skip


@measure("gui_stall_background_query")
def gui_stall_background_query(ctx: Context) -> Result:
    """The naive dashboard queries run in a BackgroundTask; the GUI thread must stay free."""
    from medbetjening.ui.common.tasks import BackgroundTask
    from tests.benchmarks.qt_probes import application, idle_worst_gap_ms, worst_stall_ms

    application()
    since = (ctx.demo.built_at - dt.timedelta(days=365)).isoformat(sep=" ")
    tasks = []

    def work(done) -> None:  # type: ignore[no-untyped-def]
        task = BackgroundTask(lambda control: naive_dashboard_seconds(ctx.db_path, since))
        task.finished.connect(done)
        tasks.append(task)
        task.start()

    started = time.perf_counter()
    worst = worst_stall_ms(work)
    idle = idle_worst_gap_ms(int((time.perf_counter() - started) * 1000))
    return Result(
        "gui_stall_background_query", worst, "ms", idle, "idle heartbeat", max_value=STALL_LIMIT_MS,
        note="worst heartbeat gap while the naive dashboard runs in ui.common.tasks.BackgroundTask",
    )  # fmt: skip


@measure("gui_stall_warm_up")
def gui_stall_warm_up(ctx: Context) -> Result:
    """The fast start loads SQLAlchemy and the services in a thread after the first paint;
    the window must stay responsive meanwhile (a fresh process: nothing imported yet)."""
    figures: list[dict[str, float]] = []
    for _ in range(max(ctx.repeat, 1)):
        child = run_child(
            [sys.executable, str(HERE / "warm_up_stall.py"), ctx.db_url],
            ctx.child_env(),
            marker="warm_up_stall_ms=",
        )
        line = next((x for x in child.output.splitlines() if x.startswith("warm_up_stall")), "")
        if child.returncode != 0 or not line:
            raise RuntimeError(f"warm-up stall probe failed:\n{child.output[-2000:]}")
        figures.append({k: float(v) for k, v in (pair.split("=") for pair in line.split())})
    worst = statistics.median(f["warm_up_stall_ms"] for f in figures)
    idle = statistics.median(f["idle_ms"] for f in figures)
    took = statistics.median(f["warm_up_ms"] for f in figures)
    return Result(
        "gui_stall_warm_up", worst, "ms", idle, "idle heartbeat", max_value=STALL_LIMIT_MS,
        note=f"median of {len(figures)} worst heartbeat gaps while the full stack loads in the "
        f"background after the first paint (it takes {took:.0f} ms)",
    )  # fmt: skip
