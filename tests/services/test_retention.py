"""Retention purge: expired citizen visits go (counted first), notes blanked, audit aged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from medbetjening.composition import purge_if_due
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.retention import (
    RetentionPolicy,
    months_before,
)
from medbetjening.settings import LAST_PURGE_DATE, Settings
from medbetjening.storage.models import (
    Appointment,
    AssessmentAnswer,
    AuditEvent,
    Citizen,
    FlowRun,
    FollowUp,
    Outcome,
    PurgedVisitTally,
    StepRecord,
    Visit,
)
from tests.seed import add_site, add_staff
from tests.services.records import add_citizen, add_visit

TODAY = dt.date(2026, 11, 26)
OLD = dt.datetime(2025, 10, 1, 10, 0)  # 14 months before TODAY
RECENT = dt.datetime(2026, 9, 1, 10, 0)  # under 3 months before TODAY


def _count(services, model, *where) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 26), 12, dt.date(2025, 11, 26)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 15)),
        (dt.date(2024, 2, 29), 12, dt.date(2023, 2, 28)),
    ],
)
def test_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


@pytest.fixture
def world(services, actor):  # type: ignore[no-untyped-def]
    gone = add_citizen(services, "GONE1")
    stays = add_citizen(services, "STAY1")
    ids = {
        "gone_visit": add_visit(services, actor, OLD, gone, follow_up=True),
        "stays_old_visit": add_visit(services, actor, OLD, stays, completion="partly"),
        "stays_recent_visit": add_visit(services, actor, RECENT, stays),
        "anonymous_old": add_visit(services, actor, OLD, None),
        "gone": gone,
        "stays": stays,
    }
    with services.database.uow_factory() as uow:
        uow.session.add(AuditEvent(at=dt.datetime(2024, 6, 1), action="citizen.read_history"))
        uow.session.add(AuditEvent(at=dt.datetime(2026, 6, 1), action="citizen.read_history"))
        uow.commit()
    return ids


def test_purge_deletes_expired_citizen_visits_and_keeps_counts(services, world) -> None:  # type: ignore[no-untyped-def]
    report = services.retention.purge(None, RetentionPolicy(), today=TODAY)

    assert (report.visits, report.citizens, report.audit_events) == (2, 1, 1)
    assert report.notes == 6  # outcome note + obstacle note in each of the 3 old visits
    assert report.visit_cutoff == dt.date(2025, 11, 26)
    remaining = {
        v
        for v in [world["gone_visit"], world["stays_old_visit"]]
        if _count(services, Visit, Visit.id == v)
    }
    assert remaining == set()
    assert _count(services, Visit, Visit.id == world["stays_recent_visit"]) == 1
    assert _count(services, Visit, Visit.id == world["anonymous_old"]) == 1
    # children went with the visits (ON DELETE CASCADE)
    assert _count(services, FlowRun) == 2 and _count(services, StepRecord) == 4
    assert _count(services, AssessmentAnswer) == 2 and _count(services, FollowUp) == 0
    assert _count(services, Citizen, Citizen.id == world["gone"]) == 0
    assert _count(services, Citizen, Citizen.id == world["stays"]) == 1
    # notes: blanked in the old anonymous visit, kept in the recent one
    with services.database.uow_factory() as uow:
        notes = dict(uow.session.execute(select(Outcome.visit_id, Outcome.note)).all())
        tally = uow.session.scalars(
            select(PurgedVisitTally).order_by(PurgedVisitTally.completion)
        ).all()
        purge_events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "retention.purge")
        ).all()
        old_events = uow.session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.at < dt.datetime(2025, 1, 1))
        )
    assert notes == {
        world["stays_recent_visit"]: "Glemte sin MitID-app",
        world["anonymous_old"]: None,
    }
    assert [(t.day, t.completion, t.visits, t.channel) for t in tally] == [
        (OLD.date(), "completed", 1, "counter"),
        (OLD.date(), "partly", 1, "counter"),
    ]
    assert len(purge_events) == 1 and purge_events[0].staff_id is None
    assert "besøg=2" in (purge_events[0].detail or "")
    assert old_events == 0


def test_dry_run_reports_the_same_and_changes_nothing(services, world) -> None:  # type: ignore[no-untyped-def]
    before = (_count(services, Visit), _count(services, Citizen), _count(services, AuditEvent))
    dry = services.retention.purge(None, RetentionPolicy(), today=TODAY, dry_run=True)
    assert (
        _count(services, Visit),
        _count(services, Citizen),
        _count(services, AuditEvent),
    ) == before
    assert _count(services, Outcome, Outcome.note.is_not(None)) == 4
    real = services.retention.purge(None, RetentionPolicy(), today=TODAY)
    assert (dry.visits, dry.citizens, dry.notes, dry.audit_events) == (
        real.visits,
        real.citizens,
        real.notes,
        real.audit_events,
    )
    again = services.retention.purge(None, RetentionPolicy(), today=TODAY)
    assert again.nothing


def test_a_second_purge_adds_to_the_tally(services, actor) -> None:  # type: ignore[no-untyped-def]
    for code in ("A1", "A2"):
        citizen = add_citizen(services, code)
        add_visit(services, actor, OLD, citizen)
        services.retention.purge(None, RetentionPolicy(), today=TODAY)
    with services.database.uow_factory() as uow:
        assert uow.session.scalars(select(PurgedVisitTally.visits)).all() == [2]


def test_shorter_note_period_blanks_recent_notes_only(services, actor, world) -> None:  # type: ignore[no-untyped-def]
    report = services.retention.purge(
        None, RetentionPolicy(visit_months=24, note_months=1), today=TODAY
    )
    assert report.visits == 0 and report.notes == 8
    assert _count(services, Outcome, Outcome.note.is_not(None)) == 0


def test_only_leads_may_purge_by_hand(services, actor, lead, ambassador) -> None:  # type: ignore[no-untyped-def]
    for who in (actor, ambassador):
        with pytest.raises(PermissionDenied):
            services.retention.purge(who, today=TODAY)
    assert services.retention.purge(lead, today=TODAY).nothing


def test_hook_runs_before_anything_is_deleted(services, world) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []
    services.retention.before_delete = lambda: seen.append(_count(services, Visit))
    services.retention.purge(None, today=TODAY, dry_run=True)
    assert seen == []
    services.retention.purge(None, today=TODAY)
    assert seen == [4]


def test_daily_purge_runs_once_a_day(services, world, isolated_home, lead) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(isolated_home / "settings.ini")
    services.policies.change(lead, note_months=6)  # the database policy, not the ini file
    first = purge_if_due(services.retention, settings, today=TODAY)
    assert first is not None and first.visits == 2
    assert first.note_cutoff == dt.date(2026, 5, 26)
    assert Settings(isolated_home / "settings.ini").get(LAST_PURGE_DATE) == "2026-11-26"
    assert purge_if_due(services.retention, settings, today=TODAY) is None
    assert (
        purge_if_due(services.retention, settings, today=TODAY + dt.timedelta(days=1)) is not None
    )


def test_purge_and_erasure_on_both_engines(any_db_url: str) -> None:
    """Cascades, the tally and the audit permit work the same on PostgreSQL."""
    from medbetjening.domain.vocabulary import Role
    from medbetjening.services.container import Services
    from medbetjening.services.context import ActorContext
    from medbetjening.services.database import open_database

    db = open_database(any_db_url)
    try:
        services = Services(db)
        site = add_site(services, "Rådhuset")
        staff = add_staff(services, "Kenni", site.id, Role.LEAD)
        lead = ActorContext(staff.id, site.id, Role.LEAD, staff.name)
        old = add_citizen(services, "OLD1")
        add_visit(services, lead, OLD, old, follow_up=True)
        erased = add_citizen(services, "ERASE1")
        add_visit(services, lead, RECENT, erased, follow_up=True)
        add_visit(services, lead, OLD, None)
        with db.uow_factory() as uow:
            uow.session.add(AuditEvent(at=dt.datetime(2020, 1, 1), action="export.handout"))
            uow.commit()

        report = services.retention.purge(lead, today=TODAY)
        assert (report.visits, report.citizens, report.audit_events) == (1, 1, 1)
        services.citizen_requests.erase(lead, erased)
        assert _count(services, Visit) == 1 and _count(services, Citizen) == 0
        assert _count(services, FollowUp) == 0 and _count(services, StepRecord) == 2
        with db.uow_factory() as uow:
            assert uow.session.scalar(select(func.sum(PurgedVisitTally.visits))) == 2
        actions = {row.action for row in services.audit_log.list(lead)}
        assert {"retention.purge", "citizen.erase"} <= actions
        assert "export.handout" not in actions
    finally:
        db.dispose()


def test_booked_times_go_with_their_visit_and_with_age(services, actor, lead) -> None:  # type: ignore[no-untyped-def]
    """A booking's label may name the citizen: erased with the citizen, purged with age."""
    booked = services.appointments.add(
        actor, dt.datetime.now() + dt.timedelta(minutes=5), label="Birthe Hansen – pas"
    )
    visit_id = services.appointments.start_visit(actor, booked.id)
    citizen = services.citizens.create(actor, age_band="67-79")
    services.citizens.link_visit(actor, visit_id, citizen.id)
    services.appointments.add(actor, OLD, label="Gammel aftale, Jens Jensen")
    kept = services.appointments.add(actor, RECENT, label="Ny aftale")
    services.citizen_requests.erase(lead, citizen.id)
    with services.database.uow_factory() as uow:
        labels = set(uow.session.scalars(select(Appointment.label)))
    assert labels == {"Gammel aftale, Jens Jensen", "Ny aftale"}
    report = services.retention.purge(None, RetentionPolicy(), today=TODAY)
    assert report.appointments == 1 and "1 bookede tider" in report.summary()
    with services.database.uow_factory() as uow:
        assert list(uow.session.scalars(select(Appointment.id))) == [kept.id]
