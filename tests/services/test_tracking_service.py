"""A citizen's history, per-task status, audit of reads, and follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from medbetjening.domain.self_sufficiency import FollowUpResult, Trend
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.tracking import HISTORY_READ, TASK_STATUS_READ, TrackingService
from medbetjening.storage.models import AuditEvent, FollowUp
from tests.conftest import _seed_actor
from tests.seed import add_site
from tests.tracking_seed import add_citizen, add_follow_up, add_visit, seed_history

TODAY = dt.date(2026, 4, 20)
NOW = dt.datetime(2026, 4, 20, 14, 5)


@pytest.fixture
def db_services(any_db_url):  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


@pytest.fixture
def staff(db_services):  # type: ignore[no-untyped-def]
    return _seed_actor(db_services, "staff")


@pytest.fixture
def tracking(db_services) -> TrackingService:  # type: ignore[no-untyped-def]
    return TrackingService(db_services.database.uow_factory, today=lambda: TODAY, clock=lambda: NOW)


def _audit(db_services) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    with db_services.database.uow_factory() as uow:
        return [
            (event.action, event.staff_id, event.target_id)
            for event in uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_history_shows_visits_levels_and_task_status_and_is_audited(
    db_services, staff, tracking
) -> None:  # type: ignore[no-untyped-def]
    citizen_id = seed_history(db_services, staff)
    history = tracking.citizen_history(staff, citizen_id)
    assert history.citizen_code == "K7Q2"
    assert [visit.started_at.date() for visit in history.visits] == [
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 16),
        dt.date(2026, 4, 6),
    ]
    assert history.visits[1].flows == "Digital post, Mitid app pas"
    assert history.visits[1].completion == "partly"
    assert history.visits[0].note == "Første gang"
    assert [point.level for point in history.levels] == [0, 1, 2]
    assert history.trend == Trend.IMPROVING
    tasks = {task.flow_id: task for task in history.tasks}
    assert tasks["digital-post"].status == "self_sufficient"
    assert tasks["digital-post"].changed_at == dt.datetime(2026, 4, 6, 10, 0)
    assert tasks["digital-post"].attempts == 3
    assert tasks["mitid-app-pas"].status == "learning"
    assert tasks["mitid-app-pas"].changed_at == dt.datetime(2026, 3, 16, 10, 0)
    assert _audit(db_services) == [(HISTORY_READ, staff.staff_id, citizen_id)]


def test_ambassadors_get_task_status_only_and_that_read_is_audited(
    db_services, staff, tracking
) -> None:  # type: ignore[no-untyped-def]
    citizen_id = seed_history(db_services, staff)
    volunteer = _seed_actor(db_services, "ambassador")
    with pytest.raises(PermissionDenied):
        tracking.citizen_history(volunteer, citizen_id)
    statuses = tracking.task_statuses(volunteer, citizen_id)
    assert [(row.flow_id, row.status) for row in statuses] == [
        ("digital-post", "self_sufficient"),
        ("mitid-app-pas", "learning"),
    ]
    assert _audit(db_services) == [(TASK_STATUS_READ, volunteer.staff_id, citizen_id)]
    with pytest.raises(NotFound):
        tracking.task_statuses(volunteer, citizen_id + 99)


def test_notes_of_others_are_hidden_from_those_who_may_not_read_them(
    db_services, staff, tracking, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain import roles
    from medbetjening.domain.vocabulary import Role

    citizen_id = seed_history(db_services, staff)
    colleague = _seed_actor(db_services, "staff")
    assert tracking.citizen_history(colleague, citizen_id).visits[0].note == "Første gang"
    restricted = dict(roles.PERMISSIONS)
    restricted[Role.STAFF] = roles.PERMISSIONS[Role.STAFF] - {roles.Action.READ_OTHERS_NOTES}
    monkeypatch.setattr(roles, "PERMISSIONS", restricted)
    assert tracking.citizen_history(colleague, citizen_id).visits[0].note is None
    assert tracking.citizen_history(staff, citizen_id).visits[0].note == "Første gang"


def test_due_and_overdue_follow_ups_of_this_site(db_services, staff, tracking) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(db_services)
    visit_id = add_visit(
        db_services,
        staff,
        citizen_id=citizen_id,
        started_at=dt.datetime(2026, 4, 1, 9),
        runs=[("digital-post", "completed", ["citizen_guided"])],
    )
    overdue = add_follow_up(db_services, visit_id, TODAY - dt.timedelta(days=3))
    due = add_follow_up(db_services, visit_id, TODAY, kind="call")
    add_follow_up(db_services, visit_id, TODAY + dt.timedelta(days=2))
    add_follow_up(db_services, visit_id, TODAY, status="done", result="not_reached")
    rows = tracking.due_follow_ups(staff)
    assert [(row.id, row.overdue) for row in rows] == [(overdue, True), (due, False)]
    assert rows[0].tasks == "Digital post" and rows[0].citizen_code == "K7Q2"
    assert len(tracking.due_follow_ups(staff, days_ahead=2)) == 3

    other_site = add_site(db_services, "Hovedbiblioteket")
    elsewhere = _seed_actor(db_services, "staff")
    elsewhere = type(elsewhere)(elsewhere.staff_id, other_site.id, elsewhere.role)
    assert tracking.due_follow_ups(elsewhere) == []
    with pytest.raises(PermissionDenied, match="andet sted"):
        tracking.mark_follow_up_done(elsewhere, due, FollowUpResult.MANAGED_ALONE)


def test_managed_alone_at_home_makes_the_task_self_sufficient(db_services, staff, tracking) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(db_services)
    visit_id = add_visit(
        db_services,
        staff,
        citizen_id=citizen_id,
        started_at=dt.datetime(2026, 4, 1, 9),
        runs=[("flytning", "completed", ["staff", "citizen_guided"])],
    )
    follow_up = add_follow_up(db_services, visit_id, TODAY)
    assert tracking.task_statuses(staff, citizen_id)[0].status == "learning"
    tracking.mark_follow_up_done(staff, follow_up, FollowUpResult.MANAGED_ALONE)
    row = tracking.task_statuses(staff, citizen_id)[0]
    assert (row.status, row.changed_at) == ("self_sufficient", NOW)
    assert tracking.due_follow_ups(staff) == []
    with db_services.database.uow_factory() as uow:
        stored = uow.session.get(FollowUp, follow_up)
        assert (stored.status, stored.result, stored.done_by) == (
            "done",
            "managed_alone",
            staff.staff_id,
        )
    with pytest.raises(InvalidInput, match="allerede afsluttet"):
        tracking.mark_follow_up_done(staff, follow_up, FollowUpResult.NEEDED_HELP)


def test_ambassadors_cannot_manage_follow_ups(db_services, tracking) -> None:  # type: ignore[no-untyped-def]
    volunteer = _seed_actor(db_services, "ambassador")
    with pytest.raises(PermissionDenied):
        tracking.due_follow_ups(volunteer)


def test_ambassadors_see_only_citizens_known_by_a_code(db_services, tracking) -> None:  # type: ignore[no-untyped-def]
    """A citizen registered by CPR number alone is not a volunteer's to look up by id."""
    by_cpr_only = add_citizen(db_services, code=None)
    volunteer = _seed_actor(db_services, "ambassador")
    with pytest.raises(PermissionDenied, match="borgerkode"):
        tracking.task_statuses(volunteer, by_cpr_only)
    with pytest.raises(PermissionDenied, match="borgerkode"):
        db_services.citizens.get(volunteer, by_cpr_only)
    assert tracking.task_statuses(_seed_actor(db_services, "staff"), by_cpr_only) == []


def test_another_sites_notes_stay_there(db_services, staff, tracking) -> None:  # type: ignore[no-untyped-def]
    """Staff of site B see site A's visits of the citizen and their outcome, not the note;
    a lead sees it (README, roles)."""
    from medbetjening.domain.vocabulary import Role, SiteKind
    from medbetjening.services.context import ActorContext
    from tests.seed import add_staff

    citizen_id = seed_history(db_services, staff)
    library = add_site(db_services, "Biblioteket", SiteKind.LIBRARY)
    info = add_staff(db_services, "Bibliotekar", library.id, Role.STAFF)
    elsewhere = ActorContext(info.id, library.id, Role.STAFF, info.name)
    seen = tracking.citizen_history(elsewhere, citizen_id).visits[0]
    assert seen.note is None and seen.completion == "completed"
    assert tracking.citizen_history(_seed_actor(db_services, "lead"), citizen_id).visits[0].note
