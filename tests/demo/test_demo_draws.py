"""The demo's shortcuts draw exactly what ``random`` draws, and packing binds as before."""

from __future__ import annotations

import random
import sqlite3

from medbetjening.demo.chunk_pack import SCHEMA, pack
from medbetjening.demo.demo_draws import Weighted, below


def test_below_draws_as_randint_and_randrange() -> None:
    ours, theirs = random.Random(5), random.Random(5)
    for n in (1, 2, 3, 4, 15, 241, 1000, 2**20 + 1):
        for _ in range(200):
            assert 7 + below(ours.getrandbits, n) == theirs.randint(7, 6 + n)
            assert below(ours.getrandbits, n) == theirs.randrange(n)
    assert ours.random() == theirs.random()  # the streams are still in step


def test_weighted_picks_as_choices() -> None:
    pairs = [("a", 1.0), ("b", 0.5), ("c", 3.0)]
    weighted = Weighted.of(pairs)
    ours, theirs = random.Random(9), random.Random(9)
    values, weights = [v for v, _ in pairs], [w for _, w in pairs]
    for _ in range(500):
        assert weighted.pick(ours.random) == theirs.choices(values, weights)[0]


def test_packing_binds_none_and_bool_as_before_and_gives_the_registry_back() -> None:
    before = dict(sqlite3.adapters)
    citizen = (3, None, "K7M-4PX", "30-49", "da", True, "2026-03-11 12:30:00.000000", None)
    chunk = pack({"citizen": [citizen, (5, "ab" * 32, None, "70+", "en", False, None, None)]})
    assert dict(sqlite3.adapters) == before
    connection = sqlite3.connect(":memory:")
    connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
    connection.deserialize(chunk.image, name=SCHEMA)
    rows = connection.execute(
        f"SELECT id, cpr_hash, citizen_code, consent_follow_up, typeof(consent_follow_up), "
        f"created_at, last_visit_at FROM {SCHEMA}.citizen ORDER BY id"
    ).fetchall()
    assert rows == [
        (3, None, "K7M-4PX", 1, "integer", "2026-03-11 12:30:00.000000", None),
        (5, "ab" * 32, None, 0, "integer", None, None),
    ]
