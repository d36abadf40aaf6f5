"""The wide statistics tables' rows for the demo's rebuild, computed in another process.

Visits, flows, follow-ups and self-sufficiency read raw rows, ``stat_run_mark`` and
``stat_errand_event`` only: once those are committed (``write_all_run_marks``), a forked
process (``spooled_worker``) computes these rows from its snapshot while the rebuild's
own process writes the other tables, then writes them in the same transaction
(``rebuild_aggregates(given=...)``). Same builders, same range as the one-process
rebuild with nothing purged: the same rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_range import closed_range
from medbetjening.storage.aggregate_rebuild import BLOCK, select_blocks
from medbetjening.storage.aggregate_rows import flow_rows, follow_up_rows, visit_rows
from medbetjening.storage.aggregate_runs import drop_range_runs, fill_range_runs, run_marks
from medbetjening.storage.aggregate_self_sufficiency import self_sufficiency_rows
from medbetjening.storage.models import (
    StatFlowDay,
    StatFollowUpDay,
    StatSelfSufficiencyDay,
    StatVisitDay,
    Visit,
)

# The tables this process computes, with their builders (``aggregate_sources``' entries).
WIDE = (
    (StatVisitDay, visit_rows),
    (StatFlowDay, flow_rows),
    (StatFollowUpDay, follow_up_rows),
    (StatSelfSufficiencyDay, self_sufficiency_rows),
)


def wide_blocks(session: Session) -> Iterator[tuple[str, tuple[list[str], list[Any]]]]:
    """Each table's rows (tagged with its name) for every closed visit, in blocks of
    value tuples (``select_blocks``): one range from the first visit's month to the
    month after the last, as the rebuild's single pass."""
    first, last = session.execute(
        select(func.min(Visit.started_at), func.max(Visit.started_at))
    ).one()
    if first is None:
        return
    start = dt.datetime(first.year, first.month, 1)
    end = dt.datetime(last.year + last.month // 12, last.month % 12 + 1, 1)
    rng = closed_range(session, start, end, None)
    fill_range_runs(session, rng)
    for table, build in WIDE:
        name = table.__tablename__
        built = build(session, rng)
        if not isinstance(built, Select):
            if built:
                yield name, _as_values(session, built)
            continue
        for block in select_blocks(session, built):  # streamed: a block at a time in memory
            yield name, block
    drop_range_runs(session)


def _as_values(session: Session, rows: list[dict[str, Any]]) -> tuple[list[str], list[Any]]:
    """A builder's row dicts as the driver takes them: SQLite stores a day as ISO text
    (as SQLAlchemy's ``Date`` writes it)."""
    sqlite = session.get_bind().dialect.name == "sqlite"

    def stored(value: Any) -> Any:
        return value.isoformat() if sqlite and isinstance(value, dt.date) else value

    return list(rows[0]), [tuple(map(stored, row.values())) for row in rows]


def marks_blocks(session: Session) -> Iterator[list[tuple[Any, ...]]]:
    """``stat_run_mark``'s rows for every run (``run_marks``' value tuples), in blocks:
    raw rows only, so computed from the start beside the demo's other after-hooks."""
    cursor = session.connection().execute(run_marks([])).cursor
    while chunk := cursor.fetchmany(BLOCK):
        yield chunk
    cursor.close()
