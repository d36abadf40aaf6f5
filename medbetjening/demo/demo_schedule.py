"""When the demo visits happen: which days and sites, how many, at what times.

Twelve months up to the reference time, weighted by site, weekday and month, within the
sites' opening hours (closed on holidays); today only the part that has passed. Above a
million visits the days span more years, about a million visits a year (issue 22 reads ten
million visits as "a large municipality over ten years"), at most ten: a day then holds as
many visits as a day of the one-million database, and the history is longer.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_sites import SitePlan

DAYS = 365  # one year of visits
VISITS_PER_YEAR = 1_000_000
MAX_YEARS = 10


def span_days(total: int) -> int:
    """Days the visits spread over: a year per started million visits, at most ten."""
    years = min(MAX_YEARS, max(1, -(-total // VISITS_PER_YEAR)))
    return DAYS * years


def opening_hours(now: dt.datetime, day: dt.date, site: SitePlan) -> tuple[float, float] | None:
    hours = cat.OPENING_HOURS[site.kind][day.weekday()]
    if day == now.date():
        return hours or (10, 14)  # always something to show today
    if (day.month, day.day) in cat.CLOSED_DAYS:
        return None
    return hours


def plan(
    rng: random.Random, now: dt.datetime, sites: list[SitePlan], total: int
) -> list[tuple[dt.date, SitePlan, int]]:
    """(day, site, number of visits), in time order, adding up to the total."""
    cells: list[tuple[dt.date, SitePlan]] = []
    weights: list[float] = []
    now_hour = now.hour + now.minute / 60
    for offset in range(span_days(total) - 1, -1, -1):
        day = now.date() - dt.timedelta(days=offset)
        for site in sites:
            hours = opening_hours(now, day, site)
            if hours is None:
                continue
            weight = (
                site.share
                * (cat.WEEKDAY_WEIGHT[day.weekday()] or 0.5)
                * cat.MONTH_WEIGHT[day.month - 1]
                * rng.uniform(0.85, 1.15)
            )
            if day == now.date():  # only the part of today that has passed
                elapsed = (now_hour - hours[0]) / (hours[1] - hours[0])
                weight *= min(1.0, max(0.3, elapsed))
            cells.append((day, site))
            weights.append(weight)
    total_weight = sum(weights)
    expected = [total * w / total_weight for w in weights]
    counts = [math.floor(e) for e in expected]
    by_remainder = sorted(range(len(cells)), key=lambda i: counts[i] - expected[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    minimum_today = min(3, total // (3 * len(sites)))
    for i, (day, _) in enumerate(cells):
        while day == now.date() and counts[i] < minimum_today:
            largest = max(
                (j for j in range(len(cells)) if cells[j][0] != now.date()),
                key=counts.__getitem__,
            )
            counts[largest] -= 1
            counts[i] += 1
    return [(day, site, n) for (day, site), n in zip(cells, counts, strict=True) if n]


def start_times(
    rng: random.Random, now: dt.datetime, day: dt.date, site: SitePlan, count: int
) -> list[int]:
    """The visits' start times in order, as seconds after the day's midnight."""
    hours = opening_hours(now, day, site)
    assert hours is not None
    opens, closes = hours[0] * 60, hours[1] * 60 - 10
    if day == now.date():
        now_minute = now.hour * 60 + now.minute
        closes = max(opens + 60, min(closes, now_minute))
    peak = opens + 0.35 * (closes - opens)
    return sorted(int(rng.triangular(opens, closes, peak) * 60) for _ in range(count))
