"""Workshops: a course, an IT-café or a group lesson a site holds (Ballerup's courses at
the library "i samarbejde med frivillige"; France's *ateliers collectifs*).

A workshop is counted apart from visits: it is not a counter contact (KOMHEN), and what
a coded participant practised is evidence of its own kind for a task — *practised in a
group* — never a guided visit nor "managed alone". Pure rules here (no Qt, no SQLAlchemy).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from medbetjening.domain.vocabulary import AgeBand


class WorkshopKind(StrEnum):
    COURSE = "course"  # kursus: several sessions, a plan
    IT_CAFE = "it_cafe"  # drop-in, bring your own device
    GROUP_LESSON = "group_lesson"  # one lesson on one theme


KIND_NAMES = {
    WorkshopKind.COURSE.value: "Kursus",
    WorkshopKind.IT_CAFE.value: "It-café",
    WorkshopKind.GROUP_LESSON.value: "Holdundervisning",
}

# The short topic list beside the flows (code -> Danish name; the label table names them).
# A topic code never collides with a flow id: flow ids are lower-case words with dashes.
TOPICS = {
    "topic:email": "E-mail",
    "topic:online_safety": "Sikkerhed på nettet",
    "topic:mitid": "MitID",
    "topic:digital_post": "Digital Post",
    "topic:phone": "Telefonen",
}

MIN_MINUTES = 15
MAX_MINUTES = 8 * 60  # one day of teaching
MAX_PARTICIPANTS = 200  # a typing slip (2000 for 20) is refused, not counted


class WorkshopError(ValueError):
    """A workshop that cannot be recorded; the message says what and where, in Danish."""


@dataclass(frozen=True)
class Participant:
    """A participant known by citizen code, and what they practised (workshop topics)."""

    code: str
    topics: tuple[str, ...] = ()  # empty: every topic of the workshop


@dataclass(frozen=True)
class WorkshopDraft:
    held_on: dt.date
    minutes: int
    kind: WorkshopKind
    topics: tuple[str, ...]
    helper_ids: tuple[int, ...] = ()  # staff and volunteers who taught (staff profiles)
    anonymous: Mapping[str, int] = field(default_factory=dict)  # age band -> participants
    participants: tuple[Participant, ...] = ()

    @property
    def participant_count(self) -> int:
        return sum(self.anonymous.values()) + len(self.participants)


def check_draft(
    draft: WorkshopDraft, known_topic: Iterable[str] | None = None, today: dt.date | None = None
) -> None:
    """Raise WorkshopError naming the field that is wrong (unknown stays unknown: an age
    band not given is counted as "unknown", never guessed). A workshop is recorded once
    held, so its day is not after ``today``."""
    if today is not None and draft.held_on > today:
        raise WorkshopError(
            f"Dato: {draft.held_on:%d.%m.%Y} er efter i dag; registrér workshoppen, når den "
            "er holdt."
        )
    if not MIN_MINUTES <= draft.minutes <= MAX_MINUTES:
        raise WorkshopError(
            f"Varighed: {draft.minutes} minutter passer ikke; skriv mellem "
            f"{MIN_MINUTES} og {MAX_MINUTES} minutter."
        )
    if not draft.topics:
        raise WorkshopError("Emner: vælg mindst ét emne, der blev øvet.")
    known = set(TOPICS) | set(known_topic or ())
    unknown = [topic for topic in draft.topics if topic not in known]
    if unknown:
        raise WorkshopError(f"Emner: '{unknown[0]}' er hverken et forløb eller et kendt emne.")
    bands = {band.value for band in AgeBand}
    for band, number in draft.anonymous.items():
        if band not in bands:
            raise WorkshopError(f"Aldersgruppe: '{band}' kendes ikke; brug {', '.join(bands)}.")
        if number < 0:
            raise WorkshopError(f"Deltagere {band}: antallet kan ikke være negativt.")
    codes = [p.code.strip().upper() for p in draft.participants]
    if len(set(codes)) != len(codes):
        twice = next(code for code in codes if codes.count(code) > 1)
        raise WorkshopError(f"Deltagere: borgerkoden {twice} står der to gange.")
    for participant in draft.participants:
        extra = [t for t in participant.topics if t not in draft.topics]
        if extra:
            raise WorkshopError(
                f"Deltager {participant.code}: emnet '{extra[0]}' er ikke et af workshoppens."
            )
    if draft.participant_count == 0:
        raise WorkshopError("Deltagere: skriv antal deltagere eller mindst én borgerkode.")
    if draft.participant_count > MAX_PARTICIPANTS:
        raise WorkshopError(
            f"Deltagere: {draft.participant_count} er flere end {MAX_PARTICIPANTS}; ret antallet."
        )


def practised(participant: Participant, workshop_topics: tuple[str, ...]) -> tuple[str, ...]:
    """What a coded participant practised: their own topics, else all of the workshop's."""
    return participant.topics or workshop_topics


def split_topics(text: str) -> tuple[str, ...]:
    """Stored topics (comma-separated codes) back to a tuple."""
    return tuple(part for part in (text or "").split(",") if part)


def hours(minutes: int) -> float:
    return round(minutes / 60, 1)
