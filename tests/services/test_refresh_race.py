"""Two statistics refreshes at once (the dashboard and the friction panel, or two PCs on
one PostgreSQL): the second waits for the first and then sees its work, so the dashboard
opens without an error and counts every visit once.

Before: both found no refresh row, both rebuilt, and the second failed inserting the day
states and the refresh row the first had just committed (the dashboard failed behind a
modal box). The test makes the overlap certain: the first refresh is held just before it
writes its refresh row, until the second has reached its first write (or the lock).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select

from medbetjening.domain.vocabulary import Autonomy, Completion, Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.models import StatDayState, StatDimDay, StatRefresh
from tests.seed import add_site, add_staff

WAIT_S = 60  # a guard against a hang, not a timing: the events normally come at once


@pytest.fixture
def two_pcs(any_db_url: str) -> Iterator[tuple[Services, Services]]:
    databases = [open_database(any_db_url), open_database(any_db_url)]
    yield Services(databases[0]), Services(databases[1])
    for database in databases:
        database.dispose()


def _close_visits(services: Services, actor: ActorContext, flows: list[str]) -> None:
    for flow_id in flows:
        visit_id = services.visits.start_visit(actor)
        services.flows.start_run(actor, visit_id, flow_id)
        defaults = services.outcome.defaults(actor, visit_id)
        services.outcome.close_visit(
            actor,
            visit_id,
            CloseRequest(
                completion=Completion.COMPLETED,
                autonomy=Autonomy.WITH_GUIDANCE,
                duration_minutes=10,
                expected_version=defaults.version,
            ),
        )


def _is_write_or_lock(statement: str) -> bool:
    words = statement.lstrip().upper()
    return words.startswith(("INSERT", "UPDATE", "DELETE")) or "PG_ADVISORY" in words


def test_two_refreshes_at_once_wait_and_count_once(two_pcs) -> None:  # type: ignore[no-untyped-def]
    a, b = two_pcs
    site = add_site(a, "Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(a, "Kenni", site.id, Role.STAFF)
    lead = add_staff(a, "Lise", site.id, Role.LEAD)
    staff_actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    lead_actor = ActorContext(lead.id, site.id, Role.LEAD, lead.name)
    _close_visits(a, staff_actor, ["pas", "digital-post", "pas"])

    first_holds = threading.Event()  # a is inside its refresh, about to write the row
    second_writes = threading.Event()  # b reached its first write or the refresh lock

    @event.listens_for(a.database.engine, "before_cursor_execute")
    def hold_first(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO STAT_REFRESH"):
            first_holds.set()
            second_writes.wait(WAIT_S)

    @event.listens_for(b.database.engine, "before_cursor_execute")
    def note_second(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if first_holds.is_set() and _is_write_or_lock(statement):
            second_writes.set()

    results: dict[str, object] = {}

    def run(name: str, action) -> None:  # type: ignore[no-untyped-def]
        try:
            results[name] = action()
        except BaseException as error:  # noqa: BLE001 - examined below
            results[name] = error

    today = dt.date.today()
    flt = StatisticsFilter(today - dt.timedelta(days=1), today)
    first = threading.Thread(target=run, args=("refresh", a.statistics.refresh))
    first.start()
    assert first_holds.wait(WAIT_S), "the first refresh never reached its refresh row"
    second = threading.Thread(
        target=run, args=("dashboard", lambda: b.statistics.dashboard(lead_actor, flt))
    )
    second.start()
    first.join(WAIT_S)
    second.join(WAIT_S)
    event.remove(a.database.engine, "before_cursor_execute", hold_first)
    event.remove(b.database.engine, "before_cursor_execute", note_second)

    assert second_writes.is_set()
    assert not isinstance(results["refresh"], BaseException), results["refresh"]
    board = results["dashboard"]
    assert not isinstance(board, BaseException), board
    assert board.visits == 3  # type: ignore[union-attr]
    assert {f.flow_id: f.visits for f in board.top_flows} == {"pas": 2, "digital-post": 1}  # type: ignore[union-attr]
    with a.database.uow_factory() as uow:
        session = uow.session
        assert session.scalar(select(func.count()).select_from(StatRefresh)) == 1
        assert session.scalar(select(func.count()).select_from(StatDayState)) == 1
        everything = select(func.sum(StatDimDay.visits)).where(
            StatDimDay.dim == "all", StatDimDay.staff_id == 0
        )
        assert session.scalar(everything) == 3
