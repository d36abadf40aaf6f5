"""Pure rules of the counter evidence and of errand recurrence."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.flows import Recurrence
from medbetjening.domain.recurrence import Weighing, avoided_visits, weigh_route
from medbetjening.domain.route_evidence import (
    EvidenceCounts,
    EvidenceRow,
    LaterEvent,
    barrier_key,
    counter_evidence,
    episode_counts,
    episode_counts_in_order,
    level_band,
    route_figure,
    wilson_interval,
)

T0 = dt.datetime(2026, 1, 5, 10, 0)


@pytest.mark.parametrize(
    ("successes", "total", "expected"),
    [
        # worked by hand from the Wilson score formula (z = 1.96)
        (18, 25, (0.5242, 0.8572)),
        (0, 20, (0.0, 0.1611)),
        (20, 20, (0.8389, 1.0)),
        (61, 100, (0.5120, 0.6998)),
    ],
)
def test_wilson_interval_known_values(successes: int, total: int, expected) -> None:  # type: ignore[no-untyped-def]
    assert wilson_interval(successes, total) == pytest.approx(expected, abs=1e-4)


def test_wilson_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        wilson_interval(1, 0)
    with pytest.raises(ValueError):
        wilson_interval(5, 4)


def test_figure_shown_from_the_minimum_count_only() -> None:
    assert route_figure("medbetjening", EvidenceCounts(30, 19, 10)).too_few
    shown = route_figure("medbetjening", EvidenceCounts(30, 20, 10))
    assert shown.share == pytest.approx(0.5) and shown.interval is not None
    # episodes without a known next time do not count toward the minimum
    assert route_figure("x", EvidenceCounts(episodes=500, known=3, alone=3)).too_few


def test_unsettled_level_is_never_a_number() -> None:
    assert level_band(None) == "?"
    assert level_band(0) == "0" and level_band(3) == "3"


def test_barriers_compared_only_when_their_numbers_allow() -> None:
    rows = [
        EvidenceRow("medbetjening", "language", EvidenceCounts(25, 22, 11)),
        EvidenceRow("medbetjening", "", EvidenceCounts(40, 40, 30)),
        EvidenceRow("staff_assisted", "language", EvidenceCounts(5, 5, 1)),
    ]
    same = counter_evidence(rows, "1", "boligstoette", barrier_key(["language"]), "medbetjening")
    assert same.by_barriers and same.proposed.counts.known == 22
    assert same.proposed.share == pytest.approx(0.5)
    fewer = counter_evidence(rows[1:], "1", "boligstoette", "language", "medbetjening")
    # only 0 with the barrier for the proposed route: all citizens of the band instead
    assert not fewer.by_barriers and fewer.proposed.counts.known == 40
    assert [a.route for a in fewer.alternatives] == ["staff_assisted"]
    assert barrier_key([" mitid", "device", ""]) == "device,mitid"


def test_episode_next_time() -> None:
    day = dt.timedelta(days=1)
    assert episode_counts(T0, []) == EvidenceCounts(episodes=1)
    alone = episode_counts(T0, [LaterEvent(T0 + 30 * day, True, True)])
    assert alone == EvidenceCounts(1, 1, 1, 1, 1)
    later = episode_counts(
        T0,
        [
            LaterEvent(T0 + 200 * day, True, True),
            LaterEvent(T0 + 20 * day, False, True),
            LaterEvent(T0 + 90 * day, False, False),  # a follow-up: needed help, no visit
        ],
    )
    assert later == EvidenceCounts(1, 1, 0, 1, 2)
    too_late = episode_counts(T0, [LaterEvent(T0 + 366 * day, True, True)])
    assert too_late == EvidenceCounts(episodes=1)


def test_episode_read_in_time_order_equals_the_sorted_rule() -> None:
    """A history sorted once and read from each episode on gives each episode's counts:
    events before it and after its 12 months are passed over, ties keep their order."""
    day = dt.timedelta(days=1)
    history = sorted(
        [
            LaterEvent(T0 - 10 * day, True, True),  # before the episode
            LaterEvent(T0 + 40 * day, False, True),
            LaterEvent(T0 + 40 * day, True, False),  # same time: the visit came first
            LaterEvent(T0 + 90 * day, True, True),
            LaterEvent(T0 + 400 * day, True, True),  # after the window
        ],
        key=lambda e: e.at,
    )
    for started in (T0 - 20 * day, T0, T0 + 40 * day, T0 + 60 * day, T0 + 500 * day):
        assert episode_counts_in_order(started, history) == episode_counts(started, history)
    assert episode_counts_in_order(T0, history) == EvidenceCounts(1, 1, 0, 1, 2)


def test_recurrence_weighs_teaching() -> None:
    once = weigh_route("medbetjening", Recurrence.ONCE, None, 2)
    assert (once.route, once.changed, once.why) == (
        "staff_assisted",
        True,
        Weighing.ONCE_NOT_WORTH_TEACHING,
    )
    weekly = weigh_route("staff_assisted", Recurrence.WEEKLY, "yes", 1)
    assert (weekly.route, weekly.why) == ("medbetjening", Weighing.FREQUENT_WORTH_TEACHING)
    assert weigh_route("staff_assisted", Recurrence.WEEKLY, "no", 1).route == "staff_assisted"
    assert weigh_route("staff_assisted", Recurrence.WEEKLY, None, 0).why == (
        Weighing.FREQUENT_BUT_LEVEL_0
    )
    assert weigh_route("power_of_attorney", Recurrence.ONCE, None, 0).route == "power_of_attorney"
    assert weigh_route("medbetjening", None, None, 1).why == Weighing.UNKNOWN


def test_avoided_visits_from_recurrence() -> None:
    assert avoided_visits(10, Recurrence.WEEKLY) == 120  # capped at monthly
    assert avoided_visits(10, Recurrence.YEARLY) == 10
    assert avoided_visits(10, Recurrence.RARE) == pytest.approx(2)
    assert avoided_visits(10, Recurrence.ONCE) == 0
    assert avoided_visits(10, None) is None
