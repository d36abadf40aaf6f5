"""The refresh's read of the citizens' errand histories seeks each errand's rows by key,
also once ``stat_errand_event`` has statistics of its own (any ``ANALYZE`` after it was
filled, as on a database analysed after its statistics were built).

Without statistics for the temporary key table, SQLite took it for the larger one and
walked the whole history, looking each row up in the keys: at 1M visits the refresh's
``plan_earlier`` went 27 → 156 ms. The statistics below are those ``ANALYZE`` wrote at
1M (``stat_errand_event``: 767,789 rows).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text

from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.services.container import Services
from tests.reports.test_errand_event_paths import _History

_AT_1M = {
    "stat_errand_event": "767789 3 2 1 1 1",
    "ix_stat_errand_event_visit_id": "767789 2",
}


def _analysed_as_at_1m(services: Services) -> None:
    with services.database.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
        for index, stat in _AT_1M.items():
            connection.execute(
                text("DELETE FROM sqlite_stat1 WHERE tbl = 'stat_errand_event' AND idx = :i"),
                {"i": index},
            )
            connection.execute(
                text("INSERT INTO sqlite_stat1 VALUES ('stat_errand_event', :i, :s)"),
                {"i": index, "s": stat},
            )
    services.database.engine.dispose()  # new connections load the statistics


def test_the_history_read_seeks_each_errand_after_analyze(database: Any) -> None:
    services = Services(database)
    history = _History(services)
    _analysed_as_at_1m(services)
    plans: list[str] = []

    def explain(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "JOIN agg_errand_key" in statement and not statement.startswith("EXPLAIN"):
            rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", params)
            plans.append(" | ".join(row[3] for row in rows))

    event.listen(database.engine, "before_cursor_execute", explain)
    try:
        history.services.tracking.mark_follow_up_done(  # a change: the histories are read
            history.lead, history.follow_up, FollowUpResult.MANAGED_ALONE
        )
        services.statistics.refresh()
    finally:
        event.remove(database.engine, "before_cursor_execute", explain)
    assert plans, "the refresh read no history"
    for plan in plans:
        assert "SCAN agg_errand_key" in plan, plan
        assert "SEARCH stat_errand_event" in plan, plan
