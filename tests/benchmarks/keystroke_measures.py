"""One frame per keystroke: a key press until the changed part is painted (issue 22).

Both measures work in a new visit of the demo database (the staff member at the busiest
site starts it, as at the counter), press the keys the clerk presses, and time each one
from the key event to the end of a synchronous repaint of the panel: the save and its
commit (an fsync on SQLite) included; the paint is what Qt does with the pending update
requests (the changed regions), as on the next frame. The visit stays open in the benchmark database, as
a visit someone was helped in would.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from tests.benchmarks.runner import Context, Result, measure

FRAME_MS = 16
KEYS = 60  # samples per measure: p95 is then the third worst


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _timed(press: Callable[[], None], cpu: list[float] | None = None) -> float:
    """Wall-clock ms from the key to the painted frame; the CPU ms of this process (the
    part a busy machine does not add to: the rest is the commit's fsync and waiting)
    is appended to ``cpu``."""
    from PySide6.QtCore import QCoreApplication

    started, started_cpu = time.perf_counter(), time.process_time()
    press()
    QCoreApplication.processEvents()  # the update requests: the changed regions are painted
    if cpu is not None:
        cpu.append((time.process_time() - started_cpu) * 1000)
    return (time.perf_counter() - started) * 1000


@measure("keystroke_flow_mark")
def keystroke_flow_mark(ctx: Context) -> Result:
    """Mark a step by key (1: the citizen did it) until the walker has painted the next
    step; a completed run is followed by a new run of the same flow (not timed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from medbetjening.ui.visit.flow_walker import FlowWalker
    from tests.benchmarks.qt_probes import application, settle

    application()
    actor = ctx.actor()
    visit_id = ctx.services.visits.start_visit(actor)
    walker = FlowWalker(ctx.services, actor, visit_id)
    walker.resize(1200, 760)
    walker.show()
    settle()
    samples: list[float] = []
    cpu: list[float] = []
    try:
        while len(samples) < KEYS:
            if walker.run is None or walker.run.finished:
                walker.start_flow("flytning")
                settle(50)
            press = lambda: QTest.keyClick(walker.steps_list, Qt.Key.Key_1)  # noqa: E731
            samples.append(_timed(press, cpu))
    finally:
        walker.close()
        walker.deleteLater()
    return Result(
        "keystroke_flow_mark", _p95(samples), "ms", max_value=FRAME_MS,
        note=f"p95 of {len(samples)} keys (median {statistics.median(samples):.1f} ms, "
        f"worst {max(samples):.1f} ms), commit included; CPU per key median "
        f"{statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms",
    )  # fmt: skip


@measure("keystroke_assessment_answer")
def keystroke_assessment_answer(ctx: Context) -> Result:
    """Answer an assessment item by its key until the result view is repainted; the
    items are answered in turn, each with another option than before."""
    from PySide6.QtTest import QTest

    from medbetjening.ui.visit.assessment_panel import AssessmentPanel
    from tests.benchmarks.qt_probes import application, settle

    application()
    actor = ctx.actor()
    visit_id = ctx.services.visits.start_visit(actor)
    panel = AssessmentPanel(ctx.services, actor, visit_id)
    panel.resize(1200, 760)
    panel.show()
    settle()
    rows = [(row, _option_keys(row)) for row in panel.rows.rows]
    rows = [(row, keys) for row, keys in rows if len(keys) >= 2]
    if not rows:
        raise RuntimeError("the instrument has no item with two answer keys")
    samples: list[float] = []
    cpu: list[float] = []
    try:
        for number in range(KEYS):
            row, keys = rows[number % len(rows)]
            key = keys[(number // len(rows)) % len(keys)]
            samples.append(
                _timed(lambda r=row, k=key: QTest.keyClicks(r, k), cpu)  # type: ignore[misc]
            )
    finally:
        panel.close()
        panel.deleteLater()
    return Result(
        "keystroke_assessment_answer", _p95(samples), "ms", max_value=FRAME_MS,
        note=f"p95 of {len(samples)} answers (median {statistics.median(samples):.1f} ms, "
        f"worst {max(samples):.1f} ms), commit and the new result included; CPU per key "
        f"median {statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms",
    )  # fmt: skip


def _option_keys(row) -> list[str]:  # type: ignore[no-untyped-def]
    """The keys that answer this item (digits for a score, letters for choices)."""
    scale = row.item.scale
    keys = []
    for char in "0123456789abcdefghijklmnopqrstuvwxyz":
        option = scale.option_for_key(char)
        if option is not None and option.answer not in {
            scale.option_for_key(k).answer for k in keys
        }:
            keys.append(char)
    return keys
