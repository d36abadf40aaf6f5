"""Measuring helpers without Qt: child processes (time to a marker line, peak RSS),
medians of repeated calls, and the baselines measured on the same database file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STARTUP_MARKER = "startup_seconds="


@dataclass(frozen=True)
class ChildRun:
    seconds_to_marker: float | None  # wall clock from spawn to the marker line
    total_seconds: float
    peak_rss_mb: float | None
    cpu_seconds: float | None  # user + system CPU time of the child (robust under load)
    returncode: int
    output: str


def median_ms(call: Callable[[], object], repeat: int = 30, warmup: int = 2) -> float:
    for _ in range(warmup):
        call()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run_child(
    command: list[str],
    env: dict[str, str] | None = None,
    marker: str = STARTUP_MARKER,
    timeout: float = 120,
) -> ChildRun:
    """Run ``command``; time the first output line starting with ``marker``; peak RSS.

    Peak RSS is the child's own high-water mark (``VmHWM`` in ``/proc``, read every few
    ms and when the marker appears; psutil elsewhere). Not ``wait4``'s ``ru_maxrss``:
    Linux carries the parent's RSS at spawn over into it.
    """
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=_root()
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        poller = _PeakPoller(process.pid)
        marked = None
        lines = []
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if marked is None and line.startswith(marker):
                marked = time.perf_counter() - started
                poller.sample()
        cpu = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            cpu = usage.ru_utime + usage.ru_stime
        else:
            process.wait()
        peak_mb = poller.stop()
        total = time.perf_counter() - started
        killer.cancel()
        errors.seek(0)
        output = "".join(lines) + errors.read()
    return ChildRun(marked, total, peak_mb, cpu, process.returncode, output)


class _PeakPoller:
    """The peak resident memory of one process, polled while it runs."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0.0
        self._status = Path(f"/proc/{pid}/status")
        self._psutil = None
        if not self._status.exists():
            try:
                import psutil  # type: ignore[import-not-found]

                self._psutil = psutil.Process(pid)
            except Exception:  # noqa: BLE001 - no psutil: no figure
                self._psutil = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> None:
        value = None
        try:
            if self._psutil is not None:
                value = self._psutil.memory_info().rss / 2**20
            else:
                for line in self._status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        value = int(line.split()[1]) / 1024
        except Exception:  # noqa: BLE001 - the process has ended
            return
        if value:
            self.peak = max(self.peak, value)

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.sample()

    def stop(self) -> float | None:
        self._stop.set()
        self._thread.join()
        return self.peak or None


def _root() -> Path:
    return Path(__file__).resolve().parents[2]


# -- baselines on the same file ------------------------------------------------------------
# The naive dashboard: its figures computed by GROUP BY over the raw visit rows of 12
# months (the visits themselves, and the visits with their outcome) on every refresh.
NAIVE_DASHBOARD_QUERIES = (
    """SELECT v.site_id, strftime('%Y-%m', v.started_at) AS month, v.contact_type, v.channel,
              v.status, count(*), avg(v.duration_minutes)
       FROM visit v WHERE v.started_at >= :since GROUP BY 1, 2, 3, 4, 5""",
    """SELECT v.site_id, strftime('%Y-%m', v.started_at), o.completion, o.autonomy, o.reason,
              count(*), avg(o.citizen_share)
       FROM visit v JOIN outcome o ON o.visit_id = v.id
       WHERE v.started_at >= :since GROUP BY 1, 2, 3, 4, 5""",
)

# The columns of the visit export (the CSV export measure compares against these).
VISIT_EXPORT_COLUMNS = (
    "id", "site_id", "desk_id", "staff_id", "citizen_id", "channel", "contact_type",
    "status", "started_at", "ended_at", "duration_minutes",
)  # fmt: skip


def naive_dashboard_seconds(db_path: Path, since: str) -> float:
    """Seconds for the naive dashboard queries, straight through sqlite3 (no ORM)."""
    connection = sqlite3.connect(db_path)
    try:
        started = time.perf_counter()
        for query in NAIVE_DASHBOARD_QUERIES:
            connection.execute(query, {"since": since}).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def sqlite3_cli() -> str | None:
    return shutil.which("sqlite3")


def sqlite3_export_seconds(db_path: Path, out: Path) -> float:
    """Seconds for the ``sqlite3`` command-line tool to write the visit columns as CSV."""
    cli = sqlite3_cli()
    if cli is None:
        raise FileNotFoundError("sqlite3 (apt-get install sqlite3)")
    query = f"SELECT {', '.join(VISIT_EXPORT_COLUMNS)} FROM visit ORDER BY id"
    started = time.perf_counter()
    with out.open("w") as handle:
        subprocess.run(
            [cli, "-readonly", "-csv", "-header", str(db_path), query], stdout=handle, check=True
        )
    seconds = time.perf_counter() - started
    out.unlink()
    return seconds
