"""Plain data the renderers take: assembled by services, rendered without a database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class HandoutFlow:
    title: str
    status: str  # FlowRunStatus value
    steps: tuple[str, ...]  # in the citizen's words, in the handout's language
    urls: tuple[str, ...]
    steps_marked: int  # steps someone did today
    steps_by_citizen: int  # of those, done by the citizen (alone or guided)
    mitid_steps: tuple[int, ...] = ()  # indexes in ``steps`` where the citizen logs on with MitID


@dataclass(frozen=True)
class HandoutReferral:
    """Where the citizen was referred: a site of the municipality or a help point.

    Only what is known is printed: a telephone service has no address, a site no
    opening hours kept here."""

    place: str
    task: str | None  # the errand's title; None: not named
    address: str | None = None
    opening_hours: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class HandoutData:
    """What the citizen takes home. Never a CPR number, never a staff-only note."""

    language: str  # "da" or "en"
    visit_date: dt.date
    site_name: str
    flows: tuple[HandoutFlow, ...]
    bring_next_time: tuple[str, ...]
    citizen_code: str | None
    linked_to_citizen: bool  # False: an anonymous visit, nothing links it to a person
    completion: str | None  # Completion value
    autonomy: str | None  # Autonomy value
    referral: str | None  # Referral value
    follow_up_date: dt.date | None
    follow_up_kind: str | None
    assessed: bool
    retention_months: int
    # the citizen was registered by CPR number: a keyed hash of it is kept (never the number)
    cpr_linked: bool = False
    has_mitid: bool | None = None  # None: not asked; False: no MitID (no MitID steps printed)
    consent_follow_up: bool = False  # the citizen said yes to being contacted
    route: str | None = None  # the route in force (instrument route id)
    referred_to: HandoutReferral | None = None  # issue 21: where the citizen was sent


@dataclass(frozen=True)
class CaseNoteData:
    visit_id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    duration_minutes: int | None
    site_name: str
    staff_name: str
    channel: str
    contact_type: str
    citizen: str  # "kode ABC123", "borger nr. 12" or "anonym"
    flows: tuple[tuple[str, str, int, int, int], ...]  # title, status, marked, alone, guided
    assessment_level: int | None
    completion: str | None
    autonomy: str | None
    blocker: str | None
    referral: str | None
    follow_up: tuple[str, dt.date, str] | None  # kind, due date, status
    note: str | None
    level_range: tuple[int, int] | None = None  # proven low–high while not settled
    route_override: tuple[str, str] | None = None  # route chosen by staff, reason
    # MitID/payment steps staff did: (flow title, step id, basis code)
    staff_basis: tuple[tuple[str, str, str], ...] = ()
