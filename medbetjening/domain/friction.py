"""One flow's block of the step-friction report and the relations its reader knows.

A block has one row per step and a total row. Columns count runs: reached the step,
met each kind of obstacle there, staff did it, stopped there. The total row holds the
runs started (in the "reached" column) and the column sums of the other columns. What a
reader can combine, and so what ``disclosure.protect`` must guard against:

- each column's steps add up to the total row (not "reached": that total is the runs);
- a count at a step is at most the runs that reached it, which are at most the runs;
- differencing along the flow: the runs that reached a step are those that reached the
  next one plus those that stopped there; the first step is reached by every run; the
  last step's runs minus those that stopped there are the completed ones. Marks made out
  of order break these, so each is used only where it holds exactly in the data (where
  it does not, a reader who assumes it gets a wrong number).
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
    candidates: list[Relation] = []
    if chain:
        first, last = chain[0], chain[-1]
        candidates.append(Relation((((first, REACHED), 1), ((TOTAL, REACHED), -1))))
        candidates.append(
            Relation(
                (
                    ((last, REACHED), 1),
                    ((last, ENDED), -1),
                    ((TOTAL, REACHED), -1),
                    ((TOTAL, ENDED), 1),
                )
            )
        )
    for here, after in zip(chain, chain[1:], strict=False):
        candidates.append(
            Relation((((here, REACHED), 1), ((after, REACHED), -1), ((here, ENDED), -1)))
        )
    relations += [r for r in candidates if _holds(r, block)]
    return relations, at_most


def _holds(relation: Relation, block: Block) -> bool:
    return sum(block[row][column] * a for (row, column), a in relation.terms) == 0


def protect_block(block: Block, chain: Sequence[Hashable]) -> dict[tuple[Hashable, str], Shown]:
    """How each cell of the block may be shown (see ``disclosure.protect``)."""
    values = {(row, column): block[row][column] for row in block for column in COLUMNS}
    relations, at_most = block_relations(block, chain)
    return protect(values, relations, at_most)  # type: ignore[return-value]
