"""The assessment instrument as plain data: scales, items, areas, rules and routes.

Kept apart from the scoring (``domain/assessment.py``) so each stays small; the
scoring module re-exports these names, so callers import from one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

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
    REFERRAL = "referral"  # a course or a digital ambassador: learning elsewhere
    ACCESS = "access"  # get the missing access first (MitID), the skill is not the problem


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
    key_en: str | None = None  # the key in English, when not the Danish one (j → y)

    def key_in(self, language: str) -> str:
        """The key that picks this option in the interface's language."""
        return (self.key_en or self.key) if language == "en" else self.key

    @property
    def answer(self) -> Answer:
        return self.value if self.value is not None else str(self.code)


@dataclass(frozen=True)
class Scale:
    id: str
    kind: ScaleKind
    options: tuple[Option, ...]

    # cached: the scoring reads these per item and answer (a frozen dataclass: never stale)
    @cached_property
    def max_value(self) -> int:
        return max((o.value or 0) for o in self.options) if self.kind == ScaleKind.SCORE else 0

    @cached_property
    def min_value(self) -> int:
        return min((o.value or 0) for o in self.options) if self.kind == ScaleKind.SCORE else 0

    def option_for_key(self, key: str, language: str = "da") -> Option | None:
        key = key.lower()
        return next((o for o in self.options if o.key_in(language) == key), None)

    def option_for_answer(self, answer: Answer | None) -> Option | None:
        return next((o for o in self.options if o.answer == answer), None)

    def accepts(self, answer: Answer) -> bool:
        return self.option_for_answer(answer) is not None


@dataclass(frozen=True)
class NotApplicable:
    """When an item cannot be shown at all (no MitID: no MitID log-on), and why."""

    when: When
    reason: Text


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    mode: Mode
    scale: Scale
    text: Text
    hint: Text | None = None
    source: str = ""
    # What each score looks like at a counter (behavioural anchors), by score value.
    anchors: Mapping[int, Text] = field(default_factory=dict)
    not_applicable: NotApplicable | None = None

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
class Suggestion:
    """Support offered beside the route (an interpreter, device help); never lowers a level."""

    id: str
    name: Text
    advice: Text
    when: When
    flow: str | None = None


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
    suggestions: tuple[Suggestion, ...] = ()

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

    @cached_property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scored)

    @property
    def top_level(self) -> int:
        return max(rule.level for rule in self.levels)
