"""The statistics rebuild after the demo load, without the indexes it never reads.

A rebuild writes every ``stat_dim_day`` row anew (≈ 2 million at a million visits) and
reads that table only by day and site. Its two indexes by staff (the dashboard's) were
kept up to date row by row; here they are dropped in the rebuild's own transaction and
built once, sorted, before its commit. DDL is transactional on both engines, so a
failed rebuild rolls the drop back with the rest: the schema is never left without them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from medbetjening.demo.bulk_insert import index_definitions
from medbetjening.storage.refresh_lock import hold_refresh_lock

# stat_dim_day's indexes that no statement of the rebuild uses (each query plan reads
# by (day, site_id)); the dashboard's reads use them afterwards.
UNREAD_BY_REBUILD = ("ix_stat_dim_day_staff_day", "ix_stat_dim_day_staff_dim_cover")


@contextmanager
def unread_indexes_set_aside(session: Session) -> Iterator[None]:
    """Drop ``UNREAD_BY_REBUILD`` for the block and create them again at its end, all in
    the session's transaction (the caller commits)."""
    # First, as the rebuild does: the lock's write opens the transaction on SQLite too
    # (its driver begins one only at a write; a DROP before it would commit at once).
    hold_refresh_lock(session)
    connection = session.connection()
    saved = [
        (name, definition)
        for name, definition in index_definitions(connection, ["stat_dim_day"])
        if name in UNREAD_BY_REBUILD
    ]
    for name, _ in saved:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield  # an error: no CREATE; the caller's rollback brings the dropped ones back
    for _, definition in saved:
        connection.exec_driver_sql(definition)
