"""The benchmark runner: a list of measures, a table, a JSON file.

A measure is one small function ``(ctx) -> Result`` registered with ``@measure(name)``;
it compares its value with a baseline measured in the same run (``ratio``) or with an
absolute limit. Shared baselines are computed once per run with ``ctx.shared(...)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from tests.benchmarks.demo_db import CACHE_DIR, DemoDatabase


@dataclass
class Result:
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    max_ratio: float | None = None  # pass when value / baseline <= max_ratio
    max_value: float | None = None  # pass when value <= max_value
    note: str = ""
    not_run: bool = False  # needs something this run lacks (a server): neither pass nor fail

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def target(self) -> str:
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g}× baseline"
        if self.max_value is not None:
            return f"≤ {self.max_value:g} {self.unit}"
        return "– (no target)"

    @property
    def passed(self) -> bool | None:
        if self.not_run:
            return None
        if self.value is None:
            return False
        if self.max_ratio is not None:
            ratio = self.ratio
            return ratio is not None and ratio <= self.max_ratio
        if self.max_value is not None:
            return self.value <= self.max_value
        return None  # a baseline alone: informational

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, target=self.target, passed=self.passed)
        return data


@dataclass
class Context:
    demo: DemoDatabase
    seed: int
    repeat: int
    _shared: dict[str, Any] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.demo.path

    @property
    def db_url(self) -> str:
        return self.demo.url

    def shared(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per run (e.g. a baseline several measures compare with)."""
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]

    @cached_property
    def services(self):  # type: ignore[no-untyped-def]
        from medbetjening.services.container import Services
        from medbetjening.services.database import open_database

        services = Services(open_database(self.db_url))
        # As the app after its first paint (app._after_first_paint): on a loaded database
        # warm_up freezes the long-lived objects out of the garbage collector's scans, so
        # a measure pays the collections a clerk's process pays, not a bare script's.
        services.warm_up()
        return services

    def release_database(self) -> None:
        """Close this process's connections (a later use opens them again). A child started
        while the parent holds the SQLite file open meets a write-ahead log its own close
        cannot empty, so it cannot mark the file whole, and every next start re-reads the
        whole file (``storage/integrity.py``): not the start a clerk has."""
        if "services" in self.__dict__:
            self.services.database.dispose()  # the last connection: marks the file whole
            del self.__dict__["services"]

    def actor(self, role: str = "staff", site_index: int = 0):  # type: ignore[no-untyped-def]
        """A demo profile: by default a staff member at the town hall (the busiest site)."""
        from medbetjening.ui.shell.sign_in import actor_for

        site = self.services.setup.sites()
        site_id = sorted(s.id for s in site)[site_index]
        staff = [s for s in self.services.setup.staff(site_id) if s.role == role]
        return actor_for(sorted(staff, key=lambda s: s.id)[0])

    @cached_property
    def app_home(self) -> Path:
        """A data folder whose settings pick the demo staff profile (no sign-in dialog).
        It is where a Linux desktop keeps the app's data (``$XDG_DATA_HOME/medbetjening``)
        and the children find it that way, not through ``MEDBETJENING_HOME``: the override
        skips working out the user's folder, which a clerk's start does."""
        home = Path(tempfile.mkdtemp(prefix="home-", dir=CACHE_DIR)) / "medbetjening"
        home.mkdir()
        staff_id = self.actor().staff_id
        (home / "settings.ini").write_text(f"[session]\nlast_staff_id = {staff_id}\n")
        return home

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("MEDBETJENING_HOME", None)
        env["XDG_DATA_HOME"] = str(self.app_home.parent)
        env.pop("MEDBETJENING_DB_URL", None)
        if not env.get("DISPLAY") and "QT_QPA_PLATFORM" not in env:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def close(self) -> None:
        if "services" in self.__dict__:
            self.services.database.dispose()
        if "app_home" in self.__dict__:
            import shutil

            shutil.rmtree(self.app_home.parent, ignore_errors=True)


Measure = Callable[[Context], Result]
MEASURES: list[tuple[str, Measure]] = []


def measure(name: str) -> Callable[[Measure], Measure]:
    def register(function: Measure) -> Measure:
        MEASURES.append((name, function))
        return function

    return register


def run(ctx: Context, only: set[str] | None = None) -> list[Result]:
    results = []
    for name, function in MEASURES:
        if only and name not in only:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        if hasattr(os, "sync"):
            # Start each measure on a settled disk: the writes of the one before (start-up
            # children checkpointing the 1.7 GB file, 150 MB exports) otherwise drain during
            # the next one and stretch its commits' fsync (history reads 4 ms → 15 ms).
            os.sync()
        try:
            result = function(ctx)
        except Exception as error:  # noqa: BLE001 - one broken measure must not hide the rest
            traceback.print_exc()
            result = Result(name, None, "", note=f"fejl: {type(error).__name__}: {error}")
        results.append(result)
    return results


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".strip()


def table(results: list[Result]) -> str:
    header = ("measure", "value", "baseline (same run)", "ratio", "target", "result")
    rows = [header]
    for r in results:
        verdict = "NOT RUN" if r.not_run else {True: "PASS", False: "FAIL", None: "info"}[r.passed]
        baseline = _fmt(r.baseline, r.unit) + (f" ({r.baseline_label})" if r.baseline_label else "")
        ratio = "–" if r.ratio is None else f"{r.ratio:.2f}×"
        rows.append((r.name, _fmt(r.value, r.unit), baseline, ratio, r.target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def write_json(path: Path, ctx: Context, results: list[Result]) -> None:
    payload = {
        "run_at": dt.datetime.now().isoformat(timespec="seconds"),
        "visits": ctx.demo.counts.get("visit"),
        "seed": ctx.seed,
        "database": {
            "file": ctx.db_path.name,
            "size_mb": round(ctx.db_path.stat().st_size / 2**20, 1),
            "built_at": ctx.demo.built_at.isoformat(),
            "build_seconds": ctx.demo.build_seconds,
            "counts": ctx.demo.counts,
        },
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        },
        "results": [r.as_json() for r in results],
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False))
