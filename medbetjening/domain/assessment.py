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

Answer = int | str  # a score (0–3) for a scored item, a choice code for a choice item
Answers = Mapping[str, Answer]


class ScaleKind(StrEnum):
    SCORE = "score"  # ordered values, 0 = lowest
    CHOICE = "choice"  # unordered codes (devices, kind of MitID …)


class Mode(StrEnum):
    ASKED = "asked"
    OBSERVED = "observed"


class RouteKind(StrEnum):
    SELF_SERVICE = "self_service"  # at home, alone
    MEDBETJENING = "medbetjening"  # at the counter, the citizen at the keyboard
    STAFF_ASSISTED = "staff_assisted"  # staff at the keyboard, the citizen beside
    ALTERNATIVE = "alternative"  # læseadgang, digital fuldmagt, exemption, paper


@dataclass(frozen=True)
class Text:
    da: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.da


@dataclass(frozen=True)
class Option:
    key: str  # the keyboard key that picks this option
    text: Text
    value: int | None = None  # score scales
    code: str | None = None  # choice scales

    @property
    def answer(self) -> Answer:
        return self.value if self.value is not None else str(self.code)


@dataclass(frozen=True)
class Scale:
    id: str
    kind: ScaleKind
    options: tuple[Option, ...]

    @property
    def max_value(self) -> int:
        return max((o.value or 0) for o in self.options) if self.kind == ScaleKind.SCORE else 0

    @property
    def min_value(self) -> int:
        return min((o.value or 0) for o in self.options) if self.kind == ScaleKind.SCORE else 0

    def option_for_key(self, key: str) -> Option | None:
        key = key.lower()
        return next((o for o in self.options if o.key.lower() == key), None)

    def option_for_answer(self, answer: Answer | None) -> Option | None:
        return next((o for o in self.options if o.answer == answer), None)

    def accepts(self, answer: Answer) -> bool:
        return self.option_for_answer(answer) is not None


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    mode: Mode
    scale: Scale
    text: Text
    hint: Text | None = None
    source: str = ""

    @property
    def scored(self) -> bool:
        return self.scale.kind == ScaleKind.SCORE


@dataclass(frozen=True)
class Area:
    id: str
    name: Text


@dataclass(frozen=True)
class AtLeast:
    """At least ``count`` scored items (in ``area``, or all) at ``score`` or more."""

    count: int
    score: int
    area: str | None = None


@dataclass(frozen=True)
class Requirements:
    areas: Mapping[str, int] = field(default_factory=dict)  # every scored item in area ≥ min
    items: Mapping[str, int] = field(default_factory=dict)  # this item ≥ min
    at_least: tuple[AtLeast, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.areas or self.items or self.at_least)


@dataclass(frozen=True)
class LevelRule:
    level: int
    name: Text
    advice: Text
    requires: Requirements = field(default_factory=Requirements)


class Subject(StrEnum):
    ITEM = "item"
    LEVEL = "level"
    BARRIER = "barrier"


@dataclass(frozen=True)
class Condition:
    """One test: an item's score/choice, the level, or whether a barrier is present."""

    subject: Subject
    name: str = ""  # item id or barrier id
    minimum: int | None = None
    maximum: int | None = None
    choices: frozenset[str] = frozenset()
    present: bool = True  # barrier conditions: present or absent


@dataclass(frozen=True)
class When:
    mode: str  # "all" or "any"
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Flag:
    id: str
    name: Text
    when: When
    source: str = ""


@dataclass(frozen=True)
class Barrier:
    id: str
    name: Text
    when: When
    source: str = ""


@dataclass(frozen=True)
class Route:
    id: str
    kind: RouteKind
    name: Text
    advice: Text
    when: When | None = None  # None: always (the last route is the fallback)
    flow: str | None = None  # a flow id that carries the route out (læseadgang …)


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: Text
    scales: Mapping[str, Scale]
    areas: tuple[Area, ...]
    items: tuple[Item, ...]
    levels: tuple[LevelRule, ...]  # sorted by level, 0 first
    flag: Flag
    barriers: tuple[Barrier, ...]
    routes: tuple[Route, ...]  # first match wins

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.items)

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    def level_rule(self, level: int) -> LevelRule:
        return next(rule for rule in self.levels if rule.level == level)

    def route(self, route_id: str) -> Route | None:
        return next((r for r in self.routes if r.id == route_id), None)

    def barrier(self, barrier_id: str) -> Barrier | None:
        return next((b for b in self.barriers if b.id == barrier_id), None)

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scored)

    @property
    def top_level(self) -> int:
        return max(rule.level for rule in self.levels)


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

    @property
    def effective_level(self) -> int:
        return self.level if self.override is None else self.override

    @property
    def provisional(self) -> bool:
        return self.level != self.level_max

    @property
    def complete(self) -> bool:
        return self.answered == self.total


# -- evaluation --------------------------------------------------------------


def clean_answers(instrument: Instrument, answers: Answers) -> dict[str, Answer]:
    """Only answers the instrument knows and accepts (a stored answer may be stale)."""
    result: dict[str, Answer] = {}
    for item in instrument.items:
        if item.id in answers and item.scale.accepts(answers[item.id]):
            result[item.id] = answers[item.id]
    return result


def requirements_met(instrument: Instrument, req: Requirements, scores: Mapping[str, int]) -> bool:
    """Every scored item must have a value in ``scores`` (full answers)."""
    for area, minimum in req.areas.items():
        if any(scores[i.id] < minimum for i in instrument.scored_items if i.area == area):
            return False
    if any(scores.get(item, -1) < minimum for item, minimum in req.items.items()):
        return False  # an unknown item is never met
    for rule in req.at_least:
        scope = [i for i in instrument.scored_items if rule.area in (None, i.area)]
        if sum(1 for i in scope if scores[i.id] >= rule.score) < rule.count:
            return False
    return True


def level_for(instrument: Instrument, scores: Mapping[str, int]) -> int:
    """The highest level whose rule is met (level 0 has no rule: the floor)."""
    best = min(rule.level for rule in instrument.levels)
    for rule in instrument.levels:
        if rule.level > best and requirements_met(instrument, rule.requires, scores):
            best = rule.level
    return best


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


def score(instrument: Instrument, answers: Answers, override: int | None = None) -> Result:
    """Level, flag, barriers and route for the answers given so far.

    ``override`` is the staff member's level: barriers and the route then follow it,
    while ``level``/``level_max`` stay what the answers give.
    """
    known = clean_answers(instrument, answers)
    low = level_for(instrument, _filled(instrument, known, high=False))
    high = level_for(instrument, _filled(instrument, known, high=True))
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
