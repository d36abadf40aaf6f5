"""The demo load's safety follows what the file held: a file without rows is loaded
without fsync or log, a file with rows keeps a crash-safe setting; both given back."""

from __future__ import annotations

import datetime as dt

from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.demo.load_pragmas import LOAD_SORT_THREADS, holds_rows, loading_pragmas
from medbetjening.services.database import open_database

NOW = dt.datetime(2026, 3, 11, 12, 30)


def _pragmas(connection) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    return str(mode).lower(), connection.exec_driver_sql("PRAGMA synchronous").scalar()


def _threads(connection) -> int:  # type: ignore[no-untyped-def]
    return connection.exec_driver_sql("PRAGMA threads").scalar()


def test_a_file_without_rows_loads_unlogged_and_gets_wal_back(sqlite_migrated_url: str) -> None:
    db = open_database(sqlite_migrated_url)
    try:
        with db.engine.connect() as connection:
            assert not holds_rows(connection)
            before, threads = _pragmas(connection), _threads(connection)
            with loading_pragmas(connection) as level:
                assert level == "OFF"
                assert _pragmas(connection) == ("off", 0)
                assert _threads(connection) == LOAD_SORT_THREADS != threads
            assert _pragmas(connection) == before == ("wal", 2)
            assert _threads(connection) == threads  # the connection's own, given back
    finally:
        db.dispose()


def test_a_file_with_rows_keeps_crash_safe_settings(sqlite_migrated_url: str) -> None:
    db = open_database(sqlite_migrated_url)
    try:
        generate_demo_data(db.engine, 30, now=NOW, in_worker=False)
        with db.engine.connect() as connection:
            assert holds_rows(connection)
            with loading_pragmas(connection) as level:
                # WAL with NORMAL: a power cut may lose the last chunks, never the file
                assert level == "NORMAL"
                assert _pragmas(connection) == ("wal", 1)
            assert _pragmas(connection) == ("wal", 2)
    finally:
        db.dispose()
