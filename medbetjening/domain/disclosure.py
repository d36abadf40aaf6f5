"""Small-number suppression for a table sent outside the municipality.

Every cell under the threshold (5) is suppressed ("primary"). Because the table also
holds totals and cells tied by known relations (a flow's steps add up to its total; the
runs that reached a step are those that reached the next one plus those that ended
there), a lone suppressed cell could be worked back out. So more cells are hidden
("secondary", complementary suppression) until an audit finds no suppressed cell it
can pin to one value. The audit plays the reader who knows every relation:

- linear algebra: with the shown cells as constants, a suppressed cell that the
  equations determine (alone or in combination, e.g. by differencing two totals);
- intervals: a primary cell lies in 0..4, a secondary one is 5 or more (the reader can
  tell them apart, since a secondary cell is shown as "hidden", not as "<5"); each
  equation and each "x ≤ y" narrows the others, repeated until nothing changes. A cell
  left with a single possible value is exposed.

The intervals are propagated equation by equation, not solved as one linear programme,
so the audit is a strong reader but not the strongest possible one; the relations are
few and local (one flow's steps), which is where propagation is exact enough.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

THRESHOLD = 5


class Shown(StrEnum):
    VALUE = "value"
    UNDER_THRESHOLD = "under_threshold"  # primary: the count is 0–4, shown as "<5"
    HIDDEN = "hidden"  # secondary: 5 or more, hidden so a "<5" cannot be worked out


@dataclass(frozen=True)
class Relation:
    """``Σ coefficient × cell = 0`` — something the reader of the table knows holds."""

    terms: tuple[tuple[Hashable, int], ...]


def total(parts: Sequence[Hashable], whole: Hashable) -> Relation:
    """The parts add up to the whole."""
    return Relation(tuple((p, 1) for p in parts) + ((whole, -1),))


def protect(
    values: Mapping[Hashable, int],
    relations: Sequence[Relation],
    at_most: Sequence[tuple[Hashable, Hashable]] = (),
    threshold: int = THRESHOLD,
) -> dict[Hashable, Shown]:
    """How each cell may be shown: primary suppression, then complementary until safe.

    ``at_most``: pairs (x, y) known to satisfy x ≤ y (obstacles at a step ≤ runs that
    reached it). Deterministic: the same table gives the same pattern.
    """
    shown = {k: Shown.UNDER_THRESHOLD if v < threshold else Shown.VALUE for k, v in values.items()}
    order = {k: i for i, k in enumerate(values)}
    while True:
        exposed = exposed_cells(values, shown, relations, at_most, threshold)
        # Only a "<5" needs protecting: a hidden cell worked out is 5 or more anyway.
        exposed = {k for k in exposed if shown[k] is Shown.UNDER_THRESHOLD}
        if not exposed:
            return shown
        cell = min(exposed, key=order.__getitem__)
        choice = _complement(cell, values, shown, relations, order)
        if choice is None:  # its relations are all hidden: the next smallest cell anywhere
            rest = [k for k in values if shown[k] is Shown.VALUE]
            if not rest:
                return shown
            choice = min(rest, key=lambda k: (values[k], order[k]))
        shown[choice] = Shown.HIDDEN


def _complement(
    cell: Hashable,
    values: Mapping[Hashable, int],
    shown: Mapping[Hashable, Shown],
    relations: Sequence[Relation],
    order: Mapping[Hashable, int],
) -> Hashable | None:
    """The smallest shown cell in a relation with ``cell`` (least information lost)."""
    candidates = {
        k
        for relation in relations
        if any(k == cell for k, _ in relation.terms)
        for k, _ in relation.terms
        if shown[k] is Shown.VALUE
    }
    if not candidates:
        return None
    return min(candidates, key=lambda k: (values[k], order[k]))


def exposed_cells(
    values: Mapping[Hashable, int],
    shown: Mapping[Hashable, Shown],
    relations: Sequence[Relation],
    at_most: Sequence[tuple[Hashable, Hashable]] = (),
    threshold: int = THRESHOLD,
) -> set[Hashable]:
    """Suppressed cells a reader who knows the relations can pin to a single value."""
    hidden = [k for k in values if shown[k] is not Shown.VALUE]
    if not hidden:
        return set()
    exposed = _determined(values, shown, relations, hidden)
    low, high = _intervals(values, shown, relations, at_most, threshold)
    exposed |= {k for k in hidden if high[k] <= low[k]}  # bounds are whole numbers or ∞
    return exposed


def _determined(
    values: Mapping[Hashable, int],
    shown: Mapping[Hashable, Shown],
    relations: Sequence[Relation],
    hidden: Sequence[Hashable],
) -> set[Hashable]:
    """Hidden cells fixed by the relations alone (exact Gaussian elimination)."""
    column = {k: i for i, k in enumerate(hidden)}
    rows: list[list[Fraction]] = []
    for relation in relations:
        row = [Fraction(0)] * len(hidden)
        for k, coefficient in relation.terms:
            if shown[k] is not Shown.VALUE:
                row[column[k]] += coefficient
        if any(row):
            rows.append(row)
    pivots: list[int] = []
    rank = 0
    for col in range(len(hidden)):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][col]
        rows[rank] = [x / lead for x in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        pivots.append(col)
        rank += 1
    # A pivot row with no other non-zero entry fixes its cell; the rest stay free.
    return {
        hidden[col]
        for r, col in enumerate(pivots)
        if all(x == 0 for c, x in enumerate(rows[r]) if c != col)
    }


def _intervals(
    values: Mapping[Hashable, int],
    shown: Mapping[Hashable, Shown],
    relations: Sequence[Relation],
    at_most: Sequence[tuple[Hashable, Hashable]],
    threshold: int,
) -> tuple[dict[Hashable, float], dict[Hashable, float]]:
    low: dict[Hashable, float] = {}
    high: dict[Hashable, float] = {}
    for k, v in values.items():
        if shown[k] is Shown.VALUE:
            low[k] = high[k] = v
        elif shown[k] is Shown.UNDER_THRESHOLD:
            low[k], high[k] = 0, threshold - 1
        else:
            low[k], high[k] = threshold, math.inf
    for _ in range(4 * len(values) + 10):  # bounded: intervals only shrink
        changed = False
        for relation in relations:
            for k, a in relation.terms:
                if shown[k] is Shown.VALUE:
                    continue
                # a·x_k = −Σ others: the range of the right side, divided by a.
                lo = hi = 0.0
                for j, b in relation.terms:
                    if j == k:
                        continue
                    # low ≥ 0 is finite: min is finite or −∞, max finite or +∞ (no NaN)
                    ends = (-b * low[j], -b * high[j])
                    lo += min(ends)
                    hi += max(ends)
                new_lo, new_hi = sorted((lo / a, hi / a))
                changed |= _narrow(k, new_lo, new_hi, low, high)
        for x, y in at_most:
            changed |= _narrow(x, -math.inf, high[y], low, high)
            changed |= _narrow(y, low[x], math.inf, low, high)
        if not changed:
            break
    return low, high


def _narrow(
    k: Hashable,
    lo: float,
    hi: float,
    low: dict[Hashable, float],
    high: dict[Hashable, float],
) -> bool:
    changed = False
    if lo > low[k]:
        low[k] = math.ceil(lo - 1e-9)
        changed = True
    if hi < high[k]:
        high[k] = math.floor(hi + 1e-9)
        changed = True
    return changed
