"""Demo data generated in a worker process: the same rows, and its errors surface."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.demo import demo_pipeline
from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.services.database import open_database
from tests.demo.test_demo_data import NOW, content_hash

pytestmark = pytest.mark.skipif(
    not demo_pipeline.worker_available(), reason="the worker needs a forking platform"
)


def test_a_worker_process_gives_the_same_rows_as_one_process(tmp_path: Path) -> None:
    hashes, steps = [], []
    for name, in_worker in (("one", False), ("two", True)):
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite")
        seen: list[int] = []
        try:
            summary = generate_demo_data(
                db.engine, 900, seed=5, now=NOW, chunk_size=200, in_worker=in_worker,
                progress=lambda done, total, seen=seen: seen.append(done),
            )  # fmt: skip
            hashes.append((summary.counts, content_hash(db.engine)))
        finally:
            db.dispose()
        steps.append(seen)
    assert hashes[0] == hashes[1]
    assert steps[0] == steps[1] and len(steps[1]) > 3 and steps[1][-1] == 900


class _Broken:
    def chunks(self):  # type: ignore[no-untyped-def]
        yield {"visit": [(1,)]}, 1
        raise ValueError("no more visits today")


def test_the_workers_error_is_raised_in_the_writer() -> None:
    received = []
    with pytest.raises(RuntimeError, match="no more visits today"):
        for item in demo_pipeline.chunks_in_worker(_Broken()):
            received.append(item)
    assert received == [({"visit": [(1,)]}, 1)]


def test_bounded_caches_change_no_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At ten million visits the generator's caches are cleared when full: same rows."""
    from medbetjening.demo import demo_assessment, demo_visit

    hashes = []
    for name, bound in (("roomy", 10**9), ("tight", 5)):
        monkeypatch.setattr(demo_assessment, "CACHED_PATTERNS", bound)
        monkeypatch.setattr(demo_visit, "MARK_PATTERNS", bound)
        db = open_database(f"sqlite:///{tmp_path / name}.sqlite")
        try:
            generate_demo_data(db.engine, 700, seed=2, now=NOW, in_worker=False)
            hashes.append(content_hash(db.engine))
        finally:
            db.dispose()
    assert hashes[0] == hashes[1]
