"""Find rules that can never decide anything: a level nobody can get, a dead route.

Level rules use only minimums, so the set of answers meeting a rule is closed
upwards. A level L is the result for some answers exactly when one of the *least*
answers meeting L's rule meets no higher rule. The least answers are built by
raising every item to its floor (``areas``/``items``) and, for each ``at_least``,
choosing which ``count`` items reach the score. That is a small search even for
twelve items, and it is exact.

Routes are checked over every level, every combination of barriers present or
absent and every value of the items the routes test: a route that is never the
first to match is dead (an earlier route always wins, or its test contradicts
itself).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from medbetjening.domain.assessment import (
    Condition,
    Facts,
    Instrument,
    LevelRule,
    Subject,
    evaluate,
    requirements_met,
)

SEARCH_LIMIT = 200_000  # candidate answer sets per rule; the bundled instrument needs < 100


@dataclass(frozen=True)
class Unreachable:
    kind: str  # "level" or "route"
    index: int  # position in the file's list
    id: str
    reason: str  # Danish, for the content editor


def _least_answers(instrument: Instrument, rule: LevelRule) -> Iterator[dict[str, int]] | None:
    """The least answer sets meeting ``rule``; None if no answers can meet it."""
    scored = instrument.scored_items
    floor = {item.id: item.scale.min_value for item in scored}
    for item in scored:
        minimum = rule.requires.areas.get(item.area)
        if minimum is not None:
            floor[item.id] = max(floor[item.id], minimum)
    for item_id, minimum in rule.requires.items.items():
        if item_id not in floor:
            return None
        floor[item_id] = max(floor[item_id], minimum)
    if any(floor[item.id] > item.scale.max_value for item in scored):
        return None
    choices_per_rule = []
    for at_least in rule.requires.at_least:
        scope = [
            item.id
            for item in scored
            if at_least.area in (None, item.area) and item.scale.max_value >= at_least.score
        ]
        if len(scope) < at_least.count:
            return None
        choices_per_rule.append(
            [(combo, at_least.score) for combo in itertools.combinations(scope, at_least.count)]
        )

    def generate() -> Iterator[dict[str, int]]:
        for picks in itertools.product(*choices_per_rule):
            answers = dict(floor)
            for combo, minimum in picks:
                for item_id in combo:
                    answers[item_id] = max(answers[item_id], minimum)
            yield answers

    return generate()


def unreachable_levels(instrument: Instrument) -> list[Unreachable]:
    found = []
    for index, rule in enumerate(instrument.levels):
        higher = [r for r in instrument.levels if r.level > rule.level]
        least = _least_answers(instrument, rule)
        if least is None:
            found.append(
                Unreachable(
                    "level",
                    index,
                    str(rule.level),
                    "reglen kan ikke opfyldes: den kræver mere, end skalaerne giver "
                    "(for højt minimum eller for mange punkter)",
                )
            )
            continue
        reachable = False
        for searched, answers in enumerate(least):
            if searched >= SEARCH_LIMIT:
                reachable = True  # too large to decide: do not cry wolf
                break
            if not any(requirements_met(instrument, r.requires, answers) for r in higher):
                reachable = True
                break
        if not reachable:
            found.append(
                Unreachable(
                    "level",
                    index,
                    str(rule.level),
                    "niveauet kan aldrig blive resultatet: svar, der opfylder reglen, "
                    "opfylder altid også et højere niveaus regel",
                )
            )
    return found


def _route_conditions(instrument: Instrument) -> list[Condition]:
    conditions = []
    for route in instrument.routes:
        if route.when is not None:
            conditions.extend(route.when.conditions)
    return conditions


def _item_values(instrument: Instrument, conditions: list[Condition]) -> dict[str, list]:
    values: dict[str, list] = {}
    for condition in conditions:
        if condition.subject == Subject.ITEM and instrument.has_item(condition.name):
            values[condition.name] = [
                o.answer for o in instrument.item(condition.name).scale.options
            ]
    return values


def unreachable_routes(instrument: Instrument) -> list[Unreachable]:
    conditions = _route_conditions(instrument)
    items = _item_values(instrument, conditions)
    barrier_ids = [b.id for b in instrument.barriers]
    levels = [rule.level for rule in instrument.levels]
    winners: set[str] = set()
    item_ids = list(items)
    worlds = len(levels) * 2 ** len(barrier_ids)
    for values in items.values():
        worlds *= len(values)
    if worlds > SEARCH_LIMIT:
        return []  # too large to decide quickly: do not cry wolf
    for level in levels:
        for present in itertools.product([False, True], repeat=len(barrier_ids)):
            barriers = dict(zip(barrier_ids, present, strict=True))
            for combo in itertools.product(*(items[i] for i in item_ids)):
                facts = Facts(dict(zip(item_ids, combo, strict=True)), level, level, barriers)
                for route in instrument.routes:
                    if route.when is None or evaluate(route.when, facts) is True:
                        winners.add(route.id)
                        break
    return [
        Unreachable(
            "route",
            index,
            route.id,
            "anbefalingen kan aldrig blive valgt: en tidligere anbefaling dækker altid "
            "de samme tilfælde, eller betingelserne modsiger hinanden",
        )
        for index, route in enumerate(instrument.routes)
        if route.id not in winners
    ]
