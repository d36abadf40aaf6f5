"""Run slow, Qt-free work off the GUI thread with progress, cancel and a callback.

The work function gets a ``TaskControl`` to report progress and check for cancel;
results and errors come back to the GUI thread through queued signals, so widgets
are only ever touched on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

# A CPU-bound Python worker holds the interpreter lock for up to the switch interval
# (5 ms by default) each time the GUI thread asks for it, and drawing a chart asks many
# times: an export beside the dashboard stalled the window ~90 ms. 0.5 ms keeps it fluid.
GIL_SWITCH_INTERVAL_S = 0.0005


def _share_the_interpreter_with_the_gui() -> None:
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


class Cancelled(Exception):
    """Raised inside work when the user pressed cancel."""


# A progress bar moves no better for more than ten steps a second, and each step is a
# queued call the GUI thread takes (with the interpreter lock) between two paints: an
# export of a million visits reported a thousand.
PROGRESS_INTERVAL_S = 0.1


class TaskControl:
    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last_progress = -PROGRESS_INTERVAL_S

    def progress(self, done: int, total: int) -> None:
        """Cancel raises here, at every call; the bar moves at most ten times a second
        (and always at the start and the end)."""
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if 0 < done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._signals.progress.emit(done, total)

    def say(self, text: str) -> None:
        """A line for the progress text (e.g. "continues on sheet 2")."""
        self._signals.message.emit(text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    progress = Signal(int, int)
    message = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self.control = TaskControl(signals)

    def run(self) -> None:
        try:
            result = self._work(self.control)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to show
            self._signals.failed.emit(error)
        else:
            if self.control.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


# Runnables on a pool thread are kept alive until they have finished: a BackgroundTask may be
# deleted with its parent widget (a window closed mid-task), and the pool must not be left
# running a runnable whose Python wrapper, and so its C++ object, was collected.
_IN_FLIGHT: set[_Keeper] = set()


class _Keeper(QObject):
    """Holds a runnable from start() until a turn of the GUI event loop after it finished."""

    def __init__(self, runnable: _Runnable) -> None:
        super().__init__()  # lives in the GUI thread: ``release`` runs there, queued
        self.runnable = runnable
        _IN_FLIGHT.add(self)
        runnable._signals.finished.connect(self.release)

    @Slot()
    def release(self) -> None:
        # one more turn of the event loop lets run() return before the last reference goes
        QTimer.singleShot(0, lambda: _IN_FLIGHT.discard(self))


class BackgroundTask(QObject):
    """One piece of work: connect to its signals, then ``start()``."""

    progress = Signal(int, int)
    message = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _TaskSignals()
        self._runnable = _Runnable(work, self._signals)
        self._runnable.setAutoDelete(False)
        for name in ("progress", "message", "succeeded", "failed", "cancelled", "finished"):
            getattr(self._signals, name).connect(getattr(self, name))
        self.running = False
        self.finished.connect(self._mark_done)

    def start(self, pool: QThreadPool | None = None) -> None:
        _share_the_interpreter_with_the_gui()
        self.running = True
        _Keeper(self._runnable)
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def cancel(self) -> None:
        self._runnable.control.cancel()

    def _mark_done(self) -> None:
        self.running = False
