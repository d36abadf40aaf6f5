"""Reading booked appointments from a booking system's iCalendar (.ics) or CSV file.

All or nothing: the whole file is read and checked first; the first problem raises
:class:`AppointmentImportError` naming the line (CSV) or the event and its line (ics),
in Danish, and nothing is saved. Citizens' CPR-like numbers in a title are masked.

iCalendar: every VEVENT needs a UID (the booking id, so a second import does not
double it) and a DTSTART with a time; DTEND or DURATION is optional; SUMMARY is the
errand; cancelled events (STATUS:CANCELLED) are skipped; recurring events (RRULE) and
all-day events are refused. Times with a time zone become local wall-clock time; a
TZID that is neither a known zone nor defined in the file is refused.

Plausible only (``import_checks.py``): every start within the date window around today
(default one year back, two ahead; settings ``appointments/years_back``/``years_ahead``),
no control characters (a NUL byte …), a CSV's character set recognised.

CSV (``;``, ``,`` or tab; UTF-8 with or without BOM, UTF-16 or Windows-1252, as Excel
writes it; a quote left open is refused): a header row and
either a ``start`` column (``2026-11-26 10:00`` or ``26-11-2026 10:00``) or ``dato`` +
``tid`` columns; optional ``id`` (booking id; without it the same time and title count
as the same booking), ``slut`` (end) and ``emne`` (errand). English names and a few
synonyms are understood (see ``_COLUMNS``).

A booking id is only compared, never shown, so only its SHA-256 is stored. An id
holding a CPR-like number is not even hashed (all CPR numbers can be tried against a
plain hash): such a booking is known by its time and title, as a CSV without ids is.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from medbetjening.domain.notes import contains_cpr_like
from medbetjening.domain.pseudonym import mask_cpr_like
from medbetjening.domain.vocabulary import AppointmentSource
from medbetjening.services.import_checks import (
    AppointmentImportError,
    DateWindow,
    decode_csv,
    first_control_character,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_LABEL = 200


@dataclass(frozen=True)
class ParsedAppointment:
    external_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    label: str
    source: AppointmentSource
    where: str  # "linje 4" / "aftale 2 (linje 17)", for messages
    # What versions before the id was hashed stored ("csv:<id>"): a re-import finds such a
    # row and rewrites its id to ``external_id``. Never stored itself.
    legacy_external_id: str | None = field(default=None, repr=False)


def _label(text: str) -> str:
    masked, _count = mask_cpr_like(" ".join((text or "").split()))
    return masked[:MAX_LABEL]


def _id_digest(source: str, booking_id: str) -> str:
    """The stored form of a booking id: its SHA-256 (de-duplication only compares it)."""
    return f"{source}:sha256:{hashlib.sha256(booking_id.encode('utf-8')).hexdigest()}"


def _time_and_label_id(source: str, starts_at: dt.datetime, label: str) -> str:
    """The id of a booking without a usable id: the same time and title is the same booking."""
    digest = hashlib.sha256(f"{starts_at.isoformat()}|{label}".encode()).hexdigest()[:24]
    return f"{source}#{digest}"


def _external_id(source: str, booking_id: str, starts_at: dt.datetime, label: str) -> str:
    if contains_cpr_like(booking_id):  # a CPR number as booking id: never store it, hashed or not
        return _time_and_label_id(source, starts_at, label)
    return _id_digest(source, booking_id)


def read_appointment_file(path: Path, window: DateWindow | None = None) -> list[ParsedAppointment]:
    """Parse ``path`` by its extension (.ics or .csv)."""
    suffix = path.suffix.lower()
    if suffix not in {".ics", ".ical", ".csv", ".txt"}:
        raise AppointmentImportError(
            f"{path.name}: kun iCalendar (.ics) og CSV (.csv) kan importeres."
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AppointmentImportError(f"Filen {path} findes ikke.") from None
    except OSError as error:
        raise AppointmentImportError(f"Filen {path} kan ikke læses: {error.strerror}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise AppointmentImportError(
            f"{path.name} er for stor (over 5 MB) til at være en tidsbestilling."
        )
    if not data.strip():
        raise AppointmentImportError(f"{path.name} er tom.")
    if suffix in {".ics", ".ical"}:
        return parse_ics(data, path.name, window)
    return parse_csv(data, path.name, window)


# -- iCalendar ---------------------------------------------------------------------------


def _local(value: dt.datetime) -> dt.datetime:
    """Naive local wall-clock time (the counter's time), as stored everywhere."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


def _event_lines(text: str) -> list[int]:
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().upper() == "BEGIN:VEVENT"
    ]


def parse_ics(
    data: bytes, name: str = "filen", window: DateWindow | None = None
) -> list[ParsedAppointment]:
    import icalendar

    window = window or DateWindow()
    text = data.decode("utf-8", errors="replace")
    first_control_character(text, name)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        detail = str(error).split(":", 1)[0]
        raise AppointmentImportError(
            f"{name} kan ikke læses som iCalendar (.ics): {detail}. "
            "Eksportér kalenderen igen fra booking-systemet."
        ) from None
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise AppointmentImportError(f"{name} er ikke en iCalendar-fil (mangler BEGIN:VCALENDAR).")
    lines = _event_lines(text)
    events = list(calendar.walk("VEVENT"))
    result: list[ParsedAppointment] = []
    seen: dict[str, str] = {}
    seen_ids: dict[str, str] = {}
    for number, event in enumerate(events, start=1):
        line = lines[number - 1] if number - 1 < len(lines) else None
        summary = str(event.get("summary", "") or "")
        uid = str(event.get("uid", "") or "").strip()
        where = f"aftale nr. {number}" + (f" (linje {line})" if line else "")
        if summary:
            where += f" «{_label(summary)[:40]}»"

        def fail(problem: str, where: str = where) -> AppointmentImportError:
            return AppointmentImportError(f"{name}, {where}: {problem} Intet er importeret.")

        if str(event.get("status", "")).upper() == "CANCELLED":
            continue  # a cancelled booking is not an appointment
        for prop, message in getattr(event, "errors", []):
            raise fail(f"feltet {prop} kan ikke læses ({message}).")
        if not uid:
            raise fail("mangler UID (booking-systemets id), så dubletter kan ikke kendes.")
        if uid in seen:
            raise fail(f"UID {_label(uid)[:60]} står to gange (også i {seen[uid]}).")
        seen[uid] = where
        if "rrule" in event:
            raise fail("er en gentagen aftale (RRULE); eksportér de enkelte tider.")
        if "dtstart" not in event:
            raise fail("mangler starttidspunkt (DTSTART).")
        start = event.decoded("dtstart")
        if not isinstance(start, dt.datetime):
            raise fail("er en heldagsbegivenhed uden klokkeslæt, ikke en tidsbestilling.")
        for prop in ("dtstart", "dtend"):
            tzid = event[prop].params.get("TZID") if prop in event else None
            if tzid and getattr(event.decoded(prop), "tzinfo", None) is None:  # unknown zone
                raise fail(f"tidszonen «{_label(str(tzid))[:40]}» ({prop.upper()}) kendes ikke.")
        end: dt.datetime | None = None
        if "dtend" in event:
            end_value = event.decoded("dtend")
            if not isinstance(end_value, dt.datetime):
                raise fail("sluttidspunktet (DTEND) har intet klokkeslæt.")
            end = end_value
        elif "duration" in event:
            duration = event.decoded("duration")
            if not isinstance(duration, dt.timedelta):
                raise fail("varigheden (DURATION) kan ikke læses.")
            end = start + duration
        starts_at = _local(start)
        ends_at = _local(end) if end is not None else None
        if ends_at is not None and ends_at < starts_at:
            raise fail("slutter før den begynder (DTEND før DTSTART).")
        if (implausible := window.problem(starts_at)) is not None:
            raise fail(implausible)
        label = _label(summary)
        external_id = _external_id("ics", uid, starts_at, label)
        if external_id in seen_ids:  # two CPR-like UIDs at the same time with the same title
            raise fail(f"har samme tid og emne som {seen_ids[external_id]}.")
        seen_ids[external_id] = where
        result.append(
            ParsedAppointment(
                external_id=external_id,
                starts_at=starts_at,
                ends_at=ends_at,
                label=label,
                source=AppointmentSource.ICS,
                where=where,
                legacy_external_id=f"ics:{uid}"[:255],
            )
        )
    if not events:
        raise AppointmentImportError(f"{name} indeholder ingen aftaler (VEVENT).")
    return result


# -- CSV ------------------------------------------------------------------------------------

_COLUMNS = {
    "id": {"id", "uid", "booking-id", "bookingid", "booking_id", "bookingnr", "nr", "reference"},
    "start": {"start", "starttid", "starttidspunkt", "tidspunkt", "begin", "dtstart"},
    "date": {"dato", "date", "dag"},
    "time": {"tid", "time", "klokkeslæt", "kl", "kl."},
    "end": {"slut", "sluttid", "sluttidspunkt", "end", "dtend"},
    "label": {"emne", "titel", "ydelse", "summary", "label", "beskrivelse", "aftale", "type"},
}
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")
_TIME_FORMATS = ("%H:%M", "%H.%M", "%H:%M:%S")


def _column_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = raw.strip().lower()
        for column, aliases in _COLUMNS.items():
            if key in aliases and column not in found:
                found[column] = index
    return found


def _parse_datetime(text: str) -> dt.datetime | None:
    text = " ".join(text.replace("T", " ").split())
    for date_format in _DATE_FORMATS:
        for time_format in _TIME_FORMATS:
            try:
                return dt.datetime.strptime(text, f"{date_format} {time_format}")
            except ValueError:
                continue
    return None


def _parse_time_on(day: dt.date, text: str) -> dt.datetime | None:
    text = text.strip()
    for time_format in _TIME_FORMATS:
        try:
            return dt.datetime.combine(day, dt.datetime.strptime(text, time_format).time())
        except ValueError:
            continue
    return _parse_datetime(text)


def _parse_date(text: str) -> dt.date | None:
    for date_format in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            continue
    return None


def parse_csv(
    data: bytes, name: str = "filen", window: DateWindow | None = None
) -> list[ParsedAppointment]:
    window = window or DateWindow()
    text = decode_csv(data, name)
    if not text.strip():  # e.g. only a UTF-8 byte-order mark, which bytes.strip() keeps
        raise AppointmentImportError(f"{name} er tom.")
    first_control_character(text, name)
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as error:
        line = rows[-1][0] + 1 if rows else 1  # where the broken row begins
        problem = (
            'et anførselstegn (") åbnes, men lukkes aldrig'
            if "end of data" in str(error)
            else f"rækken kan ikke læses som CSV ({error})"
        )
        raise AppointmentImportError(
            f"{name}, linje {line}: {problem}. Intet er importeret."
        ) from None
    if not rows:
        raise AppointmentImportError(f"{name} er tom.")
    header = rows[0][1]
    columns = _column_map(header)
    has_start = "start" in columns or ("date" in columns and "time" in columns)
    if not has_start:
        raise AppointmentImportError(
            f"{name}, linje 1: overskriften skal have en kolonne 'start' "
            "(fx 2026-11-26 10:00) eller kolonnerne 'dato' og 'tid'. Fundet: "
            f"{', '.join(h.strip() for h in header) or 'ingen'}."
        )
    result: list[ParsedAppointment] = []
    seen: dict[str, int] = {}
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue

        def fail(problem: str, line: int = line) -> AppointmentImportError:
            return AppointmentImportError(f"{name}, linje {line}: {problem} Intet er importeret.")

        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        if len(row) > len(header):
            raise fail(f"har {len(row)} felter, men overskriften har {len(header)}.")

        def cell(column: str, row: list[str] = row) -> str:
            return row[columns[column]].strip() if column in columns else ""

        if "start" in columns:
            raw_start = cell("start")
            starts_at = _parse_datetime(raw_start)
        else:
            raw_start = f"{cell('date')} {cell('time')}".strip()
            day = _parse_date(cell("date"))
            starts_at = _parse_time_on(day, cell("time")) if day else None
        if not raw_start:
            raise fail("mangler starttidspunkt.")
        if starts_at is None:
            raise fail(
                f"tidspunktet «{_label(raw_start)[:30]}» kan ikke læses; brug fx 2026-11-26 10:00 "
                "eller 26-11-2026 10:00."
            )
        ends_at = None
        if cell("end"):
            ends_at = _parse_time_on(starts_at.date(), cell("end"))
            if ends_at is None:
                raise fail(f"sluttidspunktet «{_label(cell('end'))[:30]}» kan ikke læses.")
            if ends_at < starts_at:
                raise fail("slutter før den begynder.")
        if (implausible := window.problem(starts_at)) is not None:
            raise fail(implausible)
        label = _label(cell("label"))
        booking_id = cell("id")
        if booking_id:
            external_id = _external_id("csv", booking_id, starts_at, label)
        else:  # no id column: the same time and title is the same booking
            external_id = _time_and_label_id("csv", starts_at, label)
        if external_id in seen:
            raise fail(
                f"samme aftale (id {_label(booking_id)[:40] or label}) som linje {seen[external_id]}."
            )
        seen[external_id] = line
        result.append(
            ParsedAppointment(
                external_id=external_id,
                starts_at=starts_at,
                ends_at=ends_at,
                label=label,
                source=AppointmentSource.CSV,
                where=f"linje {line}",
                legacy_external_id=f"csv:{booking_id}"[:255] if booking_id else None,
            )
        )
    if not result:
        raise AppointmentImportError(f"{name} indeholder ingen aftaler (kun overskriften).")
    return result
