"""The benchmark database: built once per (seed, visits, generator) and reused.

Files live in ``tests/benchmarks/.cache/`` (git-ignored): the SQLite file plus a small
JSON sidecar with the build time (wall and CPU, per phase, with the load) and row counts.
The name carries the Alembic head too. When only the head moved (a new index), a copy of
the cached file is upgraded with Alembic, as a municipality's database would be, instead
of generating a million visits again; a new ``GENERATOR_VERSION`` always rebuilds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
STATISTICS_HOOK = "rebuild_statistics"  # demo_after's hook, timed apart in the sidecar


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    built_at: dt.datetime
    build_seconds: float
    counts: dict[str, int]
    info: dict[str, object] = field(default_factory=dict)  # the whole sidecar

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @property
    def built_today(self) -> bool:
        return self.built_at.date() == dt.date.today()


def _key(seed: int, visits: int, head: str | None = None) -> str:
    from medbetjening.demo.demo_data import GENERATOR_VERSION
    from medbetjening.storage.migrate import head_revision

    return f"demo-seed{seed}-{visits}-{head or head_revision()}-g{GENERATOR_VERSION}"


def ensure(seed: int, visits: int, *, rebuild: bool = False) -> DemoDatabase:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    key = _key(seed, visits)
    path = CACHE_DIR / f"{key}.sqlite"
    sidecar = path.with_suffix(".json")
    if rebuild or not (path.exists() and sidecar.exists()):
        older = None if rebuild else _upgradable(seed, visits)
        if older is None or not _upgrade_copy(older, path, sidecar):
            _remove_stale(seed, visits, "" if rebuild else key)  # disk space first (10M: 20 GB)
            _build(path, sidecar, seed, visits)
    _remove_stale(seed, visits, key)
    info = json.loads(sidecar.read_text())
    return DemoDatabase(
        path=path,
        built_at=dt.datetime.fromisoformat(info["built_at"]),
        build_seconds=info["build_seconds"],
        counts=info["counts"],
        info=info,
    )


def _remove_stale(seed: int, visits: int, keep: str) -> None:
    """Files of another schema or generator version (all of them when ``keep`` is empty)."""
    for old in CACHE_DIR.glob(f"demo-seed{seed}-{visits}-*"):
        if not (keep and old.name.startswith(keep)):
            old.unlink()


def _upgradable(seed: int, visits: int) -> Path | None:
    """A cached file of this generator version at a revision this program can upgrade."""
    from medbetjening.storage.migrate import known_revisions

    suffix = _key(seed, visits, "HEAD").split("HEAD", 1)[1]
    pattern = re.compile(rf"demo-seed{seed}-{visits}-(.+){re.escape(suffix)}\.sqlite")
    for candidate in sorted(CACHE_DIR.glob(f"demo-seed{seed}-{visits}-*.sqlite")):
        found = pattern.fullmatch(candidate.name)
        if found and found[1] in known_revisions() and candidate.with_suffix(".json").exists():
            return candidate
    return None


def _upgrade_copy(older: Path, path: Path, sidecar: Path) -> bool:
    """Upgrade a copy of ``older`` to the head; False (and nothing left) when it fails."""
    from sqlalchemy import create_engine

    from medbetjening.demo.demo_after import rebuild_statistics
    from medbetjening.storage.integrity import mark_whole
    from medbetjening.storage.migrate import upgrade_to

    copy = path.with_name(path.name + ".upgrading")
    started = time.perf_counter()
    # SQLite's backup, not a file copy: a copy of the main file without its write-ahead log
    # (a measure's writes not yet checkpointed) is a damaged database ("malformed").
    with closing(sqlite3.connect(older)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    engine = create_engine(f"sqlite:///{copy}")
    try:
        upgrade_to(engine, "head")
        # A migration that drops the statistics' refresh mark (0012) would make the first
        # dashboard recount every day inside a measure: count them here, as a build does.
        with engine.connect() as connection:
            marked = connection.exec_driver_sql("SELECT count(*) FROM stat_refresh").scalar()
        if not marked:
            rebuild_statistics(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as error:  # noqa: BLE001 - a rebuild follows; say why
        print(f"upgrading {older.name} failed ({error}); building again", flush=True)
        copy.unlink()
        return False
    finally:
        engine.dispose()
        for leftover in copy.parent.glob(copy.name + "-*"):
            leftover.unlink()
    copy.rename(path)
    # closed whole, as the app's own close marks it: the first start need not re-read it
    mark_whole(path)
    info = json.loads(older.with_suffix(".json").read_text())
    info["upgraded_from"] = older.name
    info["upgrade_seconds"] = round(time.perf_counter() - started, 1)
    sidecar.write_text(json.dumps(info, indent=2))
    return True


def _peak_rss_mb() -> dict[str, float] | None:
    """Peak resident memory of this process and of its largest finished child (the
    generator's worker): the build must stay bounded at ten million visits."""
    try:
        import resource
    except ImportError:
        return None
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"writer": round(own / 1024, 1), "generator": round(child / 1024, 1)}  # KiB


def split_phases(phases: dict[str, float]) -> dict[str, float]:
    """Wall seconds of the visits, the other after-hooks and the statistics rebuild (two
    engineers speed up different parts: each sees their own)."""
    statistics = phases.get(STATISTICS_HOOK, 0.0)
    visits = phases.get("visits", 0.0)
    hooks = sum(phases.values()) - visits - statistics
    return {
        "visits": round(visits, 1),
        "hooks": round(hooks, 1),
        "statistics": round(statistics, 1),
        "without_statistics": round(visits + hooks, 1),
    }


def _build(path: Path, sidecar: Path, seed: int, visits: int) -> None:
    from medbetjening.cli_commands._common import TerminalProgress
    from medbetjening.demo.demo_data import DEFAULT_AFTER_GENERATE, generate_demo_data
    from medbetjening.services.database import open_database
    from medbetjening.storage.integrity import marker_path

    building = path.with_name(path.name + ".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    from medbetjening.demo.demo_pipeline import cpu_seconds

    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    started, cpu_started = time.perf_counter(), cpu_seconds()
    db = open_database(f"sqlite:///{building}")
    progress = TerminalProgress(visits, f"Bygger benchmark-database ({visits} besøg)")
    try:
        summary = generate_demo_data(
            db.engine,
            visits,
            seed=seed,
            progress=lambda done, total: progress.update(done),
            after_generate=DEFAULT_AFTER_GENERATE,
        )
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    progress.finish()
    building.rename(path)
    # the build closed the file whole and the rename keeps its identity (size, mtime,
    # inode): carry the marker over, or the first start pays a full check of the file
    built_whole = marker_path(building)
    if built_whole.exists():
        built_whole.replace(marker_path(path))
    for suffix in ("-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    sidecar.write_text(
        json.dumps(
            {
                "built_at": dt.datetime.now().isoformat(timespec="seconds"),
                "build_seconds": round(time.perf_counter() - started, 1),
                "cpu_seconds": round(cpu_seconds() - cpu_started, 1),
                "phases": {name: round(s, 1) for name, s in summary.phases.items()},
                "phase_cpu": {name: round(s, 1) for name, s in summary.phase_cpu.items()},
                "split": split_phases(summary.phases),
                "peak_rss_mb": _peak_rss_mb(),
                "load_average": [load_before, os.getloadavg() if load_before else None],
                "counts": summary.counts,
            },
            indent=2,
        )
    )
