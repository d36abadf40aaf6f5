"""How a contact is counted: its type from the flows run, its channel from the site.

Ballerup's channel strategy (and KL's KOMHEN) sort contacts by rising complexity:
information (one-way), interaction (an individual answer, no change of status) and
transaction (the citizen's status changes). A visit is counted as the most complex
thing that happened in it; a visit in which no flow was run is information.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from medbetjening.domain.vocabulary import Channel, ContactType, SiteKind

_RANK = {
    ContactType.INFORMATION: 0,
    ContactType.INTERACTION: 1,
    ContactType.TRANSACTION: 2,
}

# The channel a visit starts with at each kind of site; staff change it when starting.
_DEFAULT_CHANNEL = {
    SiteKind.TOWN_HALL.value: Channel.COUNTER,
    SiteKind.LIBRARY.value: Channel.LIBRARY,
    SiteKind.OTHER.value: Channel.COUNTER,
}


def contact_type_of(flow_types: Iterable[ContactType | str]) -> ContactType:
    """The highest type among the flows run; information when there were none."""
    found = [ContactType(t) for t in flow_types]
    return max(found, key=_RANK.__getitem__, default=ContactType.INFORMATION)


def default_channel(site_kind: str | None) -> Channel:
    """The channel a new visit or quick tally starts with at a site of this kind."""
    return _DEFAULT_CHANNEL.get(site_kind or "", Channel.COUNTER)


# KOMHEN's task for a contact that fits no flow: the short list a quick tally offers
# beside the flows (code -> the Danish task name the KOMHEN report uses).
QUICK_TASKS = {
    "information": "Generel information og vejvisning",
    "booking": "Tidsbestilling",
    "self_service": "Hjælp til selvbetjening",
    "other": "Andet",
}
OTHER_TASK = QUICK_TASKS["other"]  # a flow without a KOMHEN task is counted here


def parse_iso_week(text: str) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week written ``2026-W48``; ValueError naming the text."""
    match = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})\s*", text)
    if match is None:
        raise ValueError(f"'{text}' er ikke en uge; skriv fx 2026-W48.")
    year, week = int(match[1]), int(match[2])
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"Uge {week} findes ikke i {year}.") from None
    return monday, monday + dt.timedelta(days=6)


def iso_week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
