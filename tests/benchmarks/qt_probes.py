"""Qt helpers for benchmarks: a heartbeat that finds GUI-thread stalls, and waiting."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


class Heartbeat(QObject):
    """A precise QTimer ticking every ``interval_ms`` on the GUI thread.

    The worst gap between two ticks is the longest the GUI thread was busy: a window that
    cannot repaint or take a key press for that long. A healthy event loop shows gaps
    close to the interval.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._last = 0
        self.worst_gap_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.worst_gap_ms = 0.0
        self.ticks = 0
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start(self.interval_ms)

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.worst_gap_ms = max(self.worst_gap_ms, (now - self._last) / 1e6)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.worst_gap_ms


def settle(milliseconds: int = 300) -> None:
    """Let pending events (first paints, layouts) run before measuring."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    """Run the event loop until ``condition()`` holds (checked every 10 ms)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(10)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"not done after {timeout:.0f} s")


def idle_worst_gap_ms(milliseconds: int) -> float:
    """The worst gap of a heartbeat on an idle event loop: the machine's own jitter."""
    application()
    beat = Heartbeat()
    beat.start()
    settle(milliseconds)
    return beat.stop()


def worst_stall_ms(start_work: Callable[[Callable[[], None]], None], timeout: float = 600) -> float:
    """Worst GUI-thread gap while the work runs; ``start_work(done)`` must call ``done()``."""
    application()
    finished: list[bool] = []
    beat = Heartbeat()
    beat.start()
    QTimer.singleShot(20, lambda: start_work(lambda: finished.append(True)))
    wait_until(lambda: bool(finished), timeout)
    return beat.stop()
