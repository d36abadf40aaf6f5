"""Background tasks outlive the widget that started them."""

from __future__ import annotations

import gc
import threading
import weakref

import shiboken6
from PySide6.QtWidgets import QWidget

from medbetjening.ui.common import tasks
from medbetjening.ui.common.tasks import BackgroundTask


def test_a_task_whose_owner_is_deleted_finishes_and_is_released(qtbot) -> None:  # type: ignore[no-untyped-def]
    started, go_on, done = threading.Event(), threading.Event(), threading.Event()

    def work(_control: tasks.TaskControl) -> int:
        started.set()
        go_on.wait(5)
        done.set()
        return 1

    owner = QWidget()
    task = BackgroundTask(work, owner)
    results: list[object] = []
    task.succeeded.connect(results.append)
    task.start()
    assert started.wait(5)
    owner.deleteLater()  # the window closes while the work runs
    gone = weakref.ref(task)
    del owner, task
    gc.collect()
    qtbot.waitUntil(lambda: gone() is None or not shiboken6.isValid(gone()))
    gc.collect()
    assert len(tasks._IN_FLIGHT) >= 1  # still held for the pool thread
    go_on.set()
    assert done.wait(5)
    qtbot.waitUntil(lambda: not tasks._IN_FLIGHT, timeout=5000)
    assert results == []  # nobody is left to tell


def test_progress_reaches_the_window_at_most_ten_times_a_second_and_cancel_at_every_call(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    clock = [100.0]
    monkeypatch.setattr(tasks, "time", type("Clock", (), {"monotonic": lambda: clock[0]}))

    def work(control: tasks.TaskControl) -> None:
        for done in range(1001):  # a million rows in chunks, within a tenth of a second
            control.progress(done, 1000)
        clock[0] += tasks.PROGRESS_INTERVAL_S
        control.progress(1000, 1000)

    task = BackgroundTask(work)
    shown: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: shown.append((done, total)))
    task.start()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=5000)
    assert shown == [(0, 1000), (1000, 1000), (1000, 1000)]  # the start and the end

    cancelled: list[bool] = []

    def stopped(control: tasks.TaskControl) -> None:
        control.progress(0, 10)
        control.cancel()
        control.progress(1, 10)  # within the interval, not shown: it still stops here
        cancelled.append(False)

    task = BackgroundTask(stopped)
    task.cancelled.connect(lambda: cancelled.append(True))
    task.start()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
