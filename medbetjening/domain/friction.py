"""One flow's block of the step-friction report and the relations its reader knows.

A block has one row per step and a total row. Columns count runs: reached the step,
met each kind of obstacle there, staff did it, stopped there. The total row holds the
runs started (in the "reached" column) and the column sums of the other columns. What a
reader can combine, and so what ``disclosure.protect`` must guard against:

- each column's steps add up to the total row (not "reached": that total is the runs);
- a count at a step is at most the runs that reached it, which are at most the runs;
- differencing along the flow: the runs that reached a step are those that reached the
  next one plus those that stopped there; the first step is reached by every run; the
  last step's runs minus those that stopped there are the completed ones. A skipped
  step breaks these, so only those that hold exactly in the data are used — and every
  sum or weighed difference of them that does (see ``_flow_relations``).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from medbetjening.domain.disclosure import Relation, Shown, protect, total

REACHED = "runs_reached"
OBSTACLES = (
    "obstacle_no_mitid",
    "obstacle_missing_document",
    "obstacle_system_down",
    "obstacle_other",
)
STAFF = "runs_staff"
ENDED = "runs_ended"
COLUMNS = (REACHED, *OBSTACLES, STAFF, ENDED)
TOTAL = "__total__"  # the total row's key

Block = Mapping[Hashable, Mapping[str, int]]  # row key (a step or TOTAL) → column → count


def block_relations(
    block: Block, chain: Sequence[Hashable]
) -> tuple[list[Relation], list[tuple[Hashable, Hashable]]]:
    """The equations and ``x ≤ y`` pairs of a block; ``chain``: the steps in flow order."""
    steps = [key for key in block if key != TOTAL]
    relations = [total([(s, column) for s in steps], (TOTAL, column)) for column in COLUMNS[1:]]
    at_most = [((s, c), (s, REACHED)) for s in steps for c in COLUMNS[1:]]
    at_most += [((s, REACHED), (TOTAL, REACHED)) for s in steps]
    return relations + _flow_relations(block, chain), at_most


def _flow_relations(block: Block, chain: Sequence[Hashable]) -> list[Relation]:
    """The relations along the flow that hold exactly, and the combinations that do.

    In flow order: runs − reached(first) = 0; reached(s) − reached(next) − stopped(s) = 0;
    reached(last) − stopped(last) − (runs − stopped in all) = 0. A run that skipped a step
    breaks two neighbours by +1 and −1, so their sum holds though neither does: every
    run of neighbours whose errors cancel is used, and every pair whose errors can be
    weighed against each other, so a reader who combines them learns nothing the audit
    has not seen.
    """
    if not chain:
        return []
    first, last = chain[0], chain[-1]
    parts: list[dict[tuple[Hashable, str], int]] = [{(TOTAL, REACHED): 1, (first, REACHED): -1}]
    for here, after in zip(chain, chain[1:], strict=False):
        parts.append({(here, REACHED): 1, (after, REACHED): -1, (here, ENDED): -1})
    parts.append({(last, REACHED): 1, (last, ENDED): -1, (TOTAL, REACHED): -1, (TOTAL, ENDED): 1})
    errors = [_error(part, block) for part in parts]
    found: list[dict[tuple[Hashable, str], int]] = []
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if sum(errors[start:end]) == 0:
                found.append(_combine([(1, p) for p in parts[start:end]]))
    off = [i for i, error in enumerate(errors) if error]
    for i, j in ((i, j) for n, i in enumerate(off) for j in off[n + 1 :]):
        found.append(_combine([(errors[j], parts[i]), (-errors[i], parts[j])]))
    unique = {frozenset(t.items()) for t in found if t}
    return [Relation(tuple(sorted(t, key=repr))) for t in sorted(unique, key=repr)]


def _error(terms: Mapping[tuple[Hashable, str], int], block: Block) -> int:
    return sum(block[row][column] * a for (row, column), a in terms.items())


def _combine(
    weighted: Sequence[tuple[int, Mapping[tuple[Hashable, str], int]]],
) -> dict[tuple[Hashable, str], int]:
    out: dict[tuple[Hashable, str], int] = {}
    for weight, terms in weighted:
        for key, a in terms.items():
            out[key] = out.get(key, 0) + weight * a
    return {k: a for k, a in out.items() if a}


def protect_block(block: Block, chain: Sequence[Hashable]) -> dict[tuple[Hashable, str], Shown]:
    """How each cell of the block may be shown (see ``disclosure.protect``)."""
    values = {(row, column): block[row][column] for row in block for column in COLUMNS}
    relations, at_most = block_relations(block, chain)
    return protect(values, relations, at_most)  # type: ignore[return-value]
