"""The reachability analysis finds levels and routes that can never be the result."""

from __future__ import annotations

from dataclasses import replace

import pytest

from medbetjening.content.assessment import bundled_instrument_path, load_instrument
from medbetjening.domain.assessment import (
    AtLeast,
    Condition,
    Instrument,
    Requirements,
    Subject,
    When,
)
from medbetjening.domain.assessment_reachability import unreachable_levels, unreachable_routes


@pytest.fixture(scope="module")
def instrument() -> Instrument:
    return load_instrument(bundled_instrument_path())


def with_level(instrument: Instrument, level: int, requires: Requirements) -> Instrument:
    levels = tuple(
        replace(rule, requires=requires) if rule.level == level else rule
        for rule in instrument.levels
    )
    return replace(instrument, levels=levels)


def test_the_bundled_instrument_has_no_dead_rules(instrument: Instrument) -> None:
    assert unreachable_levels(instrument) == []
    assert unreachable_routes(instrument) == []


@pytest.mark.parametrize(
    ("requires", "words"),
    [
        (Requirements(areas={"transacting": 4}), "kan ikke opfyldes"),
        (Requirements(items={"install_app": 4}), "kan ikke opfyldes"),
        (Requirements(at_least=(AtLeast(9, 1),)), "kan ikke opfyldes"),  # 8 scored items
        (Requirements(at_least=(AtLeast(3, 1, "transacting"),)), "kan ikke opfyldes"),
        (Requirements(items={"no_such_item": 1}), "kan ikke opfyldes"),
    ],
)
def test_a_rule_nobody_can_meet(instrument: Instrument, requires: Requirements, words: str) -> None:
    found = unreachable_levels(with_level(instrument, 2, requires))
    assert [(u.kind, u.id) for u in found] == [("level", "2")]
    assert words in found[0].reason


def test_a_rule_always_overtaken_by_a_higher_one(instrument: Instrument) -> None:
    # Level 2 asks for more than level 3: whoever meets it is level 3.
    level3 = instrument.level_rule(3).requires
    stricter = Requirements(
        areas={**level3.areas, "foundation": 3},
        at_least=level3.at_least,
    )
    found = unreachable_levels(with_level(instrument, 2, stricter))
    assert [u.id for u in found] == ["2"]
    assert "højere" in found[0].reason


def test_level_zero_is_dead_when_level_one_needs_nothing_real(instrument: Instrument) -> None:
    found = unreachable_levels(with_level(instrument, 1, Requirements(areas={"transacting": 0})))
    assert [u.id for u in found] == ["0"]


def test_a_route_after_one_that_always_matches_is_dead(instrument: Instrument) -> None:
    always = When("any", (Condition(Subject.LEVEL, minimum=0),))
    routes = list(instrument.routes)
    routes[5] = replace(routes[5], when=always)  # read_access now swallows everything after it
    found = unreachable_routes(replace(instrument, routes=tuple(routes)))
    assert [u.id for u in found] == [
        "get_mitid_app",
        "get_mitid",
        "self_service",
        "staff_assisted",
        "medbetjening",
    ]
    assert [u.index for u in found] == [6, 7, 8, 9, 10]


def test_a_self_contradicting_route_is_dead(instrument: Instrument) -> None:
    contradiction = When(
        "all",
        (Condition(Subject.LEVEL, minimum=2), Condition(Subject.LEVEL, maximum=1)),
    )
    routes = list(instrument.routes)
    routes[1] = replace(routes[1], when=contradiction)
    found = unreachable_routes(replace(instrument, routes=tuple(routes)))
    assert [u.id for u in found] == ["power_of_attorney"]


def test_an_instrument_too_large_to_search_is_not_reported(
    instrument: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("medbetjening.domain.assessment_reachability.SEARCH_LIMIT", 10)
    always = When("any", (Condition(Subject.LEVEL, minimum=0),))
    routes = (replace(instrument.routes[0], when=always), *instrument.routes[1:])
    assert unreachable_routes(replace(instrument, routes=routes)) == []
