"""The benchmark helpers measure what they claim (the benchmarks themselves are not run here)."""

from __future__ import annotations

import sys
import time

from tests.benchmarks.probes import run_child
from tests.benchmarks.runner import Result, table


def test_result_verdicts_and_table() -> None:
    fast = Result("a", 1.5, "s", 1.0, "bare", max_ratio=2)
    slow = Result("b", 3.0, "s", 1.0, "bare", max_ratio=2)
    absolute = Result("c", 12.0, "ms", max_value=10, note="busy day")
    info = Result("d", 4.0, "s")
    broken = Result("e", None, "", note="fejl")
    assert (fast.passed, slow.passed, absolute.passed, info.passed, broken.passed) == (
        True, False, False, None, False,
    )  # fmt: skip
    assert fast.ratio == 1.5 and absolute.ratio is None
    text = table([fast, slow, absolute, info, broken])
    assert "| a " in text and "PASS" in text and "FAIL" in text and "info" in text
    assert "≤ 2× baseline" in text and "≤ 10 ms" in text and "- c: busy day" in text


def test_a_measure_that_could_not_run_is_neither_passed_nor_failed() -> None:
    skipped = Result("pg", None, "ms", max_ratio=3, note="not run: no server", not_run=True)
    assert skipped.passed is None and skipped.as_json()["not_run"] is True
    row = next(line for line in table([skipped]).splitlines() if line.startswith("| pg "))
    assert "NOT RUN" in row and "PASS" not in row and "FAIL" not in row


def test_child_run_reports_marker_time_and_peak_memory() -> None:
    script = (
        "import time; block = bytearray(80 * 2**20); block[::4096] = b'x' * len(block[::4096]); "
        "print('startup_seconds=0.1', flush=True)"
    )
    child = run_child([sys.executable, "-c", script])
    assert child.returncode == 0
    assert child.seconds_to_marker is not None and child.seconds_to_marker <= child.total_seconds
    assert child.peak_rss_mb is not None and child.peak_rss_mb >= 80
    assert child.cpu_seconds is not None and child.cpu_seconds > 0


def test_heartbeat_sees_a_blocked_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.benchmarks.qt_probes import worst_stall_ms

    def block(done) -> None:  # type: ignore[no-untyped-def]
        until = time.perf_counter() + 0.12
        while time.perf_counter() < until:  # busy: the event loop cannot run
            pass
        done()

    assert worst_stall_ms(block) >= 120
