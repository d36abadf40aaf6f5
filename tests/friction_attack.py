"""A reader of the published friction table who tries to work out every "<5".

Written apart from ``domain/disclosure.py`` (enumeration, not interval propagation), so
the tests do not grade the suppression with its own audit. The reader knows:

- a "<5" cell is 0–4, a hidden cell is 5 or more, a number is itself;
- every relation the report's help describes: the steps of a column add up to the
  total row; along the flow, reached(step) = reached(next) + stopped(step); the first
  step is reached by every run; reached(last) − stopped(last) = runs − stopped(total).

It takes each relation alone, and each sum and difference of two relations
(differencing), and works out every value each "<5" cell can take in it. A cell that
can take only one value is recovered. The tests give it the truth about which
relations hold (a skipped step breaks the ones along the flow), the strongest reader.
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Mapping, Sequence

Key = tuple[Hashable, str]
Relation = dict[Key, int]  # Σ coefficient × cell = 0

UNDER = "<5"
HIDDEN_WORDS = ("skjult", "hidden")


def flow_relations(steps: Sequence[Hashable], columns: Sequence[str]) -> list[Relation]:
    """What the reader assumes of one flow block (``TOTAL`` is the total row)."""
    reached, ended = columns[0], columns[-1]
    relations: list[Relation] = []
    for column in columns[1:]:
        relation = {(s, column): 1 for s in steps}
        relation[("TOTAL", column)] = -1
        relations.append(relation)
    for here, after in zip(steps, steps[1:], strict=False):
        relations.append({(here, reached): 1, (after, reached): -1, (here, ended): -1})
    if steps:
        relations.append({(steps[0], reached): 1, ("TOTAL", reached): -1})
        last = steps[-1]
        relations.append(
            {(last, reached): 1, (last, ended): -1, ("TOTAL", reached): -1, ("TOTAL", ended): 1}
        )
    return relations


def _combined(relations: list[Relation]) -> list[Relation]:
    combos = list(relations)
    for a, b in itertools.combinations(relations, 2):
        if not a.keys() & b.keys():
            continue  # nothing in common: their sum tells nothing new
        for sign in (1, -1):
            merged: Relation = dict(a)
            for key, coefficient in b.items():
                merged[key] = merged.get(key, 0) + sign * coefficient
            combos.append({k: c for k, c in merged.items() if c})
    return combos


def _sums(coefficients: Sequence[int]) -> set[int]:
    """Every value Σ a·u takes with each u in 0..4."""
    sums = {0}
    for a in coefficients:
        sums = {s + a * u for s in sums for u in range(5)}
    return sums


def _fits(rest: int, hidden_coefficient: int | None) -> bool:
    """The relation's sum without its hidden cell is ``rest``: can it be zero?"""
    if hidden_coefficient is None:
        return rest == 0
    value, remainder = divmod(-rest, hidden_coefficient)
    return remainder == 0 and value >= 5  # the hidden cell is 5 or more


def recovered(
    published: Mapping[Key, int | str],
    relations: list[Relation],
    truth: Mapping[Key, int] | None = None,
) -> dict[Key, int]:
    """The "<5" cells the reader can pin to one value, with that value.

    With ``truth`` the reader also knows which relations (and combinations) hold in the
    data and uses only those: a guess from a false relation that happens to hit (most
    small counts are 0) is luck, not disclosure.
    """
    pinned: dict[Key, int] = {}
    for relation in _combined(relations):
        if truth is not None and sum(c * truth[k] for k, c in relation.items()) != 0:
            continue
        known = sum(c * v for k, c in relation.items() if isinstance(v := published[k], int))
        under = [k for k in relation if published[k] == UNDER]
        hidden = [k for k in relation if published[k] in HIDDEN_WORDS]
        if not under or len(hidden) > 1:
            continue  # two hidden cells (5 or more each) can absorb anything

        hidden_coefficient = relation[hidden[0]] if hidden else None
        for k in under:
            others = _sums([relation[j] for j in under if j != k])
            values = {
                v
                for v in range(5)
                if any(_fits(known + relation[k] * v + s, hidden_coefficient) for s in others)
            }
            if len(values) == 1:
                pinned[k] = values.pop()
    return pinned
