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
