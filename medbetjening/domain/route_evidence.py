"""What happened to similar citizens after each route: the figure shown at the counter.

An *episode* is a closed visit where a known citizen, assessed with a route, was helped
with an errand (a flow). Its *next time* is the first of: the citizen's next run of
that flow within 12 months (alone and completed = managed alone), or a follow-up of
the visit with a result (``managed_alone`` / ``needed_help``). An episode with neither
has no known next time and is left out of the share (it is counted apart): a citizen
who managed at home and never came back cannot be told from one who gave up.

*Similar* = same level band and errand, and the same barriers where those cases alone
reach the minimum count. **Level bands**: a final level (every item it needs settled,
or set by staff) is its own band "0"…"3"; a level not settled ("ikke afklaret 0–2")
is band "?" and only compared with other unsettled ones — never counted as the
proven minimum nor as any level it may not be.

A share is shown only when at least ``MINIMUM_COUNT`` episodes have a known next time,
with a 95 % Wilson score interval; below that the figure is "too few cases". The
figures are correlation in one municipality's records, not the effect of a route.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

MINIMUM_COUNT = 20
WINDOW_DAYS = 365  # "næste gang" is looked for within 12 months
UNSETTLED_BAND = "?"
Z_95 = 1.959963984540054


def level_band(level: int | None) -> str:
    """The band of a stored level: the final level, or "?" when it is not settled."""
    return UNSETTLED_BAND if level is None else str(level)


def barrier_key(barriers: Iterable[str]) -> str:
    """Barrier codes as one comparable key (order and blanks do not matter)."""
    return ",".join(sorted({b.strip() for b in barriers if b.strip()}))


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for a share (honest at small counts and near 0 or 1)."""
    if total <= 0:
        raise ValueError("a share of nothing has no interval")
    if not 0 <= successes <= total:
        raise ValueError("successes must lie between 0 and total")
    p = successes / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class EvidenceCounts:
    """Sums over episodes of one route (and band, errand, maybe barriers)."""

    episodes: int = 0
    known: int = 0  # next time known within 12 months
    alone: int = 0  # of those, managed alone next time
    reached_alone: int = 0  # managed alone at some time within 12 months
    visits_to_alone: int = 0  # counter visits with the errand it took, summed over reached

    def __add__(self, other: EvidenceCounts) -> EvidenceCounts:
        return EvidenceCounts(
            self.episodes + other.episodes,
            self.known + other.known,
            self.alone + other.alone,
            self.reached_alone + other.reached_alone,
            self.visits_to_alone + other.visits_to_alone,
        )


@dataclass(frozen=True)
class EvidenceRow:
    """One pre-aggregated row as read from the statistics."""

    route: str
    barriers: str
    counts: EvidenceCounts


@dataclass(frozen=True)
class RouteFigure:
    route: str
    counts: EvidenceCounts
    share: float | None  # None: too few cases (below the minimum count)
    interval: tuple[float, float] | None
    mean_visits: float | None  # visits with the errand it took, for those who got there

    @property
    def too_few(self) -> bool:
        return self.share is None

    @property
    def unknown_next_time(self) -> int:
        return self.counts.episodes - self.counts.known


@dataclass(frozen=True)
class Evidence:
    band: str
    flow_id: str
    by_barriers: bool  # True: only citizens with the same barriers are compared
    proposed: RouteFigure
    alternatives: tuple[RouteFigure, ...]


def route_figure(route: str, counts: EvidenceCounts, minimum: int = MINIMUM_COUNT) -> RouteFigure:
    if counts.known < minimum or counts.known == 0:
        return RouteFigure(route, counts, None, None, None)
    mean = counts.visits_to_alone / counts.reached_alone if counts.reached_alone else None
    return RouteFigure(
        route,
        counts,
        counts.alone / counts.known,
        wilson_interval(counts.alone, counts.known),
        mean,
    )


def _by_route(rows: Iterable[EvidenceRow], barriers: str | None) -> dict[str, EvidenceCounts]:
    totals: dict[str, EvidenceCounts] = {}
    for row in rows:
        if barriers is None or row.barriers == barriers:
            totals[row.route] = totals.get(row.route, EvidenceCounts()) + row.counts
    return totals


def counter_evidence(
    rows: Sequence[EvidenceRow],
    band: str,
    flow_id: str,
    barriers: str,
    proposed_route: str,
    minimum: int = MINIMUM_COUNT,
) -> Evidence:
    """The proposed route's figure and the alternatives' (most known cases first).

    The rows are those of the band and errand. Citizens with the same barriers are
    compared when they alone give the proposed route the minimum count; otherwise all
    citizens of the band (the barriers then are not part of "similar").
    """
    same = _by_route(rows, barriers)
    by_barriers = same.get(proposed_route, EvidenceCounts()).known >= minimum
    totals = same if by_barriers else _by_route(rows, None)
    proposed = route_figure(proposed_route, totals.get(proposed_route, EvidenceCounts()), minimum)
    others = sorted(
        (route_figure(r, c, minimum) for r, c in totals.items() if r != proposed_route),
        key=lambda f: (-f.counts.known, f.route),
    )
    return Evidence(band, flow_id, by_barriers, proposed, tuple(others))


class LaterEvent(NamedTuple):
    """Something later about the same citizen and errand: a counter visit with a run of
    its flow (``alone``: every counted step alone and completed) or a follow-up result
    (``alone``: managed alone at home; False: needed help). A tuple: a refresh makes
    thousands, and a frozen dataclass's set-up cost three times as much."""

    at: dt.datetime
    alone: bool
    visit: bool


def episode_counts(started: dt.datetime, later: Iterable[LaterEvent]) -> EvidenceCounts:
    """One episode's contribution: its next time within 12 months and, if the citizen
    got there, how many counter visits with the errand it took (this one included)."""
    return episode_counts_in_order(started, sorted(later, key=lambda e: e.at))


def episode_counts_in_order(started: dt.datetime, later: Iterable[LaterEvent]) -> EvidenceCounts:
    """``episode_counts`` for events already in time order (ties as they came): read up
    to the first done alone or the window's end, so a citizen's long history sorted
    once serves each of their episodes without a sort or a full pass apiece."""
    end = started + dt.timedelta(days=WINDOW_DAYS)
    first: LaterEvent | None = None
    visits = 1
    for event in later:
        if event.at <= started:
            continue
        if event.at > end:
            break
        if first is None:
            first = event
        if event.alone:
            return EvidenceCounts(1, 1, int(first.alone), 1, visits)
        visits += int(event.visit)
    return EvidenceCounts(episodes=1) if first is None else EvidenceCounts(1, 1, 0, 0, 0)
