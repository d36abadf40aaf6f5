"""Closing a visit with its outcome, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from medbetjening.domain.notes import MASK
from medbetjening.domain.vocabulary import (
    Autonomy,
    BlockReason,
    Completion,
    FollowUpKind,
    Referral,
)
from medbetjening.services.errors import ConcurrentEdit, InvalidInput, PermissionDenied
from medbetjening.services.outcome import CloseRequest, OutcomeService
from medbetjening.storage.models import FlowRun, FollowUp, Outcome, Visit
from tests.conftest import _seed_actor
from tests.tracking_seed import add_citizen, add_visit

START = dt.datetime(2026, 5, 4, 9, 0)
NOW = dt.datetime(2026, 5, 4, 9, 23, 40)


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
def outcome(db_services) -> OutcomeService:  # type: ignore[no-untyped-def]
    return OutcomeService(db_services.database.uow_factory, clock=lambda: NOW)


def _request(version: int, **changes) -> CloseRequest:  # type: ignore[no-untyped-def]
    values = {
        "completion": Completion.COMPLETED,
        "autonomy": Autonomy.AUTONOMOUS,
        "duration_minutes": 24,
        "expected_version": version,
        "note": "Talte om ærindet",  # an empty visit may not close as completed without one
    }
    values.update(changes)
    return CloseRequest(**values)


def test_defaults_come_from_the_step_marks_and_the_clock(db_services, staff, outcome) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        db_services,
        staff,
        started_at=START,
        runs=[("digital-post", "active", ["citizen_alone", "citizen_guided", None, "skipped"])],
        obstacles=[None, None, "no_mitid"],
    )
    defaults = outcome.defaults(staff, visit_id)
    assert defaults.completion == Completion.PARTLY
    assert defaults.reason == BlockReason.NO_MITID
    assert defaults.derived_autonomy == Autonomy.AUTONOMOUS_WITH_HELP
    assert defaults.autonomy == Autonomy.AUTONOMOUS_WITH_HELP
    assert defaults.duration_minutes == 24
    assert defaults.citizen_share == 1.0
    assert defaults.follow_up_date == dt.date(2026, 5, 18)
    assert not defaults.has_citizen


def test_defaults_without_flows_suggest_completed_with_guidance(
    db_services, staff, outcome
) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(db_services, staff, started_at=START)
    defaults = outcome.defaults(staff, visit_id)
    assert (defaults.completion, defaults.reason) == (Completion.COMPLETED, None)
    assert defaults.derived_autonomy is None
    assert defaults.autonomy == Autonomy.WITH_GUIDANCE


def test_close_stores_outcome_follow_up_and_closes_the_visit(db_services, staff, outcome) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(db_services)
    visit_id = add_visit(
        db_services,
        staff,
        citizen_id=citizen_id,
        started_at=START,
        runs=[("digital-post", "completed", ["citizen_alone", "staff"])],
    )
    version = outcome.defaults(staff, visit_id).version
    closed = outcome.close_visit(
        staff,
        visit_id,
        _request(
            version,
            completion=Completion.PARTLY,
            reason=BlockReason.MISSING_DOCUMENTS,
            autonomy=Autonomy.AUTONOMOUS_WITH_HELP,
            duration_minutes=30,
            referral=Referral.LIBRARY_COURSE,
            note="  Borger 120345-6789 skal have lejekontrakt med  ",
            follow_up_date=dt.date(2026, 5, 20),
            follow_up_kind=FollowUpKind.CALL,
        ),
    )
    assert closed.masked_numbers == 1 and closed.version > version
    with db_services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        assert (visit.status, visit.ended_at, visit.duration_minutes) == ("closed", NOW, 30)
        row = uow.session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
        assert row.completion == "partly" and row.reason == "missing_documents"
        assert row.autonomy == "autonomous_with_help"
        assert row.derived_autonomy == "with_guidance"
        assert row.citizen_share == pytest.approx(0.5)
        assert row.referral == "library_course"
        assert row.note == f"Borger {MASK} skal have lejekontrakt med"
        follow_up = uow.session.scalar(select(FollowUp))
        assert follow_up.id == closed.follow_up_id
        assert (follow_up.due_date, follow_up.kind, follow_up.status) == (
            dt.date(2026, 5, 20),
            "call",
            "due",
        )
        assert (follow_up.citizen_id, follow_up.site_id) == (citizen_id, staff.site_id)
    info = outcome.outcome(staff, visit_id)
    assert info is not None and info.follow_up_kind == "call" and info.duration_minutes == 30


def test_closing_twice_or_after_someone_else_changed_it_is_refused(
    db_services, staff, outcome
) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(db_services, staff, started_at=START)
    version = outcome.defaults(staff, visit_id).version
    with db_services.database.uow_factory() as uow:  # someone else changes the visit
        uow.session.get(Visit, visit_id).contact_type = "transaction"
        uow.commit()
    with pytest.raises(ConcurrentEdit, match="En anden har ændret dette besøg"):
        outcome.close_visit(staff, visit_id, _request(version))
    fresh = outcome.defaults(staff, visit_id).version
    closed = outcome.close_visit(staff, visit_id, _request(fresh))
    with pytest.raises(InvalidInput, match="allerede afsluttet"):
        outcome.close_visit(staff, visit_id, _request(closed.version))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"completion": Completion.NOT_COMPLETED}, "Vælg hvorfor"),
        ({"duration_minutes": 0}, "mellem 1 og 600"),
        ({"note": "x" * 501}, "for lang"),
        ({"follow_up_date": dt.date(2026, 5, 20)}, "både en dato og en type"),
        (
            {"follow_up_date": dt.date(2026, 5, 20), "follow_up_kind": FollowUpKind.CHECK_ALONE},
            "anonymt besøg",
        ),
    ],
)
def test_invalid_outcomes_are_refused_in_danish(
    db_services, staff, outcome, changes, message
) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(db_services, staff, started_at=START)
    version = outcome.defaults(staff, visit_id).version
    with pytest.raises(InvalidInput, match=message):
        outcome.close_visit(staff, visit_id, _request(version, **changes))
    with db_services.database.uow_factory() as uow:
        assert uow.session.get(Visit, visit_id).status == "open"


def test_follow_up_rules_need_consent_for_a_call_and_a_future_date(
    db_services, staff, outcome
) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(db_services, code="ABCD", consent=False)
    visit_id = add_visit(db_services, staff, citizen_id=citizen_id, started_at=START)
    version = outcome.defaults(staff, visit_id).version
    call = {"follow_up_date": dt.date(2026, 5, 20), "follow_up_kind": FollowUpKind.CALL}
    with pytest.raises(InvalidInput, match="ikke sagt ja"):
        outcome.close_visit(staff, visit_id, _request(version, **call))
    past = {"follow_up_date": dt.date(2026, 5, 1), "follow_up_kind": FollowUpKind.APPOINTMENT}
    with pytest.raises(InvalidInput, match="før i dag"):
        outcome.close_visit(staff, visit_id, _request(version, **past))
    check = {"follow_up_date": dt.date(2026, 5, 20), "follow_up_kind": FollowUpKind.CHECK_ALONE}
    assert outcome.close_visit(staff, visit_id, _request(version, **check)).follow_up_id


def test_ambassadors_close_only_their_own_visits(db_services, staff, outcome) -> None:  # type: ignore[no-untyped-def]
    volunteer = _seed_actor(db_services, "ambassador")
    visit_id = add_visit(db_services, staff, started_at=START)
    with pytest.raises(PermissionDenied, match="egne besøg"):
        outcome.defaults(volunteer, visit_id)
    own = add_visit(db_services, volunteer, started_at=START)
    version = outcome.defaults(volunteer, own).version
    outcome.close_visit(volunteer, own, _request(version))
    assert outcome.outcome(volunteer, own).completion == "completed"


def test_no_cpr_from_a_note_reaches_the_database_file(sqlite_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(sqlite_url)
    services = Services(database)
    staff = _seed_actor(services, "staff")
    service = OutcomeService(database.uow_factory, clock=lambda: NOW)
    written = ["010203-1234", "0102031234", "010203 1234"]
    for cpr in written:
        visit_id = add_visit(services, staff, started_at=START)
        version = service.defaults(staff, visit_id).version
        service.close_visit(staff, visit_id, _request(version, note=f"Borgerens cpr {cpr} ok"))
    database.dispose()  # checkpoints the WAL into the file
    data = (tmp_path / "test.sqlite").read_bytes()
    for needle in ("0102031234", "010203-1234", "010203 1234", "1234"):
        assert needle.encode() not in data
    assert MASK.encode() in data


def test_closing_ends_the_flows_still_running(db_services, staff, outcome) -> None:  # type: ignore[no-untyped-def]
    visit_id = add_visit(
        db_services,
        staff,
        started_at=START,
        runs=[
            ("flytning", "active", ["citizen_alone"]),
            ("sundhedskort", "paused", []),
            ("digital-post", "completed", ["citizen_alone"]),
        ],
    )
    version = outcome.defaults(staff, visit_id).version
    outcome.close_visit(staff, visit_id, _request(version))
    with db_services.database.uow_factory() as uow:
        runs = uow.session.scalars(
            select(FlowRun).where(FlowRun.visit_id == visit_id).order_by(FlowRun.id)
        ).all()
        assert [(r.status, r.ended_at) for r in runs] == [
            ("ended", NOW),
            ("ended", NOW),
            ("completed", None),
        ]
