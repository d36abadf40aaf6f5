"""The benchmark database cache: a new index upgrades a copy, a new generator rebuilds;
a 10M run makes only the 10M measures. (No benchmark is run here.)"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from medbetjening.demo.demo_data import GENERATOR_VERSION
from medbetjening.storage.integrity import known_whole, marker_path
from medbetjening.storage.migrate import head_revision
from tests.benchmarks import build_measures, demo_db

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "db"
OLDER = "0010_workshops"  # a revision before the head, as when an index migration lands
SIDECAR = {"built_at": "2026-12-07T05:00:00", "build_seconds": 99.5, "counts": {"visit": 50}}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    monkeypatch.setattr(demo_db, "CACHE_DIR", tmp_path)
    built: list[tuple[int, int]] = []

    def fake_build(path: Path, sidecar: Path, seed: int, visits: int) -> None:
        built.append((seed, visits))
        path.write_bytes(b"")
        sidecar.write_text(json.dumps({**SIDECAR, "build_seconds": 1.0}))

    monkeypatch.setattr(demo_db, "_build", fake_build)
    return built


def _cached(tmp_path: Path, revision: str, generator: int = GENERATOR_VERSION) -> Path:
    path = tmp_path / f"demo-seed9-50-{revision}-g{generator}.sqlite"
    shutil.copyfile(FIXTURES / f"{OLDER}.sqlite", path)
    path.with_suffix(".json").write_text(json.dumps(SIDECAR))
    return path


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_new_head_upgrades_a_copy_of_the_cached_database(tmp_path: Path, cache) -> None:  # type: ignore[no-untyped-def]
    older = _cached(tmp_path, OLDER)
    demo = demo_db.ensure(9, 50)
    assert cache == []  # nothing generated again
    assert demo.path.name == f"demo-seed9-50-{head_revision()}-g{GENERATOR_VERSION}.sqlite"
    assert _revision(demo.path) == head_revision()
    assert demo.build_seconds == 99.5  # the build's own time, kept
    assert demo.info["upgraded_from"] == older.name
    assert not older.exists() and not older.with_suffix(".json").exists()
    assert known_whole(demo.path)  # the first start does not re-read the whole file
    assert sorted(p.name for p in tmp_path.glob("demo-*")) == sorted(
        (demo.path.with_suffix(".json").name, demo.path.name, marker_path(demo.path).name)
    )


def test_another_generator_version_or_an_unknown_revision_builds_again(
    tmp_path: Path,
    cache,  # type: ignore[no-untyped-def]
) -> None:
    _cached(tmp_path, OLDER, generator=GENERATOR_VERSION - 1)
    _cached(tmp_path, "0099_from_another_branch")
    demo = demo_db.ensure(9, 50)
    assert cache == [(9, 50)]
    assert demo.build_seconds == 1.0 and "upgraded_from" not in demo.info
    assert [p.name for p in tmp_path.glob("*.sqlite")] == [demo.path.name]


def test_rebuild_builds_even_when_an_upgrade_would_do(tmp_path: Path, cache) -> None:  # type: ignore[no-untyped-def]
    _cached(tmp_path, OLDER)
    demo_db.ensure(9, 50, rebuild=True)
    assert cache == [(9, 50)]


def test_ten_million_runs_only_the_ten_million_measures() -> None:
    from tests.benchmarks import __main__  # noqa: F401 - registers every measure
    from tests.benchmarks.runner import MEASURES

    names = {name for name, _ in MEASURES}
    assert set(build_measures.TEN_MILLION) <= names
    assert build_measures.measures_for(10_000_000, None) == set(build_measures.TEN_MILLION)
    assert "xlsx_export_all_visits" not in build_measures.measures_for(10_000_000, None)
    assert build_measures.measures_for(1_000_000, None) is None  # everything
    assert build_measures.measures_for(10_000_000, {"startup"}) == {"startup"}


def test_the_build_time_is_a_result_against_two_minutes_a_million() -> None:
    import datetime as dt

    from tests.benchmarks.runner import Context

    info = {
        **SIDECAR, "build_seconds": 150.0, "cpu_seconds": 260.0,
        "phases": {"visits": 100.0, "rebuild_statistics": 48.0},
        "upgraded_from": "demo-seed1-1000000-0010_workshops-g7.sqlite",
    }  # fmt: skip
    demo = demo_db.DemoDatabase(
        Path("x.sqlite"), dt.datetime(2026, 12, 7, 5), 150.0, {"visit": 1_000_000}, info
    )
    result = build_measures.demo_data_build(Context(demo=demo, seed=1, repeat=1))
    assert (result.value, result.max_value, result.passed) == (150.0, 120, False)
    assert "rebuild_statistics 48 s" in result.note and "CPU 260.0 s" in result.note
    assert "upgraded since from demo-seed1-1000000-0010_workshops-g7.sqlite" in result.note
    small = demo_db.DemoDatabase(Path("x.sqlite"), demo.built_at, 9.0, {"visit": 100_000}, {})
    assert build_measures.demo_data_build(Context(demo=small, seed=1, repeat=1)).passed


def test_the_sidecar_splits_visits_hooks_and_statistics() -> None:
    import datetime as dt

    from tests.benchmarks.runner import Context

    phases = {"visits": 50.0, "add_demo_workshops": 2.0, "add_demo_referrals": 3.0,
              "rebuild_statistics": 40.0}  # fmt: skip
    split = demo_db.split_phases(phases)
    assert split == {"visits": 50.0, "hooks": 5.0, "statistics": 40.0, "without_statistics": 55.0}
    info = {**SIDECAR, "phases": phases, "split": split, "phase_cpu": {"visits": 90.0}}
    demo = demo_db.DemoDatabase(
        Path("x.sqlite"), dt.datetime(2026, 12, 7, 5), 95.0, {"visit": 1_000_000}, info
    )
    note = build_measures.demo_data_build(Context(demo=demo, seed=1, repeat=1)).note
    assert "without the statistics rebuild 55 s" in note and "'visits': 90.0" in note
