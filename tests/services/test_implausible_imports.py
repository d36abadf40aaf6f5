"""Implausible appointment files are refused as a whole, in Danish, naming the line or
the event: dates far from today, unknown time zones, control characters, an open quote,
a character set that is not recognised. Readable character sets are read correctly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.appointment_import import AppointmentImportError
from medbetjening.services.appointments import AppointmentService
from medbetjening.services.context import ActorContext
from medbetjening.services.import_checks import DateWindow
from medbetjening.storage.models import Appointment
from tests.seed import add_site, add_staff

TODAY = dt.date.today()
D = TODAY.strftime("%Y%m%d")
CSV_DAY = TODAY.strftime("%Y-%m-%d")


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{event}\r\nEND:VEVENT\r\n" for event in events)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Booking//DA\r\n{body}END:VCALENDAR\r\n"
    return text.encode("utf-8")


GOOD = f"UID:ok-1\r\nDTSTART:{D}T090000\r\nSUMMARY:Pas"


def _csv(*rows: str, encoding: str = "utf-8") -> bytes:
    return ("start;emne\r\n" + "".join(f"{row}\r\n" for row in rows)).encode(encoding)


GOOD_ROW = f"{CSV_DAY} 09:00;Pas"

# what, file name, content, words the message must hold (the line or event among them)
IMPLAUSIBLE = [
    (
        "year 1900",
        "a.ics",
        _ics(GOOD, "UID:x\r\nDTSTART:19000101T100000\r\nSUMMARY:Pas"),
        ["aftale nr. 2", "linje", "01-01-1900 10:00", "uden for"],
    ),
    (
        "year 2100",
        "a.ics",
        _ics(GOOD, "UID:x\r\nDTSTART:21000101T100000\r\nSUMMARY:Pas"),
        ["aftale nr. 2", "01-01-2100", "uden for"],
    ),
    (
        "year 1",
        "a.csv",
        _csv(GOOD_ROW, "0001-01-01 10:00;Pas"),
        ["linje 3", "01-01-0001", "uden for"],
    ),
    (
        "unknown time zone",
        "a.ics",
        _ics(GOOD, f"UID:x\r\nDTSTART;TZID=Mars/Olympus:{D}T100000\r\nSUMMARY:Pas"),
        ["aftale nr. 2", "Mars/Olympus", "kendes ikke"],
    ),
    (
        "NUL in an ics label",
        "a.ics",
        _ics(GOOD, f"UID:x\r\nDTSTART:{D}T100000\r\nSUMMARY:P\x00as"),
        ["linje 12", "styretegn", "U+0000"],
    ),
    (
        "NUL in a csv label",
        "a.csv",
        _csv(GOOD_ROW, f"{CSV_DAY} 10:00;P\x00as"),
        ["linje 3", "styretegn", "U+0000"],
    ),
    (
        "unclosed quote",
        "a.csv",
        _csv(GOOD_ROW, f'{CSV_DAY} 10:00;"Pas', f"{CSV_DAY} 11:00;Kørekort"),
        ["linje 3", "anførselstegn", "lukkes aldrig"],
    ),
    (
        "unknown character set",
        "a.csv",
        b"start;emne\r\n" + bytes(range(0x80, 0xA0)) * 3,
        ["tegnsættet kan ikke genkendes", "UTF-8"],
    ),
]


@pytest.fixture
def importer(services):  # type: ignore[no-untyped-def]
    site = add_site(services, "Borgerservice", SiteKind.TOWN_HALL)
    staff = add_staff(services, "Kenni", site.id, Role.STAFF)
    actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    return services, actor


def _count(services) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(Appointment))


@pytest.mark.parametrize(
    ("what", "name", "content", "words"), IMPLAUSIBLE, ids=[i[0] for i in IMPLAUSIBLE]
)
def test_an_implausible_file_is_refused_naming_where_and_nothing_imported(
    importer, tmp_path: Path, what: str, name: str, content: bytes, words: list[str]
) -> None:  # type: ignore[no-untyped-def]
    services, actor = importer
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AppointmentImportError) as refused:
        services.appointments.import_file(actor, path)
    message = str(refused.value)
    assert name in message and "Intet er importeret" in message, message
    for word in words:
        assert word in message, (what, message)
    assert _count(services) == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_csv_character_sets_are_recognised(importer, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    services, actor = importer
    path = tmp_path / "booking.csv"
    path.write_bytes(
        _csv(f"{CSV_DAY} 09:00;Sygesikringsbevis – hjælp til ønsket læge", encoding=encoding)
    )
    assert services.appointments.import_file(actor, path).added == 1
    [row] = services.appointments.todays_appointments(actor)
    assert row.label == "Sygesikringsbevis – hjælp til ønsket læge"


def test_the_date_window_is_configurable(importer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services, actor = importer
    path = tmp_path / "booking.csv"
    far = (TODAY + dt.timedelta(days=3 * 365)).strftime("%Y-%m-%d")
    path.write_bytes(_csv(f"{far} 09:00;Pas"))
    with pytest.raises(AppointmentImportError, match="uden for"):
        services.appointments.import_file(actor, path)  # default: two years ahead
    wide = AppointmentService(services.database.uow_factory, DateWindow(years_ahead=4))
    assert wide.import_file(actor, path).added == 1


def test_the_container_reads_the_window_from_the_settings(services) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.composition import service_config
    from medbetjening.services.container import Services
    from medbetjening.settings import IMPORT_YEARS_AHEAD, Settings

    Settings().set(IMPORT_YEARS_AHEAD, 5)
    configured = Services(services.database, service_config(Settings()))
    assert configured.appointments._window == DateWindow(years_back=1, years_ahead=5)
