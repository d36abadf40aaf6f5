"""Appointments: by hand, .ics/.csv import (all or nothing, no doubles), today's list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.appointment_import import AppointmentImportError
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.storage.models import Appointment
from tests.seed import add_site, add_staff

TODAY = dt.date.today()
D = TODAY.strftime("%Y%m%d")


def _ics(*events: str) -> str:
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Booking//DA\r\n{body}END:VCALENDAR\r\n"


GOOD_EVENTS = (
    f"UID:b-1\r\nDTSTART:{D}T091500\r\nDTEND:{D}T093000\r\nSUMMARY:MitID – 211062-5629",
    f"UID:b-2\r\nDTSTART:{D}T100000\r\nDURATION:PT20M\r\nSUMMARY:Pas",
    f"UID:b-3\r\nDTSTART:{D}T110000\r\nSTATUS:CANCELLED\r\nSUMMARY:Aflyst",
)


@pytest.fixture
def world(any_db_url: str):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Borgerservice", SiteKind.TOWN_HALL)
    other = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    actors = {}
    for role in Role:
        staff = add_staff(services, f"Test {role}", site.id, role)
        actors[role] = ActorContext(staff.id, site.id, role, staff.name)
    yield services, actors, other.id
    db.dispose()


def _count(services) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Appointment))


def test_ics_import_then_again_does_not_double(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    staff = actors[Role.STAFF]
    path = tmp_path / "booking.ics"
    path.write_text(_ics(*GOOD_EVENTS), encoding="utf-8")
    report = services.appointments.import_file(staff, path)
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)
    rows = services.appointments.todays_appointments(staff)
    assert [(r.starts_at.time(), r.ends_at.time(), r.source) for r in rows] == [
        (dt.time(9, 15), dt.time(9, 30), "ics"),
        (dt.time(10, 0), dt.time(10, 20), "ics"),
    ]
    assert rows[0].label == "MitID – XXXXXX-XXXX"  # CPR-like numbers masked on import
    again = services.appointments.import_file(staff, path)
    assert (again.added, again.unchanged) == (0, 2) and _count(services) == 2
    path.write_text(_ics(GOOD_EVENTS[0].replace("T091500", "T090000"), GOOD_EVENTS[1]))
    moved = services.appointments.import_file(staff, path)
    assert (moved.added, moved.updated, moved.unchanged) == (0, 1, 1) and _count(services) == 2


def test_timezone_aware_events_become_local_wall_clock_time(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / "utc.ics"
    path.write_text(_ics(f"UID:z\r\nDTSTART:{D}T120000Z\r\nSUMMARY:Digital Post"))
    services.appointments.import_file(actors[Role.STAFF], path)
    expected = dt.datetime.combine(TODAY, dt.time(12), dt.UTC).astimezone().replace(tzinfo=None)
    with services.database.uow_factory() as uow:
        assert uow.session.scalars(select(Appointment)).one().starts_at == expected


BROKEN_ICS = [
    ("not-ics", "Hej med dig\r\n", "kan ikke læses som iCalendar"),
    ("no-events", _ics(), "ingen aftaler"),
    ("no-uid", _ics(GOOD_EVENTS[0], f"DTSTART:{D}T120000\r\nSUMMARY:Flytning"), "aftale nr. 2"),
    (
        "bad-date",
        _ics(GOOD_EVENTS[0], f"UID:x\r\nDTSTART:{D}T1200\r\nSUMMARY:Pas"),
        "DTSTART kan ikke læses",
    ),
    ("no-start", _ics(GOOD_EVENTS[0], "UID:x\r\nSUMMARY:Boligstøtte"), "mangler starttidspunkt"),
    ("all-day", _ics(f"UID:x\r\nDTSTART;VALUE=DATE:{D}\r\nSUMMARY:Lukket"), "heldagsbegivenhed"),
    (
        "end-before-start",
        _ics(f"UID:x\r\nDTSTART:{D}T120000\r\nDTEND:{D}T110000\r\nSUMMARY:Pas"),
        "slutter før",
    ),
    ("duplicate-uid", _ics(GOOD_EVENTS[0], GOOD_EVENTS[0]), "står to gange"),
    ("recurring", _ics(f"UID:x\r\nDTSTART:{D}T120000\r\nRRULE:FREQ=DAILY"), "RRULE"),
]


@pytest.mark.parametrize(
    ("kind", "content", "expected"), BROKEN_ICS, ids=[b[0] for b in BROKEN_ICS]
)
def test_broken_ics_is_rejected_as_a_whole_with_its_own_message(
    world, tmp_path: Path, kind: str, content: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / f"{kind}.ics"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AppointmentImportError) as error:
        services.appointments.import_file(actors[Role.STAFF], path)
    message = str(error.value)
    assert expected in message and path.name in message
    assert _count(services) == 0  # nothing partially saved


def test_ics_message_names_the_event_and_its_line(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / "b.ics"
    path.write_text(_ics(GOOD_EVENTS[0], GOOD_EVENTS[1], "UID:x\r\nSUMMARY:Sundhedskort"))
    with pytest.raises(AppointmentImportError) as error:
        services.appointments.import_file(actors[Role.STAFF], path)
    assert "aftale nr. 3 (linje 16) «Sundhedskort»" in str(error.value)
    assert "Intet er importeret" in str(error.value)


GOOD_CSV = (
    "Booking-id;Dato;Tid;Slut;Ydelse\n"
    f"701;{TODAY:%d-%m-%Y};09:00;09:20;Pas\n"
    f"702;{TODAY:%d.%m.%Y};9.30;;Kørekort\n"
    "\n"
    f'703;{TODAY:%Y-%m-%d};10:00;10:15;"MitID; ny app"\n'
)


def test_csv_import_semicolon_danish_dates_and_no_doubles(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / "booking.csv"
    path.write_bytes(GOOD_CSV.encode("cp1252"))  # Excel on Danish Windows
    report = services.appointments.import_file(actors[Role.STAFF], path)
    assert report.added == 3
    rows = services.appointments.todays_appointments(actors[Role.STAFF])
    assert [(r.starts_at.time(), r.label) for r in rows] == [
        (dt.time(9, 0), "Pas"),
        (dt.time(9, 30), "Kørekort"),
        (dt.time(10, 0), "MitID; ny app"),
    ]
    assert rows[1].ends_at is None
    assert services.appointments.import_file(actors[Role.STAFF], path).unchanged == 3
    assert _count(services) == 3


def test_csv_with_start_column_and_commas_without_ids(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / "b.csv"
    path.write_text(f"start,emne\n{TODAY:%Y-%m-%d} 13:00,Flytning\n", encoding="utf-8-sig")
    assert services.appointments.import_file(actors[Role.STAFF], path).added == 1
    assert services.appointments.import_file(actors[Role.STAFF], path).unchanged == 1


BROKEN_CSV = [
    ("no-start-column", "id;emne\n1;Pas\n", "linje 1: overskriften"),
    (
        "bad-time",
        f"id;dato;tid\n1;{TODAY:%d-%m-%Y};10:00\n2;31-02-2026;10:00\n",
        "linje 3: tidspunktet «31-02-2026 10:00»",
    ),
    (
        "missing-time",
        f"id;start\n1;{TODAY:%Y-%m-%d} 10:00\n2;\n",
        "linje 3: mangler starttidspunkt",
    ),
    ("end-before", f"id;start;slut\n1;{TODAY:%Y-%m-%d} 10:00;09:00\n", "linje 2: slutter før"),
    ("too-many-fields", f"id;start\n1;{TODAY:%Y-%m-%d} 10:00;x\n", "linje 2: har 3 felter"),
    (
        "duplicate-id",
        f"id;start\n1;{TODAY:%Y-%m-%d} 10:00\n1;{TODAY:%Y-%m-%d} 11:00\n",
        "linje 3: samme aftale (id 1) som linje 2",
    ),
    ("header-only", "id;start\n", "ingen aftaler"),
    ("cpr-in-time", "id;start\n1;211062-5629\n", "linje 2: tidspunktet «XXXXXX-XXXX»"),
    ("empty", "", "er tom"),
    ("only-a-bom", "\ufeff", "only-a-bom.csv er tom"),
    ("bom-and-blank-lines", "\ufeff\r\n \r\n", "bom-and-blank-lines.csv er tom"),
]


@pytest.mark.parametrize(
    ("kind", "content", "expected"), BROKEN_CSV, ids=[b[0] for b in BROKEN_CSV]
)
def test_broken_csv_is_rejected_as_a_whole_with_its_own_message(
    world, tmp_path: Path, kind: str, content: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / f"{kind}.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AppointmentImportError) as error:
        services.appointments.import_file(actors[Role.STAFF], path)
    assert expected in str(error.value)
    assert _count(services) == 0


def test_wrong_file_type_and_missing_file(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    with pytest.raises(AppointmentImportError, match="kun iCalendar"):
        services.appointments.import_file(actors[Role.STAFF], tmp_path / "x.xlsx")
    with pytest.raises(AppointmentImportError, match="findes ikke"):
        services.appointments.import_file(actors[Role.STAFF], tmp_path / "x.ics")


def test_manual_appointment_and_starting_its_visit(world) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    staff = actors[Role.STAFF]
    at = dt.datetime.combine(TODAY, dt.time(14, 30))
    row = services.appointments.add(staff, at, at + dt.timedelta(minutes=15), "  Boligstøtte ")
    assert row.label == "Boligstøtte" and row.source == "manual" and row.visit_id is None
    with pytest.raises(InvalidInput, match="CPR-nummer"):
        services.appointments.add(staff, at, label="fru Hansen 2110625629")
    with pytest.raises(InvalidInput, match="slutte"):
        services.appointments.add(staff, at, at - dt.timedelta(minutes=1))
    visit_id = services.appointments.start_visit(staff, row.id)
    assert services.appointments.start_visit(staff, row.id) == visit_id  # not a second visit
    assert services.appointments.todays_appointments(staff)[0].visit_id == visit_id
    assert services.visits.get_visit(staff, visit_id).status == "open"
    tomorrow = services.appointments.add(staff, at + dt.timedelta(days=1))
    assert [r.id for r in services.appointments.todays_appointments(staff)] == [row.id]
    services.appointments.delete(staff, tomorrow.id)
    assert _count(services) == 1


def test_roles_and_sites(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, other_site = world
    at = dt.datetime.combine(TODAY, dt.time(9))
    with pytest.raises(PermissionDenied):
        services.appointments.add(actors[Role.AMBASSADOR], at)
    with pytest.raises(PermissionDenied, match="teamleder"):
        services.appointments.add(actors[Role.STAFF], at, site_id=other_site)
    path = tmp_path / "b.ics"
    path.write_text(_ics(GOOD_EVENTS[1]))
    report = services.appointments.import_file(actors[Role.LEAD], path, site_id=other_site)
    assert report.site_id == other_site
    assert services.appointments.todays_appointments(actors[Role.STAFF]) == []  # other site


# -- booking ids: only compared, so never stored as given; a CPR number never at all -----

CPR_ID = "0102031234"


def _stored(services) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        rows = uow.session.scalars(select(Appointment).order_by(Appointment.id))
        return [(a.external_id, a.label) for a in rows]


def test_a_cpr_number_as_booking_id_is_never_stored(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.domain.notes import contains_cpr_like

    services, actors, _ = world
    csv_file = tmp_path / "cprid.csv"
    csv_file.write_text(f"id;start;emne\n{CPR_ID};{TODAY:%Y-%m-%d} 10:00;MitID\n", "utf-8")
    ics_file = tmp_path / "cprid.ics"
    ics_file.write_text(_ics(f"UID:010203-1234\r\nDTSTART:{D}T110000\r\nSUMMARY:Pas"))
    for path in (csv_file, ics_file):
        assert services.appointments.import_file(actors[Role.STAFF], path).added == 1
        assert services.appointments.import_file(actors[Role.STAFF], path).unchanged == 1
    stored = _stored(services)
    assert len(stored) == 2
    for external_id, _label in stored:
        assert external_id and not contains_cpr_like(external_id)
        assert "0102031234" not in external_id and "010203" not in external_id


def test_other_booking_ids_are_stored_as_a_digest(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actors, _ = world
    path = tmp_path / "booking.ics"
    path.write_text(_ics(*GOOD_EVENTS), encoding="utf-8")
    services.appointments.import_file(actors[Role.STAFF], path)
    ids = [external_id or "" for external_id, _ in _stored(services)]
    assert len(ids) == 2 and all(i.startswith("ics:sha256:") for i in ids)
    assert not any("b-1" in i or "b-2" in i for i in ids)


def test_rows_stored_with_the_id_in_clear_are_found_and_cleaned(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A database filled by an earlier version: re-importing doubles nothing, and the
    booking id (here a CPR number) is replaced by the new stored form."""
    services, actors, _ = world
    staff = actors[Role.STAFF]
    start = dt.datetime.combine(TODAY, dt.time(10))
    with services.database.uow_factory() as uow:
        for external_id, source, hour in ((f"csv:{CPR_ID}", "csv", 10), ("ics:b-2", "ics", 11)):
            uow.session.add(
                Appointment(
                    site_id=staff.site_id,
                    starts_at=start.replace(hour=hour),
                    ends_at=None,
                    label="Gammel",
                    source=source,
                    external_id=external_id,
                )
            )
        uow.commit()
    csv_file = tmp_path / "old.csv"
    csv_file.write_text(f"id;start;emne\n{CPR_ID};{TODAY:%Y-%m-%d} 10:00;Gammel\n", "utf-8")
    ics_file = tmp_path / "old.ics"
    ics_file.write_text(_ics(f"UID:b-2\r\nDTSTART:{D}T113000\r\nSUMMARY:Flyttet"))
    assert services.appointments.import_file(staff, csv_file).unchanged == 1
    assert services.appointments.import_file(staff, ics_file).updated == 1
    assert services.appointments.import_file(staff, ics_file).unchanged == 1
    stored = _stored(services)
    assert [label for _, label in stored] == ["Gammel", "Flyttet"]
    assert not any(CPR_ID in (i or "") or i == "ics:b-2" for i, _ in stored)
