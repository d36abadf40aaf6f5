"""Referrals that close the loop: their states and the share taken up (pure rules)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class ReferralStatus(StrEnum):
    OPEN = "open"  # not taken up yet (or nobody can know: see ``knowable``)
    TAKEN_UP = "taken_up"  # a visit at the receiving site, or the citizen said so
    NOT_TAKEN_UP = "not_taken_up"  # the sender heard the citizen did not go


def due_date(made_at: dt.datetime, days: int) -> dt.date:
    """The day after which an open referral shows on the sender's follow-up screen."""
    return made_at.date() + dt.timedelta(days=days)


def share_taken_up(made: int, taken_up: int) -> float | None:
    """Taken up of made, 0..1; None when none were made (no share to show, not 0 %)."""
    return taken_up / made if made else None
