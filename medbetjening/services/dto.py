"""Plain data handed from services to the UI and CLI (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    role: str
    site_id: int
    os_user: str | None
    has_password: bool


@dataclass(frozen=True)
class VisitRow:
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


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    site_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    label: str
    source: str
    visit_id: int | None
