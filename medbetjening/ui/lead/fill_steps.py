"""The dashboard's fill, one step per pass of the event loop, each chart laid out apart.

Filling a chart posts its layout, and the layout posts the paint: each runs in a later
pass of the event loop, with timers and input handled between passes. A next step queued
at once ran in the same pass as the last chart's layout and held the window for both (a
chart of 26 names: ~8 ms to fill, ~18 ms to lay out, ~7 ms to paint, CPU). So a step is
queued only after a short pause, which lets the pending layout pass come first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

STEP_PAUSE_MS = 2
Step = Callable[[], None]


class FillSteps(QObject):
    """Runs steps one at a time; a new ``run`` or ``stop`` drops what is left. The
    timer is the owner's: a window closed meanwhile runs no more steps."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._steps: list[Step] = []
        self._done: Step = lambda: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STEP_PAUSE_MS)
        # the step as a posted call: it runs in a pass of its own, the next pass (its
        # chart's layout) comes after a look at the timers
        self._timer.timeout.connect(lambda: QTimer.singleShot(0, self, self._next))

    def run(self, steps: list[Step], done: Step) -> None:
        self._steps, self._done = list(steps), done
        self._timer.start()

    def stop(self) -> None:
        self._steps, self._done = [], lambda: None
        self._timer.stop()

    @property
    def running(self) -> bool:
        return bool(self._steps)

    def _next(self) -> None:
        if not self._steps:
            return  # stopped meanwhile
        self._steps.pop(0)()
        if self._steps:
            self._timer.start()
        else:
            self._done()
