"""How far back the demo visits reach: a year up to a million visits, then a year per
started million (issue 22's ten million = a large municipality over ten years)."""

from __future__ import annotations

import datetime as dt
import random

from medbetjening.demo.demo_schedule import DAYS, plan, span_days
from medbetjening.demo.demo_sites import SitePlan
from medbetjening.domain.vocabulary import SiteKind

NOW = dt.datetime(2026, 12, 7, 12, 0)
SITES = [SitePlan(id=1, kind=SiteKind.TOWN_HALL, share=0.6, desks=[]),
         SitePlan(id=2, kind=SiteKind.LIBRARY, share=0.4, desks=[])]  # fmt: skip


def test_one_year_up_to_a_million_then_a_year_per_million_at_most_ten() -> None:
    assert span_days(1) == span_days(1_000_000) == DAYS
    assert span_days(1_000_001) == 2 * DAYS
    assert span_days(10_000_000) == 10 * DAYS
    assert span_days(40_000_000) == 10 * DAYS


def _first_day(total: int) -> dt.date:
    cells = plan(random.Random(1), NOW, SITES, total)
    assert sum(n for _, _, n in cells) == total
    return min(day for day, _, _ in cells)


def test_ten_million_visits_reach_ten_years_back_a_million_one() -> None:
    assert (NOW.date() - _first_day(1_000_000)).days < DAYS
    assert DAYS * 9 < (NOW.date() - _first_day(10_000_000)).days < DAYS * 10
