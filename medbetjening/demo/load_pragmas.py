"""How safely the demo visits are written on SQLite: by what the file holds before.

A file that holds no rows yet (made for the demo: the command's new file, the benchmark's
``*.building``) has nothing to lose: no fsync while loading (``synchronous=OFF``) and, in
a WAL file, no write-ahead log either (``journal_mode=OFF``: each page is written once,
not to the log and then again to the file); a crash leaves a file to delete. A file that
already holds rows (sites, staff, settings of a real installation) keeps its safety: in
WAL mode ``synchronous=NORMAL`` (a power cut can lose the last chunks, never corrupt
the file; fsync only at checkpoints), otherwise ``FULL`` as always. Either way the file's
journal mode and ``synchronous=FULL`` are given back when the load ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from medbetjening.storage.models import Base

LOAD_CACHE_KIB = -65_536  # SQLite's page cache while loading (negative: KiB), 64 MB
# Helper threads SQLite's sorter may use: the secondary indexes are built after the last
# chunk, when the generators have stopped and a core is idle (an index of step_record at
# 1M: ≈ 10 s on one core, 7.4 s on two when the other core was free; ≈ 25 % more CPU).
LOAD_SORT_THREADS = 2


def holds_rows(connection: Connection) -> bool:
    """Whether any of the program's tables has a row (one look-up each)."""
    return any(
        connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is not None
        for name in Base.metadata.tables
    )


@contextmanager
def loading_pragmas(connection: Connection) -> Iterator[str]:
    """SQLite settings for the load; yields the ``synchronous`` level chosen."""
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    threads = connection.exec_driver_sql("PRAGMA threads").scalar()
    mode = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
    scratch = not holds_rows(connection)
    connection.rollback()  # the journal mode changes only outside a transaction
    unlogged = False
    if scratch:
        level = "OFF"
        if mode == "wal":  # refused (still "wal") while another connection has the file
            changed = connection.exec_driver_sql("PRAGMA journal_mode=OFF").scalar()
            unlogged = str(changed).lower() == "off"
    else:
        level = "NORMAL" if mode == "wal" else "FULL"
    connection.exec_driver_sql(f"PRAGMA synchronous={level}")
    # The generator makes every reference itself, so the per-row foreign-key look-ups
    # are off (the tests check every reference); a larger page cache for the unique keys.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.exec_driver_sql(f"PRAGMA cache_size={LOAD_CACHE_KIB}")
    connection.exec_driver_sql(f"PRAGMA threads={LOAD_SORT_THREADS}")
    try:
        yield level
    finally:
        connection.rollback()
        if unlogged:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.exec_driver_sql("PRAGMA synchronous=FULL")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
        connection.exec_driver_sql(f"PRAGMA threads={int(threads)}")
