"""Small-number suppression of the friction table: no "<5" can be worked back out."""

from __future__ import annotations

import random

from medbetjening.domain.disclosure import Relation, Shown, exposed_cells, protect, total
from medbetjening.domain.friction import (
    COLUMNS,
    ENDED,
    OBSTACLES,
    REACHED,
    STAFF,
    TOTAL,
    block_relations,
    protect_block,
)
from tests.friction_attack import flow_relations, recovered


def simulated_block(rng: random.Random, runs: int, steps: int) -> dict:
    """A flow's block from simulated runs (so every relation holds as in real data)."""
    block = {f"s{i}": dict.fromkeys(COLUMNS, 0) for i in range(steps)}
    for _ in range(runs):
        stop = rng.choices([*range(steps), None], weights=[1] * steps + [3 * steps])[0]
        for i in range(steps):
            row = block[f"s{i}"]
            row[REACHED] += 1
            if rng.random() < 0.08:
                row[rng.choice(OBSTACLES)] += 1
            if rng.random() < 0.2:
                row[STAFF] += 1
            if stop == i:
                row[ENDED] += 1
                break
    block[TOTAL] = {c: sum(block[s][c] for s in block) for c in COLUMNS}
    block[TOTAL][REACHED] = runs
    return block


def published(block: dict, shown: dict) -> dict:
    words = {Shown.UNDER_THRESHOLD: "<5", Shown.HIDDEN: "skjult"}
    return {
        ("TOTAL" if row == TOTAL else row, column): (
            block[row][column]
            if shown[(row, column)] is Shown.VALUE
            else words[shown[(row, column)]]
        )
        for row in block
        for column in COLUMNS
    }


def attack(block: dict, shown: dict) -> dict:
    steps = [row for row in block if row != TOTAL]
    truth = {("TOTAL" if r == TOTAL else r, c): block[r][c] for r in block for c in COLUMNS}
    found = recovered(published(block, shown), flow_relations(steps, COLUMNS), truth)
    assert all(truth[key] == value for key, value in found.items())  # true relations only
    return found


def test_a_lone_small_count_is_recovered_from_the_total_without_complementary_cells() -> None:
    """The reader works: with only the "<5" hidden, the total gives the cell away."""
    block = {
        "a": {REACHED: 40, OBSTACLES[0]: 3, OBSTACLES[1]: 9, OBSTACLES[2]: 7, OBSTACLES[3]: 12, STAFF: 9, ENDED: 6},
        "b": {REACHED: 34, OBSTACLES[0]: 8, OBSTACLES[1]: 6, OBSTACLES[2]: 5, OBSTACLES[3]: 5, STAFF: 20, ENDED: 10},
        TOTAL: {REACHED: 40, OBSTACLES[0]: 11, OBSTACLES[1]: 15, OBSTACLES[2]: 12, OBSTACLES[3]: 17, STAFF: 29, ENDED: 16},
    }  # fmt: skip
    primary_only = {
        (row, c): Shown.UNDER_THRESHOLD if block[row][c] < 5 else Shown.VALUE
        for row in block
        for c in COLUMNS
    }
    assert attack(block, primary_only) == {("a", OBSTACLES[0]): 3}
    shown = protect_block(block, ["a", "b"])
    assert shown[("a", OBSTACLES[0])] is Shown.UNDER_THRESHOLD
    assert attack(block, shown) == {}


def test_differencing_along_the_flow_is_guarded_too() -> None:
    """reached(a) − reached(b) = stopped(a): the two reached counts cannot both show."""
    block = {
        "a": dict.fromkeys(COLUMNS, 0) | {REACHED: 30, STAFF: 6, ENDED: 2},
        "b": dict.fromkeys(COLUMNS, 0) | {REACHED: 28, STAFF: 7, ENDED: 28},
        TOTAL: dict.fromkeys(COLUMNS, 0) | {REACHED: 30, STAFF: 13, ENDED: 30},
    }
    shown = protect_block(block, ["a", "b"])
    assert shown[("a", ENDED)] is Shown.UNDER_THRESHOLD
    assert Shown.HIDDEN in {shown[("a", REACHED)], shown[("b", REACHED)]}
    assert attack(block, shown) == {}


def test_simulated_flows_never_give_away_a_small_count() -> None:
    rng = random.Random(20)
    attacked_primary_only = 0
    for _ in range(120):
        block = simulated_block(rng, rng.randint(3, 120), rng.randint(2, 8))
        steps = [row for row in block if row != TOTAL]
        shown = protect_block(block, steps)
        for (row, column), how in shown.items():
            value = block[row][column]
            assert (how is Shown.UNDER_THRESHOLD) == (value < 5)
            assert how is Shown.UNDER_THRESHOLD or value >= 5
        assert attack(block, shown) == {}, block
        primary = {
            k: Shown.UNDER_THRESHOLD if block[k[0]][k[1]] < 5 else Shown.VALUE for k in shown
        }
        attacked_primary_only += bool(attack(block, primary))
    assert attacked_primary_only > 10  # the same reader does break primary-only tables


def test_a_relation_that_does_not_hold_in_the_data_is_not_assumed() -> None:
    """Steps marked out of order: reached(a) − reached(b) ≠ stopped(a) is no equation."""
    block = {
        "a": dict.fromkeys(COLUMNS, 0) | {REACHED: 20, STAFF: 8},
        "b": dict.fromkeys(COLUMNS, 0) | {REACHED: 22, STAFF: 9},
        TOTAL: dict.fromkeys(COLUMNS, 0) | {REACHED: 22, STAFF: 17},
    }
    relations, _ = block_relations(block, ["a", "b"])
    chained = {frozenset(k for k, _ in r.terms) for r in relations}
    assert frozenset({("a", REACHED), ("b", REACHED), ("a", ENDED)}) not in chained
    assert frozenset({("a", REACHED), (TOTAL, REACHED)}) not in chained  # 20 ≠ 22 runs
    assert frozenset({("b", REACHED), ("b", ENDED), (TOTAL, REACHED), (TOTAL, ENDED)}) in chained


def test_the_audit_sees_a_cell_fixed_by_two_relations_together() -> None:
    """x + y = 5 and x − y + 6 = 7: each alone leaves x in 1..4, together x = 3."""
    values = {"x": 3, "y": 2, "t1": 5, "z": 6, "t2": 7}
    relations = [
        total(["x", "y"], "t1"),
        Relation((("x", 1), ("y", -1), ("z", 1), ("t2", -1))),
    ]
    shown = {k: Shown.UNDER_THRESHOLD if v < 5 else Shown.VALUE for k, v in values.items()}
    assert exposed_cells(values, shown, relations) == {"x", "y"}
    protected = protect(values, relations)
    assert protected["t1"] is Shown.HIDDEN  # the smallest cell beside them
    assert not exposed_cells(values, protected, relations) & {"x", "y"}
