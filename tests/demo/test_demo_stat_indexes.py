"""The demo's statistics rebuild sets aside the indexes it never reads, in its own
transaction: they are back after it, and a failed rebuild never loses them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from medbetjening.demo import demo_after
from medbetjening.demo.bulk_insert import index_definitions
from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.demo.demo_stat_indexes import UNREAD_BY_REBUILD
from medbetjening.services.database import open_database
from medbetjening.storage import aggregates

NOW = dt.datetime(2026, 3, 11, 12, 30)


def _stat_indexes(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as connection:
        return set(index_definitions(connection, ["stat_dim_day"]))


def test_the_rebuild_runs_without_them_and_they_come_back(
    any_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(any_db_url)
    try:
        before = _stat_indexes(db.engine)
        assert set(UNREAD_BY_REBUILD) <= {name for name, _ in before}
        seen: list[set[str]] = []
        rebuild = aggregates.rebuild_aggregates

        def watched(session: Session):  # type: ignore[no-untyped-def]
            names = {name for name, _ in index_definitions(session.connection(), ["stat_dim_day"])}
            seen.append(names)
            return rebuild(session)

        monkeypatch.setattr(aggregates, "rebuild_aggregates", watched)
        generate_demo_data(
            db.engine, 60, now=NOW, in_worker=False, after_generate=[demo_after.rebuild_statistics]
        )
        assert seen and not seen[0] & set(UNREAD_BY_REBUILD)
        assert _stat_indexes(db.engine) == before
    finally:
        db.dispose()


def test_a_failed_rebuild_keeps_them(any_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(any_db_url)
    try:
        before = _stat_indexes(db.engine)

        def broken(session: Session) -> None:
            raise RuntimeError("stopped half-way")

        monkeypatch.setattr(aggregates, "rebuild_aggregates", broken)
        with pytest.raises(RuntimeError, match="half-way"):
            demo_after.rebuild_statistics(db.engine)
        assert _stat_indexes(db.engine) == before
    finally:
        db.dispose()
