"""Issue 21, item 2: workshops that count — recorded by a volunteer, practice shown per
task (not a visit, not "alone"), counted in the dashboard, never in KOMHEN."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.contact import iso_week_of
from medbetjening.domain.vocabulary import Role, SelfSufficiency, SiteKind
from medbetjening.domain.workshops import Participant, WorkshopDraft, WorkshopKind
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.models import AuditEvent, Workshop, WorkshopParticipant
from tests.seed import add_site, add_staff

TODAY = dt.date.today()


@pytest.fixture
def services(any_db_url):  # type: ignore[no-untyped-def]
    """Every test here on SQLite and on PostgreSQL (the retention and erasure queries)."""
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


def _volunteer_world(services, lead):  # type: ignore[no-untyped-def]
    library = add_site(services, "Ballerup Bibliotek", SiteKind.LIBRARY)
    info = add_staff(services, "Frivillig Frida", library.id, Role.AMBASSADOR)
    volunteer = ActorContext(info.id, library.id, Role.AMBASSADOR, info.name)
    codes = [services.citizens.create(volunteer, age_band="67-79").citizen_code for _ in range(3)]
    return library, volunteer, codes


def _draft(codes, **changes):  # type: ignore[no-untyped-def]
    values = {
        "held_on": TODAY,
        "minutes": 120,
        "kind": WorkshopKind.COURSE,
        "topics": ("topic:mitid", "sundhedskort"),
        "anonymous": {"67-79": 3, "80+": 1, "unknown": 1},
        "participants": tuple(Participant(code) for code in codes),
    }
    values.update(changes)
    return WorkshopDraft(**values)


def test_a_volunteer_records_a_workshop_with_3_coded_and_5_anonymous_participants(
    services, lead
) -> None:  # type: ignore[no-untyped-def]
    library, volunteer, codes = _volunteer_world(services, lead)
    draft = _draft(codes, helper_ids=(volunteer.staff_id,))
    workshop_id = services.workshops.record(volunteer, draft)

    rows = services.workshops.workshops(volunteer, TODAY, TODAY)
    assert [(r.workshop_id, r.anonymous, r.coded, r.participants) for r in rows] == [
        (workshop_id, 5, 3, 8)
    ]
    assert rows[0].topics == ("MitID", "Sundhedskort – bestil nyt")
    assert rows[0].helpers == ("Frivillig Frida",) and rows[0].site_name == library.name
    assert not any(code in repr(rows) for code in codes)  # lists show counts only
    with services.database.uow_factory() as uow:
        event = uow.session.query(AuditEvent).filter_by(action="workshop.record").one()
        assert (event.staff_id, event.target_id) == (volunteer.staff_id, workshop_id)
        assert "deltagere=8" in event.detail and "med kode=3" in event.detail


def test_coded_participants_task_status_shows_group_practice_not_a_visit(services, lead) -> None:  # type: ignore[no-untyped-def]
    _library, volunteer, codes = _volunteer_world(services, lead)
    only_mitid = Participant(codes[2], ("topic:mitid",))
    services.workshops.record(
        volunteer,
        _draft(codes[:2], participants=(Participant(codes[0]), Participant(codes[1]), only_mitid)),
    )

    for code, practised in (
        (codes[0], {"topic:mitid", "sundhedskort"}),
        (codes[2], {"topic:mitid"}),
    ):
        citizen = services.citizens.find(volunteer, code).citizen
        tasks = {t.flow_id: t for t in services.tracking.task_statuses(volunteer, citizen.id)}
        assert set(tasks) == practised
        for task in tasks.values():
            assert task.practised_in_group == 1
            assert task.attempts == 0  # not a visit
            assert task.status == SelfSufficiency.LEARNING.value  # not "managed alone"


def test_practice_never_lowers_nor_raises_a_status_from_visits(services, lead) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain.self_sufficiency import Attempt, GroupPractice, task_status

    alone = Attempt(dt.datetime(2026, 1, 5), ("citizen_alone",), completed=True)
    later = GroupPractice(dt.datetime(2026, 2, 1))
    status = task_status([alone, later])
    assert status.status == SelfSufficiency.SELF_SUFFICIENT
    assert (status.attempts, status.practised_in_group) == (1, 1)
    assert task_status([later, later]).status == SelfSufficiency.LEARNING


def test_the_dashboard_counts_the_workshop_and_komhen_does_not(services, lead) -> None:  # type: ignore[no-untyped-def]
    library, volunteer, codes = _volunteer_world(services, lead)
    flt = StatisticsFilter(TODAY - dt.timedelta(days=7), TODAY)
    komhen_before = services.komhen.week(lead, iso_week_of(TODAY))
    board_before = services.statistics.dashboard(lead, flt)

    services.workshops.record(volunteer, _draft(codes))

    board = services.statistics.dashboard(lead, flt)
    assert (board.workshops.workshops, board.workshops.participants) == (1, 8)
    assert board.workshops.hours == 2.0 and board.workshops.by_kind == {"course": 1}
    assert (board.visits, board.quick_contacts, board.by_channel) == (
        board_before.visits,
        board_before.quick_contacts,
        board_before.by_channel,
    )
    assert services.komhen.week(lead, iso_week_of(TODAY)).rows == komhen_before.rows
    other_site = StatisticsFilter(flt.date_from, flt.date_to, site_ids=(lead.site_id,))
    assert services.statistics.dashboard(lead, other_site).workshops.workshops == 0


def test_a_volunteer_records_at_their_own_site_only(services, lead) -> None:  # type: ignore[no-untyped-def]
    library, volunteer, codes = _volunteer_world(services, lead)
    with pytest.raises(PermissionDenied, match="eget sted"):
        services.workshops.record(volunteer, _draft(codes), site_id=lead.site_id)
    town_hall_helper = add_staff(services, "Kenni", lead.site_id, Role.STAFF)
    with pytest.raises(PermissionDenied, match="andet sted"):
        services.workshops.record(volunteer, _draft(codes, helper_ids=(town_hall_helper.id,)))
    with pytest.raises(PermissionDenied):
        services.workshops.workshops(volunteer, TODAY, TODAY, site_id=lead.site_id)
    # a lead may type in the library's paper list
    services.workshops.record(lead, _draft(codes), site_id=library.id)
    assert len(services.workshops.workshops(volunteer, TODAY, TODAY)) == 1


def test_the_same_code_written_two_ways_is_refused(services, lead) -> None:  # type: ignore[no-untyped-def]
    _library, volunteer, codes = _volunteer_world(services, lead)
    bare = codes[0].replace("-", "").lower()
    with pytest.raises(InvalidInput, match="to gange"):
        services.workshops.record(
            volunteer, _draft(codes, participants=(Participant(codes[0]), Participant(bare)))
        )


def test_a_volunteer_cannot_add_a_cpr_linked_citizen(services, actor, lead) -> None:  # type: ignore[no-untyped-def]
    _library, volunteer, codes = _volunteer_world(services, lead)
    known = services.citizens.create(actor, cpr="070761-4285")
    with pytest.raises(PermissionDenied):
        services.workshops.record(volunteer, _draft([known.citizen_code]))
    with services.database.uow_factory() as uow:
        assert uow.session.query(Workshop).count() == 0  # nothing half-stored


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"minutes": 5}, "Varighed"),
        ({"topics": ()}, "Emner"),
        ({"topics": ("bil-og-baad",)}, "bil-og-baad"),
        ({"anonymous": {"67-79": -2}}, "negativt"),
        ({"anonymous": {"gammel": 2}}, "Aldersgruppe"),
        ({"anonymous": {}, "participants": ()}, "Deltagere"),
        ({"anonymous": {"unknown": 500}}, "flere end"),
        ({"participants": (Participant("ABC-DEF"), Participant("abc-def"))}, "to gange"),
        ({"participants": (Participant("K7M-4PX"),)}, "K7M-4PX"),
        ({"participants": (Participant("hej"),)}, "ikke gyldig"),
        ({"held_on": TODAY + dt.timedelta(days=1)}, "efter i dag"),
        ({"participants": (Participant("topic:x"),)}, "ikke gyldig"),
    ],
)
def test_bad_input_is_refused_naming_what(services, lead, changes, message) -> None:  # type: ignore[no-untyped-def]
    _library, volunteer, codes = _volunteer_world(services, lead)
    with pytest.raises(InvalidInput, match=message):
        services.workshops.record(volunteer, _draft(codes, **changes))


def test_access_request_and_erasure_include_workshop_participation(services, lead) -> None:  # type: ignore[no-untyped-def]
    _library, volunteer, codes = _volunteer_world(services, lead)
    services.workshops.record(volunteer, _draft(codes))
    citizen_id = services.citizen_requests.find(lead, code=codes[0])

    data = services.citizen_requests.collect(lead, citizen_id)
    [row] = data["workshop_participant"]
    assert row["citizen_id"] == citizen_id and row["sted"] == "Ballerup Bibliotek"
    assert (row["dato"], row["slags"]) == (TODAY.isoformat(), "Kursus")
    assert row["øvede"] == "MitID, Sundhedskort – bestil nyt"  # in words, not topics=""
    from medbetjening.reports.citizen_data_pdf import to_html

    assert "Workshops: kurser og it-caféer, du deltog i" in to_html(data)

    services.citizen_requests.erase(lead, citizen_id)
    with services.database.uow_factory() as uow:
        linked = uow.session.query(WorkshopParticipant).filter_by(citizen_id=citizen_id).count()
        assert linked == 0
    flt = StatisticsFilter(TODAY, TODAY)
    assert services.statistics.dashboard(lead, flt).workshops.participants == 8  # still counted


def test_retention_unlinks_old_participation_and_keeps_recent_citizens(services, lead) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.services.retention import RetentionPolicy

    _library, volunteer, codes = _volunteer_world(services, lead)
    old_day = TODAY - dt.timedelta(days=500)
    services.workshops.record(volunteer, _draft(codes[:1], held_on=old_day))
    services.workshops.record(volunteer, _draft(codes[1:2]))
    with services.database.uow_factory() as uow:  # the citizens were made long ago
        from medbetjening.storage.models import Citizen

        for citizen in uow.session.query(Citizen):
            citizen.created_at = dt.datetime.combine(old_day, dt.time(9))
        uow.commit()

    report = services.retention.purge(lead, RetentionPolicy(visit_months=12), today=TODAY)
    assert report.workshop_participations == 1
    assert report.citizens == 2  # the old participant and the one with no workshop at all
    remaining = services.citizen_requests.find(lead, code=codes[1])
    assert services.tracking.task_statuses(lead, remaining)[0].practised_in_group == 1
    with services.database.uow_factory() as uow:
        assert uow.session.query(WorkshopParticipant).count() == 2  # both still counted
