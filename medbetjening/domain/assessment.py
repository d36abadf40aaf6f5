"""The digital-competence assessment: the instrument as plain data and its scoring.

Scoring is pure and works on partial answers: observed items are rated while the
errand runs, so until then the level is a range (``level`` is what the answers so far
prove, ``level_max`` what the open items could still lift it to). Level rules are
per-area minimums (the UK Essential Digital Skills idea), never an average: one weak
area keeps the level down, because that area is where the citizen will get stuck.

Conditions (flag, barriers, routes) are evaluated in three-valued logic: ``True``,
``False`` or ``None`` (not known yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from medbetjening.domain.assessment_model import (
    Answer,
    Answers,
    Area,
    AtLeast,
    Barrier,
    Condition,
    Flag,
    Instrument,
    Item,
    LevelRule,
    Mode,
    NotApplicable,
    Option,
    Requirements,
    Route,
    RouteKind,
    Scale,
    ScaleKind,
    Subject,
    Suggestion,
    Text,
    When,
)

__all__ = [
    "Answer",
    "Answers",
    "Area",
    "AtLeast",
    "Barrier",
    "Change",
    "Condition",
    "Facts",
    "Flag",
    "Instrument",
    "Item",
    "LevelRule",
    "Mode",
    "NotApplicable",
    "Option",
    "Requirements",
    "Result",
    "Route",
    "RouteKind",
    "Scale",
    "ScaleKind",
    "Subject",
    "Suggestion",
    "Text",
    "When",
    "change",
    "clean_answers",
    "evaluate",
    "level_for",
    "not_applicable_items",
    "requirements_met",
    "score",
]


@dataclass(frozen=True)
class Result:
    level: int  # proven by the answers so far
    level_max: int  # what the unanswered items could still lift it to
    answered: int  # answered items (all kinds)
    total: int
    digitally_challenged: bool | None  # None: not known yet
    barriers: tuple[str, ...]  # found
    possible_barriers: tuple[str, ...]  # may still be found when more is answered
    route: str
    route_provisional: bool
    started: bool  # at least one scored item answered
    override: int | None = None  # the staff member's level, when set
    # Items that cannot be shown (item id → why): left out of the level rules.
    not_applicable: Mapping[str, str] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()  # support beside the route (interpreter …)

    @property
    def final(self) -> bool:
        """The open items cannot change the level: every item it needs is settled."""
        return self.level == self.level_max

    @property
    def effective_level(self) -> int:
        return self.level if self.override is None else self.override

    @property
    def provisional(self) -> bool:
        return self.level != self.level_max

    @property
    def complete(self) -> bool:
        return self.answered + len(self.not_applicable) >= self.total


# -- evaluation --------------------------------------------------------------


def clean_answers(instrument: Instrument, answers: Answers) -> dict[str, Answer]:
    """Only answers the instrument knows and accepts (a stored answer may be stale)."""
    result: dict[str, Answer] = {}
    for item in instrument.items:
        if item.id in answers and item.scale.accepts(answers[item.id]):
            result[item.id] = answers[item.id]
    return result


def requirements_met(
    instrument: Instrument,
    req: Requirements,
    scores: Mapping[str, int],
    excluded: frozenset[str] = frozenset(),
) -> bool:
    """Every scored item not ``excluded`` (not applicable) must have a value in ``scores``."""
    scored = [i for i in instrument.scored_items if i.id not in excluded]
    for area, minimum in req.areas.items():
        if any(scores[i.id] < minimum for i in scored if i.area == area):
            return False
    for item, minimum in req.items.items():
        if item not in excluded and scores.get(item, -1) < minimum:
            return False  # an unknown item is never met
    for rule in req.at_least:
        scope = [i for i in scored if rule.area in (None, i.area)]
        if sum(1 for i in scope if scores[i.id] >= rule.score) < rule.count:
            return False
    return True


def level_for(
    instrument: Instrument, scores: Mapping[str, int], excluded: frozenset[str] = frozenset()
) -> int:
    """The highest level whose rule is met (level 0 has no rule: the floor)."""
    best = min(rule.level for rule in instrument.levels)
    for rule in instrument.levels:
        if rule.level > best and requirements_met(instrument, rule.requires, scores, excluded):
            best = rule.level
    return best


def not_applicable_items(
    instrument: Instrument, answers: Mapping[str, Answer], marked: Mapping[str, str]
) -> dict[str, str]:
    """Items that cannot be shown: marked by staff (with a reason) or by an access fact.

    An access fact (no MitID) makes the item impossible to observe, so it says
    nothing about skill and must not pull the level down. An item already answered
    stays answered: what was seen counts.
    """
    found: dict[str, str] = {}
    facts = Facts(answers, 0, 0, {})
    for item in instrument.items:
        if item.id in answers:
            continue
        if item.id in marked:
            found[item.id] = marked[item.id]
        elif item.not_applicable is not None and evaluate(item.not_applicable.when, facts):
            found[item.id] = item.not_applicable.reason.da
    return found


def _filled(instrument: Instrument, answers: Mapping[str, Answer], high: bool) -> dict[str, int]:
    return {
        item.id: int(answers[item.id])
        if item.id in answers
        else (item.scale.max_value if high else item.scale.min_value)
        for item in instrument.scored_items
    }


@dataclass(frozen=True)
class Facts:
    answers: Mapping[str, Answer]
    level_low: int
    level_high: int
    barriers: Mapping[str, bool | None]


def _test(condition: Condition, facts: Facts) -> bool | None:
    if condition.subject == Subject.LEVEL:
        low_ok = _in_range(facts.level_low, condition)
        high_ok = _in_range(facts.level_high, condition)
        if facts.level_low == facts.level_high:
            return low_ok
        # The level lies somewhere in [low, high]: known only if both ends agree and
        # the range is an interval test (it is: a minimum and/or a maximum).
        return low_ok if low_ok == high_ok and _range_uniform(condition, facts) else None
    if condition.subject == Subject.BARRIER:
        state = facts.barriers.get(condition.name)
        return None if state is None else state == condition.present
    if condition.name not in facts.answers:
        return None
    answer = facts.answers[condition.name]
    if condition.choices:
        return str(answer) in condition.choices
    return _in_range(int(answer), condition)


def _in_range(value: int, condition: Condition) -> bool:
    if condition.minimum is not None and value < condition.minimum:
        return False
    return not (condition.maximum is not None and value > condition.maximum)


def _range_uniform(condition: Condition, facts: Facts) -> bool:
    values = {_in_range(v, condition) for v in range(facts.level_low, facts.level_high + 1)}
    return len(values) == 1


def evaluate(when: When, facts: Facts) -> bool | None:
    """Three-valued all/any over the conditions."""
    results = [_test(condition, facts) for condition in when.conditions]
    if when.mode == "all":
        if any(r is False for r in results):
            return False
        return True if all(r is True for r in results) else None
    if any(r is True for r in results):
        return True
    return False if all(r is False for r in results) else None


def _first_route(routes: tuple[Route, ...], facts: Facts) -> tuple[str, bool]:
    provisional = False
    for route in routes:
        verdict = True if route.when is None else evaluate(route.when, facts)
        if verdict is True:
            return route.id, provisional
        if verdict is None:
            provisional = True
    return routes[-1].id, True


def score(
    instrument: Instrument,
    answers: Answers,
    override: int | None = None,
    not_relevant: Mapping[str, str] | None = None,
) -> Result:
    """Level, flag, barriers and route for the answers given so far.

    ``override`` is the staff member's level: barriers and the route then follow it,
    while ``level``/``level_max`` stay what the answers give. ``not_relevant`` are
    items the staff member marked *ikke relevant* (item id → reason).
    """
    known = clean_answers(instrument, answers)
    skipped = not_applicable_items(instrument, known, not_relevant or {})
    excluded = frozenset(skipped)
    low = level_for(instrument, _filled(instrument, known, high=False), excluded)
    high = level_for(instrument, _filled(instrument, known, high=True), excluded)
    computed = (low, high)
    if override is not None:
        low = high = override
    facts = Facts(known, low, high, {})
    flag = evaluate(instrument.flag.when, facts)
    barrier_states: dict[str, bool | None] = {}
    for barrier in instrument.barriers:  # later barriers may test earlier ones
        barrier_states[barrier.id] = evaluate(barrier.when, Facts(known, low, high, barrier_states))
    facts = Facts(known, low, high, barrier_states)
    route, provisional = _first_route(instrument.routes, facts)
    suggestions = tuple(s.id for s in instrument.suggestions if evaluate(s.when, facts) is True)
    return Result(
        level=computed[0],
        level_max=computed[1],
        override=override,
        answered=len(known),
        total=len(instrument.items),
        digitally_challenged=flag,
        barriers=tuple(b for b, state in barrier_states.items() if state is True),
        possible_barriers=tuple(b for b, state in barrier_states.items() if state is None),
        route=route,
        route_provisional=provisional,
        started=any(item.id in known for item in instrument.scored_items),
        not_applicable=skipped,
        suggestions=suggestions,
    )


class Change(StrEnum):
    UP = "↑"
    DOWN = "↓"
    SAME = "="


def change(previous: int | None, current: int | None) -> Change | None:
    """The change of level between two visits (None when either is missing)."""
    if previous is None or current is None:
        return None
    if current > previous:
        return Change.UP
    if current < previous:
        return Change.DOWN
    return Change.SAME
