"""The demo's bulk load: every index comes back, also when the load fails half-way, and a
column the generator does not fill gets its default."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, text

from medbetjening.demo import bulk_insert
from medbetjening.demo.bulk_insert import COLUMNS, BulkInserter, indexes_set_aside, ts
from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.services.database import open_database
from medbetjening.storage.models import Base

NOW = dt.datetime(2026, 3, 11, 12, 30)


def _indexes(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        else:
            rows = connection.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            )
        return {(name, sql) for name, sql in rows}


def test_the_indexes_are_built_again_after_the_load(any_db_url: str) -> None:
    db = open_database(any_db_url)
    try:
        before = _indexes(db.engine)
        assert any(name.startswith("ix_visit") for name, _ in before)
        generate_demo_data(db.engine, 200, seed=3, now=NOW)
        assert _indexes(db.engine) == before
    finally:
        db.dispose()


def test_a_failed_load_gives_the_indexes_back(sqlite_migrated_url: str) -> None:
    db = open_database(sqlite_migrated_url)
    try:
        before = _indexes(db.engine)
        with (
            pytest.raises(RuntimeError, match="halfway"),
            db.engine.connect() as connection,
            indexes_set_aside(connection, list(COLUMNS)),
        ):
            assert not any(n.startswith("ix_visit") for n, _ in _indexes(db.engine))
            raise RuntimeError("halfway")
        assert _indexes(db.engine) == before
    finally:
        db.dispose()


def test_every_required_column_is_filled_or_defaulted() -> None:
    for name, columns in COLUMNS.items():
        table = Base.metadata.tables[name]
        assert set(columns) <= set(table.columns.keys()), name
        extra_names, _ = bulk_insert._constant_defaults(name)
        for column in table.columns:
            if column.name in columns or column.name in extra_names:
                continue
            assert column.nullable or column.server_default is not None, (name, column.name)


def test_a_left_out_column_gets_its_scalar_default(
    sqlite_migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as if the generator did not know the visit's version column (added later)
    monkeypatch.setitem(COLUMNS, "visit", tuple(c for c in COLUMNS["visit"] if c != "version"))
    db = open_database(sqlite_migrated_url)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql(
                "INSERT INTO site (id, name, kind, created_at) VALUES (1, 'Rådhuset', 'town_hall', "
                f"'{ts(NOW)}')"
            )
            connection.exec_driver_sql(
                "INSERT INTO staff (id, site_id, name, role, active, created_at) "
                f"VALUES (1, 1, 'Anna Berg', 'staff', 1, '{ts(NOW)}')"
            )
            row = (1, 1, None, 1, None, "counter", "information", "open", ts(NOW), None, None)
            BulkInserter(connection).insert("visit", [row])
            connection.commit()
            version = connection.execute(text("SELECT version FROM visit WHERE id = 1")).scalar()
        assert version == Base.metadata.tables["visit"].c.version.default.arg
    finally:
        db.dispose()


def test_the_loads_relaxed_settings_are_given_back(sqlite_migrated_url: str) -> None:
    """Foreign-key checks, fsync and the page cache are relaxed only while loading: the
    pooled connection the app goes on with has its own settings back."""
    db = open_database(sqlite_migrated_url)
    try:
        pragmas = ("foreign_keys", "synchronous", "cache_size")
        with db.engine.connect() as connection:
            before = [connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas]
        generate_demo_data(db.engine, 120, now=NOW, in_worker=False)
        with db.engine.connect() as connection:
            after = [connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas]
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert after == before and before[0] == 1
    finally:
        db.dispose()


def test_many_rows_go_in_several_rows_per_statement(sqlite_migrated_url: str) -> None:
    """Whole groups of ``ROWS_PER_INSERT`` rows and the rest one by one: all of them."""
    db = open_database(sqlite_migrated_url)
    rows = [
        (i, "2026-03-11 12:00:00.000000", None, None, "export.visits", "visit", None, None)
        for i in range(1, 2 * bulk_insert.ROWS_PER_INSERT + 8)
    ]
    try:
        with db.engine.connect() as connection:
            BulkInserter(connection).insert("audit_event", rows)
            connection.commit()
            stored = connection.exec_driver_sql("SELECT id FROM audit_event ORDER BY id").all()
        assert [row[0] for row in stored] == [row[0] for row in rows]
    finally:
        db.dispose()
