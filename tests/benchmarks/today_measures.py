"""Today's list under refresh: the GUI stall when visits arrive (issue 22)."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import types
from collections.abc import Iterator
from unittest import mock

from tests.benchmarks.measures import STALL_LIMIT_MS
from tests.benchmarks.runner import Context, Result, measure


@contextlib.contextmanager
def _clock_after(latest: dt.datetime | None) -> Iterator[dt.timedelta]:
    """New rows stamped after ``latest`` if the wall clock is behind it, else unchanged.

    A demo database built before opening time still shows a morning of visits today
    (``demo/demo_schedule.py``: "always something to show today"), stamped later than
    the wall clock of a run before opening time. A visit started "now" then sorts below
    all of them (newest first), beyond the pages loaded (at 1M: 553 visits, 100 a page),
    which no desk meets: its new visit is the day's newest. So the measure moves the
    clock the new rows are stamped with (``storage/model_base._now``) just past them."""
    wall = dt.datetime.now()
    shift = max(dt.timedelta(0), latest - wall + dt.timedelta(seconds=1)) if latest else None
    if not shift:
        yield dt.timedelta(0)
        return

    class _Shifted(dt.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return dt.datetime.now(tz) + shift

    from medbetjening.storage import model_base

    with mock.patch.object(model_base, "dt", types.SimpleNamespace(datetime=_Shifted)):
        yield shift


@measure("gui_stall_today_refresh")
def gui_stall_today_refresh(ctx: Context) -> Result:
    """The main window refreshes today's list ten times (F5) while a heartbeat runs; before
    every other refresh another desk starts a visit (through the services, on a thread of
    its own), so half the refreshes bring a new row to the top of the list."""
    import threading

    from PySide6.QtCore import QTimer

    from medbetjening.settings import Settings
    from medbetjening.ui.common import tasks
    from medbetjening.ui.shell.main_window import MainWindow
    from tests.benchmarks.qt_probes import (
        application,
        idle_worst_gap_ms,
        settle,
        wait_until,
        worst_stall_ms,
    )

    application()
    actor = ctx.actor()
    window = MainWindow(ctx.services, actor, Settings(ctx.app_home / "bench.ini"))
    window.show()
    settle()  # the first paint is start-up, not part of this measure
    # so is the start's background work: the "henvist hertil" panel's first read loads and
    # parses the flow library (~0.5-1 s of Python at 1M, sharing the interpreter with the
    # GUI) and ran into the first refreshes, doubling their gaps
    wait_until(lambda: not tasks._IN_FLIGHT)
    settle()
    model = window.today.model
    shown: list[int] = []  # rows each refresh inserted
    model.rowsInserted.connect(lambda _p, first, last: shown.append(last - first + 1))
    started_ids: list[int] = []

    def work(done) -> None:  # type: ignore[no-untyped-def]
        remaining = [10]

        def refresh() -> None:
            window.refresh_action.trigger()
            remaining[0] -= 1
            if remaining[0]:
                QTimer.singleShot(20, arrive if remaining[0] % 2 else refresh)
            else:
                done()

        def arrive() -> None:  # another desk's visit, then the refresh that finds it
            desk = threading.Thread(
                target=lambda: started_ids.append(ctx.services.visits.start_visit(actor))
            )
            desk.start()

            def wait() -> None:
                if desk.is_alive():
                    QTimer.singleShot(5, wait)
                else:
                    refresh()

            wait()

        refresh()

    today = ctx.services.visits.todays_visits(actor, limit=1)
    try:
        started = time.perf_counter()
        with _clock_after(today[0].started_at if today else None) as shift:
            worst = worst_stall_ms(work)
        idle = idle_worst_gap_ms(int((time.perf_counter() - started) * 1000))
        listed = [model.data(model.index(r, 0), model.VisitIdRole) for r in range(model.rowCount())]
    finally:
        window.close()
        window.deleteLater()
    if len(started_ids) != 5 or not set(started_ids) <= set(listed) or sum(shown) != 5:
        raise RuntimeError(f"the new visits {started_ids} were not inserted ({shown})")
    return Result(
        "gui_stall_today_refresh", worst, "ms", idle, "idle heartbeat", max_value=STALL_LIMIT_MS,
        note="worst heartbeat gap (5 ms timer) over 10 refreshes of today's list, 5 of them "
        "bringing a visit another desk started (each shown as one inserted row)"
        + (f"; new visits stamped {shift} ahead of the wall clock, after today's demo visits"
           if shift else ""),
    )  # fmt: skip
