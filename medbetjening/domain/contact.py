"""How a contact is counted: its type from the flows run, its channel from the site.

Ballerup's channel strategy (and KL's KOMHEN) sort contacts by rising complexity:
information (one-way), interaction (an individual answer, no change of status) and
transaction (the citizen's status changes). A visit is counted as the most complex
thing that happened in it; a visit in which no flow was run is information.
"""

from __future__ import annotations

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
