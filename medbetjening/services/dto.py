"""Plain data handed from services to the UI and CLI (never ORM objects).

Named tuples, not frozen dataclasses: the first paint builds these classes, and a
dataclass writes and compiles its methods at import (≈ 1.5 ms of CPU each, a named
tuple ≈ 0.4 ms). The same fields, read-only; their rows are compared and hashed whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple


class SiteInfo(NamedTuple):
    id: int
    name: str
    kind: str


class StaffInfo(NamedTuple):
    id: int
    name: str
    role: str
    site_id: int
    os_user: str | None
    has_password: bool


class VisitRow(NamedTuple):
    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    status: str
    channel: str
    contact_type: str
    staff_name: str
    citizen_id: int | None
    citizen_code: str | None
    flows: str
    version: int


def visit_row(columns: Sequence[Any], flows: Iterable[str]) -> VisitRow:
    """A list row from the columns every visit list reads, in this order: id, started,
    ended, status, channel, contact type, staff name, citizen id, citizen code, version
    (the services' query and the start-up reader's alike)."""
    return VisitRow(
        id=columns[0],
        started_at=columns[1],
        ended_at=columns[2],
        status=columns[3],
        channel=columns[4],
        contact_type=columns[5],
        staff_name=columns[6],
        citizen_id=columns[7],
        citizen_code=columns[8],
        flows=", ".join(flows),
        version=columns[9],
    )


class AppointmentRow(NamedTuple):
    id: int
    site_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    label: str
    source: str
    visit_id: int | None
