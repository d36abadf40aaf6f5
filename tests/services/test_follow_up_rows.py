"""The follow-up list is read in one statement, one row per flow run of the visit: each
follow-up still comes once, with its visit's distinct titles in run order, and a page
counts follow-ups, not the joined rows."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.services.follow_up_list import FollowUpFilter, FollowUpScope
from medbetjening.services.tracking import TrackingService
from tests.conftest import _seed_actor
from tests.tracking_seed import add_citizen, add_follow_up, add_visit

TODAY = dt.date(2026, 4, 20)  # a Monday
MORNING = dt.datetime(2026, 4, 1, 9)


@pytest.fixture
def db_services(any_db_url):  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


def test_each_follow_up_once_with_its_visits_titles_in_run_order(db_services) -> None:  # type: ignore[no-untyped-def]
    staff = _seed_actor(db_services, "staff")
    tracking = TrackingService(db_services.database.uow_factory, today=lambda: TODAY)
    assert tracking.due_follow_ups(staff) == []
    runs = [
        ("flytning", "completed", ["staff"]),
        ("digital-post", "abandoned", []),
        ("flytning", "completed", ["citizen_alone"]),  # the same task again: listed once
    ]
    busy = add_visit(
        db_services, staff, citizen_id=add_citizen(db_services), started_at=MORNING, runs=runs
    )
    quiet = add_visit(db_services, staff, started_at=MORNING + dt.timedelta(hours=1))
    first = add_follow_up(db_services, busy, TODAY - dt.timedelta(days=2))
    second = add_follow_up(db_services, busy, TODAY, kind="call")
    no_runs = add_follow_up(db_services, quiet, TODAY)

    rows = tracking.due_follow_ups(staff)

    assert [(row.id, row.tasks) for row in rows] == [
        (first, "Flytning, Digital post"),
        (second, "Flytning, Digital post"),
        (no_runs, ""),
    ]
    assert [(row.overdue, row.due_today, row.kind) for row in rows] == [
        (True, False, "check_alone"),
        (False, True, "call"),
        (False, True, "check_alone"),
    ]
    assert (rows[0].citizen_code, rows[2].citizen_id, rows[2].citizen_code) == ("K7Q2", None, None)
    assert (rows[0].visit_id, rows[0].visit_started_at, rows[0].staff_name) == (
        busy,
        MORNING,
        staff.name,
    )


def test_a_page_counts_follow_ups_not_the_runs_joined_to_them(db_services) -> None:  # type: ignore[no-untyped-def]
    staff = _seed_actor(db_services, "staff")
    tracking = TrackingService(db_services.database.uow_factory, today=lambda: TODAY)
    runs = [(flow, "completed", ["staff"]) for flow in ("flytning", "digital-post", "mitid")]
    visit = add_visit(db_services, staff, started_at=MORNING, runs=runs)
    later = [add_follow_up(db_services, visit, TODAY + dt.timedelta(days=n)) for n in (10, 11, 12)]

    def page(limit: int | None, offset: int) -> list[tuple[int, str]]:
        chosen = FollowUpFilter(limit=limit, offset=offset)
        return [
            (row.id, row.tasks) for row in tracking.follow_ups(staff, FollowUpScope.LATER, chosen)
        ]

    tasks = "Flytning, Digital post, Mitid"
    assert page(2, 0) == [(later[0], tasks), (later[1], tasks)]
    assert page(2, 2) == [(later[2], tasks)]
    assert page(None, 1) == [(later[1], tasks), (later[2], tasks)]
