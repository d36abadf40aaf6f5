"""The demo's answers to the real instrument and their (cached) real scoring.

Kept apart from ``demo_visit.py`` (the rows of one visit) so each file stays small.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from operator import itemgetter

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_access import APP, HAS, MITID_ITEM, NO_ACCESS, NO_DEVICE
from medbetjening.demo.demo_draws import Weighted
from medbetjening.domain.assessment import (
    Answer,
    Instrument,
    Mode,
    Result,
    ScaleKind,
    Subject,
    level_for,
    not_applicable_items,
    score,
)

CACHED_PATTERNS = 200_000  # answer patterns remembered (a cache: clearing it changes no row)


class AssessmentModel:
    """Answers to the real instrument for a citizen, and their (cached) real scoring."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.items = instrument.items
        self.item_ids = tuple(item.id for item in self.items)
        self.levels = sorted(rule.level for rule in instrument.levels)
        self._choices: dict[str, Weighted[str]] = {}
        self._by_access: dict[str, Weighted[str]] = {}  # the ``mitid`` answer per access
        for item in self.items:
            if item.scale.kind != ScaleKind.CHOICE:
                continue
            codes = [str(option.code) for option in item.scale.options]
            known = cat.CHOICE_WEIGHTS.get(item.id, {})
            weights = [known.get(code, 0.0) for code in codes]
            if not any(weights):
                weights = [1.0] * len(codes)
            self._choices[item.id] = Weighted(codes, weights)
            if item.id == MITID_ITEM:
                self._by_access = _mitid_by_access(codes, weights)
        # items an access fact can make not applicable (as the window leaves them: blank)
        self._guarded = frozenset(item.id for item in self.items if item.not_applicable is not None)
        self._devices = next((i for i, item in enumerate(self.items) if item.id == "devices"), -1)
        self._scored = [i for i, item in enumerate(self.items) if item.scored]
        tested = _tested_items(instrument)
        self._tested = [i for i, item in enumerate(self.items) if item.id in tested]
        access = {
            condition.name
            for item in self.items
            if item.not_applicable is not None
            for condition in item.not_applicable.when.conditions
        }
        self._access = [i for i, item in enumerate(self.items) if item.id in access]
        # per item, read once: (observed only, lowest, highest score, choice item's id)
        self._plan = tuple(
            (
                item.mode == Mode.OBSERVED,
                item.scale.min_value,
                item.scale.max_value,
                None if item.scale.kind == ScaleKind.SCORE else item.id,
            )
            for item in self.items
        )
        self._pick_scored = _picker(self._scored)
        self._pick_tested = _picker(self._tested)
        self._pick_access = _picker(self._access)
        self._levels: dict[tuple[object, ...], tuple[int, int]] = {}
        self._cache: dict[tuple[object, ...], Result] = {}

    def answers(
        self, rng: random.Random, skill: float, language: str, observed: bool, access: str
    ) -> tuple[Answer | None, ...]:
        """One answer per item in the instrument's order (None: not answered).

        ``access`` (``demo_access``) is the ``mitid`` answer's kind, and the items the
        instrument's access rules make not applicable for it stay unanswered."""
        values: list[Answer | None] = []
        gauss = rng.gauss
        for observed_only, low, high, choice_id in self._plan:
            if observed_only and not observed:
                values.append(None)  # nothing done at the keyboard to observe
            elif choice_id is None:
                raw = round(low + skill * (high - low) + gauss(0, 0.6))
                values.append(high if raw > high else low if raw < low else raw)
            elif choice_id == MITID_ITEM and self._by_access:
                # the MitID app needs a phone: no device, no app (g11)
                no_device = 0 <= self._devices < len(values) and values[self._devices] == "none"
                kind = NO_DEVICE if no_device and access == HAS else access
                values.append(self._by_access[kind].pick(rng.random))
            else:
                values.append(self._choice(rng, choice_id, skill, language))
        return self._without_not_applicable(values)

    def _without_not_applicable(self, values: list[Answer | None]) -> tuple[Answer | None, ...]:
        """The answers with the items an access fact rules out left blank."""
        if not self._guarded:
            return tuple(values)
        facts = {
            item.id: value
            for item, value in zip(self.items, values, strict=True)
            if value is not None and item.id not in self._guarded
        }
        excluded = not_applicable_items(self.instrument, facts, {})
        return tuple(
            None if item.id in excluded else value
            for item, value in zip(self.items, values, strict=True)
        )

    def _choice(self, rng: random.Random, item_id: str, skill: float, language: str) -> str:
        choices = self._choices[item_id]
        codes = choices.population
        if item_id == "reads_danish" and set(cat.READS_DANISH["other"]) <= set(codes):
            return rng.choice(cat.READS_DANISH["da" if language == "da" else "other"])
        low = cat.LOW_SKILL_CHOICES.get(item_id)
        if low in codes and skill < 0.2 and rng.random() < 0.35:
            return str(low)
        return choices.pick(rng.random)

    def result(self, values: tuple[Answer | None, ...], override: int | None = None) -> Result:
        """``domain.assessment.score`` of the answers, computed once per distinct pattern.

        Two answer sets get the same result when they give the same level range, answer
        the same items and agree on every item a flag, barrier or route condition tests:
        that is all ``score`` reads. So the cache key is exactly that, which keeps the
        number of distinct patterns (and calls to ``score``) small at a million visits.
        """
        # an access fact (no MitID) takes items out of the level rules: part of the key
        scope = (self._pick_scored(values), self._pick_access(values))
        levels = self._levels.get(scope)
        if levels is None:
            if len(self._levels) >= CACHED_PATTERNS:  # bounded at ten million visits
                self._levels.clear()
            levels = self._levels[scope] = self._level_range(values)
        key = (
            levels,
            self._pick_tested(values),
            tuple([value is None for value in values]),
            override,
        )
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= CACHED_PATTERNS:
                self._cache.clear()
            answers = {
                item.id: value
                for item, value in zip(self.items, values, strict=True)
                if value is not None
            }
            found = self._cache[key] = score(self.instrument, answers, override=override)
        return found

    def _level_range(self, values: tuple[Answer | None, ...]) -> tuple[int, int]:
        answers = {
            item.id: value
            for item, value in zip(self.items, values, strict=True)
            if value is not None
        }
        excluded = frozenset(not_applicable_items(self.instrument, answers, {}))
        low, high = {}, {}
        for index in self._scored:
            value, scale = values[index], self.items[index].scale
            item_id = self.items[index].id
            low[item_id] = scale.min_value if value is None else int(value)
            high[item_id] = scale.max_value if value is None else int(value)
        return (
            level_for(self.instrument, low, excluded),
            level_for(self.instrument, high, excluded),
        )


def _mitid_by_access(codes: list[str], weights: list[float]) -> dict[str, Weighted[str]]:
    """The ``mitid`` codes per access: a working MitID's means (with their weights), or
    exactly the code of no access. Empty when the instrument has no such codes."""
    has = [(c, w) for c, w in zip(codes, weights, strict=True) if c not in NO_ACCESS and w > 0]
    if not has or not set(codes) >= NO_ACCESS:
        return {}
    found = {code: Weighted([code], [1.0]) for code in NO_ACCESS}
    found[HAS] = Weighted.of(has)
    without_app = [(code, weight) for code, weight in has if code != APP]
    found[NO_DEVICE] = Weighted.of(without_app) if without_app else found[HAS]
    return found


def _picker(indexes: list[int]) -> Callable[[Sequence[object]], tuple[object, ...]]:
    """``tuple(values[i] for i in indexes)``, in C (``itemgetter``)."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    return lambda values: tuple(values[i] for i in indexes)


def _tested_items(instrument: Instrument) -> set[str]:
    """The items that a flag, barrier or route condition tests."""
    whens = [instrument.flag.when, *(b.when for b in instrument.barriers)]
    whens += [route.when for route in instrument.routes if route.when is not None]
    whens += [s.when for s in instrument.suggestions]
    whens += [i.not_applicable.when for i in instrument.items if i.not_applicable is not None]
    return {
        condition.name
        for when in whens
        for condition in when.conditions
        if condition.subject == Subject.ITEM
    }
