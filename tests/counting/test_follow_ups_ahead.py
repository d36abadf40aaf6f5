"""Follow-ups ahead: due, this week, later (paged), by staff and site; "Ny aftale" books."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.pseudonym import citizen_code_from_payload
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.follow_up_list import FollowUpFilter, FollowUpScope, scope_bounds
from medbetjening.services.tracking import TrackingService
from tests.conftest import _seed_actor
from tests.tracking_seed import add_citizen, add_follow_up, add_visit

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def test_scopes_split_at_today_and_sunday() -> None:
    assert scope_bounds(FollowUpScope.DUE, TODAY) == (None, TODAY)
    assert scope_bounds(FollowUpScope.WEEK, TODAY) == (dt.date(2026, 11, 26), dt.date(2026, 11, 29))
    assert scope_bounds(FollowUpScope.LATER, TODAY) == (dt.date(2026, 11, 30), None)


def test_follow_ups_14_and_40_days_ahead_are_listed_later_and_paged(services, actor, lead) -> None:
    tracking = TrackingService(services.database.uow_factory, today=lambda: TODAY)
    code = citizen_code_from_payload("K7M4P")
    citizen_id = add_citizen(services, code=code)
    visit_id = add_visit(
        services, actor, citizen_id=citizen_id, started_at=dt.datetime(2026, 11, 25, 9)
    )
    colleague = _seed_actor(services, "staff")
    other_visit = add_visit(
        services, colleague, citizen_id=citizen_id, started_at=dt.datetime(2026, 11, 24, 9)
    )
    due = add_follow_up(services, visit_id, TODAY)
    this_week = add_follow_up(services, visit_id, TODAY + dt.timedelta(days=2))
    in_14 = add_follow_up(services, visit_id, TODAY + dt.timedelta(days=14), kind="appointment")
    in_40 = add_follow_up(services, visit_id, TODAY + dt.timedelta(days=40))
    colleagues = add_follow_up(services, other_visit, TODAY + dt.timedelta(days=20))

    def ids(scope, **kw):  # type: ignore[no-untyped-def]
        return [row.id for row in tracking.follow_ups(actor, scope, FollowUpFilter(**kw))]

    assert ids(FollowUpScope.DUE) == [due]
    assert ids(FollowUpScope.WEEK) == [this_week]
    assert ids(FollowUpScope.LATER) == [in_14, colleagues, in_40]
    assert ids(FollowUpScope.LATER, limit=2) == [in_14, colleagues]
    assert ids(FollowUpScope.LATER, limit=2, offset=2) == [in_40]
    assert ids(FollowUpScope.LATER, staff_id=colleague.staff_id) == [colleagues]
    other = services.setup.create_site("Hovedbiblioteket")
    assert tracking.follow_ups(lead, FollowUpScope.LATER, FollowUpFilter(site_id=other.id)) == []
    with pytest.raises(PermissionDenied):
        tracking.follow_ups(actor, FollowUpScope.DUE, FollowUpFilter(site_id=other.id))


def test_ny_aftale_books_a_time_for_the_citizen_in_that_days_list(services, actor) -> None:
    code = citizen_code_from_payload("K7M4P")
    citizen_id = add_citizen(services, code=code)
    day = dt.date.today() + dt.timedelta(days=14)
    booked = services.appointments.add(
        actor, dt.datetime.combine(day, dt.time(10, 30)), citizen_code=code.lower()
    )
    listed = services.appointments.todays_appointments(actor, day)
    assert [(a.id, a.label) for a in listed] == [(booked.id, f"Opfølgning, kode {code}")]
    visit_id = services.appointments.start_visit(actor, booked.id)
    assert services.visits.get_visit(actor, visit_id).citizen_id == citizen_id
    with pytest.raises(NotFound, match="ingen borger med koden"):
        services.appointments.add(
            actor,
            dt.datetime.combine(day, dt.time(11)),
            citizen_code=citizen_code_from_payload("AAAAA"),
        )
    with pytest.raises(InvalidInput, match="ikke gyldig"):
        services.appointments.add(actor, dt.datetime.combine(day, dt.time(11)), citizen_code="XYZ")
