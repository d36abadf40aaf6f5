"""Which flows are due for review: a step never compared with its official page, or
compared more than ``REVIEW_MONTHS`` months ago. Pure rules; the date is passed in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from medbetjening.domain.flows import Flow

REVIEW_MONTHS = 12


def months_before(today: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(today.day, 0, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(today)  # unreachable: day 1 always exists


def is_stale(verified: dt.date | None, today: dt.date) -> bool:
    """True when a step was never verified or verified more than REVIEW_MONTHS ago."""
    return verified is None or verified < months_before(today, REVIEW_MONTHS)


@dataclass(frozen=True)
class FlowReview:
    flow_id: str
    title: str
    oldest_verified: dt.date | None  # None when some step has no date at all
    stale_steps: tuple[str, ...]  # ids of the steps to compare with their page again

    @property
    def due(self) -> bool:
        return bool(self.stale_steps)


def review_of(flow: Flow, today: dt.date, language: str = "da") -> FlowReview:
    dates = [step.verified for step in flow.steps]
    known = [date for date in dates if date is not None]
    oldest = min(known) if known and len(known) == len(dates) else None
    stale = tuple(step.id for step in flow.steps if is_stale(step.verified, today))
    return FlowReview(flow.id, flow.title.get(language), oldest, stale)
