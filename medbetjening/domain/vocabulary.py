"""The shared vocabulary of a visit, stored as the enum values (short English codes)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names the module gives out (built at first use, below)
    from medbetjening.domain.vocabulary_terms import (
        AgeBand,
        AppointmentSource,
        Autonomy,
        BlockReason,
        Completion,
        ContactType,
        FlowRunStatus,
        FollowUpKind,
        FollowUpStatus,
        Obstacle,
        Referral,
        SelfSufficiency,
        SiteKind,
        StaffBasis,
        StepActor,
        VisitStatus,
    )


class Role(StrEnum):
    STAFF = "staff"
    AMBASSADOR = "ambassador"
    LEAD = "lead"


class Channel(StrEnum):
    COUNTER = "counter"
    LIBRARY = "library"
    PHONE = "phone"
    VIDEO = "video"
    OUTREACH = "outreach"  # udgående: at the citizen's home, a care home, a course


# The other terms are built at their first use (``vocabulary_terms.py``): the window's
# first paint needs only the two above, and building all eighteen classes was ≈ 4 ms.
__all__ = [  # noqa: RUF022 - Role and Channel first, then the terms (alphabetical)
    "Role",
    "Channel",
    "AgeBand",
    "AppointmentSource",
    "Autonomy",
    "BlockReason",
    "Completion",
    "ContactType",
    "FlowRunStatus",
    "FollowUpKind",
    "FollowUpStatus",
    "Obstacle",
    "Referral",
    "SelfSufficiency",
    "SiteKind",
    "StaffBasis",
    "StepActor",
    "VisitStatus",
]
_TERMS = frozenset(__all__[2:])  # all but Role and Channel


def __getattr__(name: str) -> object:
    if name in _TERMS:
        from medbetjening.domain import vocabulary_terms

        value = getattr(vocabulary_terms, name)
        globals()[name] = value  # once: later imports find it here
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
