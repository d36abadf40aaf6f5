"""Find a citizen by code and open the history: a fixed number of statements however
many visits the citizen (or the database) has, and the audit committed before return.

Issue 22 (≤ 10 ms at ten million visits) is timed by the benchmark runner
(``find_citizen_history``); this test holds what makes it independent of size."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, event, text

from medbetjening.domain.pseudonym import citizen_code_from_payload
from medbetjening.services.tracking import HISTORY_READ
from tests.conftest import _seed_actor
from tests.tracking_seed import add_citizen, add_visit, seed_history

CODE = citizen_code_from_payload("K7M4P")
LOOKUP_STATEMENTS = 2  # the citizen by code, its audit event
HISTORY_STATEMENTS = 5  # citizen + visits, runs + marks, done follow-ups, workshops, audit


@pytest.fixture
def db_services(any_db_url):  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


def _counted(services, action):  # type: ignore[no-untyped-def]
    """(statements the action sent, its answer); BEGIN/COMMIT are not statements here."""
    sent: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement)

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        answer = action()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return [s for s in sent if s.split()[0].upper() in ("SELECT", "INSERT")], answer


def test_lookup_and_history_take_the_same_statements_for_one_visit_or_many(db_services) -> None:  # type: ignore[no-untyped-def]
    staff = _seed_actor(db_services, "staff")
    few = add_citizen(db_services, code=CODE)
    add_visit(
        db_services,
        staff,
        citizen_id=few,
        started_at=dt.datetime(2026, 3, 2, 10, 0),
        runs=[("digital-post", "completed", ["staff"])],
        outcome={"completion": "completed", "autonomy": "with_guidance"},
    )
    many = seed_history(db_services, staff)  # three visits, four runs, nine marks
    for _ in range(3):  # and other citizens' visits around them
        other = add_citizen(db_services, code=None)
        add_visit(db_services, staff, citizen_id=other, started_at=dt.datetime(2026, 3, 3))

    sent, found = _counted(db_services, lambda: db_services.citizens.find(staff, CODE))
    assert found.citizen is not None and found.citizen.id == few
    assert len(sent) == LOOKUP_STATEMENTS
    for citizen_id, visits in ((few, 1), (many, 3)):
        sent, history = _counted(
            db_services, lambda c=citizen_id: db_services.tracking.citizen_history(staff, c)
        )
        assert len(history.visits) == visits
        assert len(sent) == HISTORY_STATEMENTS, sent


def test_the_history_read_is_committed_before_the_history_is_returned(
    db_services, any_db_url
) -> None:  # type: ignore[no-untyped-def]
    staff = _seed_actor(db_services, "staff")
    citizen_id = seed_history(db_services, staff)
    db_services.tracking.citizen_history(staff, citizen_id)
    # another connection (another PC) sees the event at once: it was committed
    other = create_engine(any_db_url)
    try:
        with other.connect() as connection:
            seen = connection.execute(
                text("SELECT action, target_id FROM audit_event WHERE staff_id = :s"),
                {"s": staff.staff_id},
            ).all()
    finally:
        other.dispose()
    assert [tuple(row) for row in seen] == [(HISTORY_READ, citizen_id)]


def test_a_citizen_without_visits_has_an_empty_history_not_an_error(db_services) -> None:  # type: ignore[no-untyped-def]
    staff = _seed_actor(db_services, "staff")
    citizen_id = add_citizen(db_services, code=CODE)
    history = db_services.tracking.citizen_history(staff, citizen_id)
    assert (history.citizen_code, history.visits, history.tasks) == (CODE, [], [])
