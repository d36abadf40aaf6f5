"""The benchmark database: built once per (seed, visits, schema, generator) and reused.

Files live in ``tests/benchmarks/.cache/`` (git-ignored): the SQLite file plus a small
JSON sidecar with the build time and row counts.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    built_at: dt.datetime
    build_seconds: float
    counts: dict[str, int]

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    @property
    def built_today(self) -> bool:
        return self.built_at.date() == dt.date.today()


def _key(seed: int, visits: int) -> str:
    from medbetjening.demo.demo_data import GENERATOR_VERSION
    from medbetjening.storage.migrate import head_revision

    return f"demo-seed{seed}-{visits}-{head_revision()}-g{GENERATOR_VERSION}"


def ensure(seed: int, visits: int, *, rebuild: bool = False) -> DemoDatabase:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    key = _key(seed, visits)
    path = CACHE_DIR / f"{key}.sqlite"
    sidecar = path.with_suffix(".json")
    for old in CACHE_DIR.glob(f"demo-seed{seed}-{visits}-*"):
        if not old.name.startswith(key) or rebuild:
            old.unlink()  # another schema or generator version: stale
    if not (path.exists() and sidecar.exists()):
        _build(path, sidecar, seed, visits)
    info = json.loads(sidecar.read_text())
    return DemoDatabase(
        path=path,
        built_at=dt.datetime.fromisoformat(info["built_at"]),
        build_seconds=info["build_seconds"],
        counts=info["counts"],
    )


def _build(path: Path, sidecar: Path, seed: int, visits: int) -> None:
    from medbetjening.cli_commands._common import TerminalProgress
    from medbetjening.demo.demo_data import DEFAULT_AFTER_GENERATE, generate_demo_data
    from medbetjening.services.database import open_database
    from medbetjening.storage.integrity import marker_path

    building = path.with_name(path.name + ".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
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
                "counts": summary.counts,
            },
            indent=2,
        )
    )
