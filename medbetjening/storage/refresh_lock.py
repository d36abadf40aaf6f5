"""One statistics refresh at a time, across threads, processes and PCs.

Two refreshes at once (the dashboard and the friction panel, or two PCs on PostgreSQL)
each read the aggregate state, then both wrote it: the second inserted the refresh row
and the day states the first had just inserted, and the dashboard failed on a unique
key. The refresh therefore takes this lock as its transaction's first statement and
holds it until commit or rollback; a second refresh waits, then reads what the first
wrote (and usually finds nothing left to do).

- PostgreSQL: a transaction-level advisory lock (released by commit or rollback).
- SQLite: the database's one write lock, taken by a write that changes nothing; it waits
  up to the busy timeout, then raises ``OperationalError`` ("database is locked"), which
  ``is_lock_busy`` recognises so the caller can wait again.
"""

from __future__ import annotations

from sqlalchemy import false, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from medbetjening.storage.stat_models import StatRefresh

# Any fixed number: advisory locks are named by a 64-bit key per database.
ADVISORY_KEY = 0x4D42_5354  # "MBST"


def hold_refresh_lock(session: Session) -> None:
    """Take the refresh lock for the rest of ``session``'s transaction (waiting for it)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_KEY})
    elif dialect == "sqlite":
        # Must come before any read of the statistics: the reads after it then see every
        # committed refresh (a write transaction always reads the newest state).
        session.execute(
            update(StatRefresh).where(false()).values(id=StatRefresh.id),
            execution_options={"synchronize_session": False},
        )


def is_lock_busy(error: OperationalError) -> bool:
    """SQLite gave up waiting for another writer (its busy timeout passed)."""
    return "database is locked" in str(error.orig)
