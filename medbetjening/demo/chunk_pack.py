"""A chunk of demo rows packed into a small SQLite image by the worker that made it.

On SQLite the writer's part of a visit was mostly the ``sqlite3`` module binding
parameters (≈ 60 of ≈ 80 µs a visit, ≈ 15 rows), on one core, while the two generator
workers shared the other: the writer set the pace. Here each worker binds its own rows
into an in-memory database (no indexes, columns without a type, so each value is kept
exactly as bound) and hands over its image (``serialize``); the writer attaches the image
(``deserialize``) and copies each table with one ``INSERT … SELECT``, in C (step
records and answers: made from their shapes, ``shape_expand``). The target
table's column affinities apply on that copy exactly as on a direct insert, so the stored
rows are the same (``tests/demo/test_demo_pipeline.py`` compares content hashes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from medbetjening.demo.bulk_insert import COLUMNS, Rows, insert_many
from medbetjening.demo.demo_shapes import ANSWER_TEMPLATE, STEP_TEMPLATE
from medbetjening.demo.shape_expand import EXPANDED, RESULT_EXTRA, RUN_EXTRA, expand_in_sql

SCHEMA = "demo_chunk"  # the attached image's name (the writer's and the worker's)
# what a chunk image holds: the tables' columns (runs and assessments with their extras)
TABLES = {
    **COLUMNS,
    "flow_run": COLUMNS["flow_run"] + RUN_EXTRA,
    "assessment_result": COLUMNS["assessment_result"] + RESULT_EXTRA,
    "step_template": STEP_TEMPLATE,
    "answer_template": ANSWER_TEMPLATE,
}
TEMPLATES = ("step_template", "answer_template")
# ``sqlite3`` binds only exact int, float and str directly; ``None`` and ``bool`` go the
# adapter way (a registry miss, then two attribute look-ups: ≈ 1 µs a value, a fifth of
# the packing). A registered adapter is found at once: ``{}.get`` gives ``None`` back
# (bound as NULL), ``int`` gives a bool's 1 or 0 (what it is bound as anyway).
_FAST_ADAPTERS = {
    (type(None), sqlite3.PrepareProtocol): {}.get,
    (bool, sqlite3.PrepareProtocol): int,
}


class PackedChunk:
    """A chunk's rows as a serialized SQLite database, with each table's row count."""

    def __init__(self, image: bytes, counts: Mapping[str, int]) -> None:
        self.image = image
        self.counts = dict(counts)


def pack(rows: Rows) -> PackedChunk:
    """The worker's side: bind the chunk's tuples into an in-memory database (the compact
    runs and assessments with ``shape_expand``'s extras, the templates first used)."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("BEGIN")
        with _fast_adapters():
            for name, columns in TABLES.items():
                # a row table's first column is the id: the rowid, so the image is in id order
                key = () if name in TEMPLATES else (f"{columns[0]} INTEGER PRIMARY KEY",)
                typed = ", ".join([*key, *columns[len(key) :]])
                connection.execute(f"CREATE TABLE {name} ({typed})")
                insert_many(connection, name, columns, rows.get(name, []))
        connection.execute("COMMIT")
        image = connection.serialize()
    finally:
        connection.close()
    return PackedChunk(image, {name: len(rows.get(name, [])) for name in TABLES})


@contextmanager
def _fast_adapters() -> Iterator[None]:
    """``_FAST_ADAPTERS`` while binding (the registry is the process's: given back)."""
    registry = sqlite3.adapters
    before = {key: registry[key] for key in _FAST_ADAPTERS if key in registry}
    registry.update(_FAST_ADAPTERS)
    try:
        yield
    finally:
        for key in _FAST_ADAPTERS:
            registry.pop(key, None)
        registry.update(before)


def copy_packed(
    connection: sqlite3.Connection,
    chunk: PackedChunk,
    tables: Sequence[str],
    extra: Mapping[str, tuple[tuple[str, ...], tuple[Any, ...]]],
) -> dict[str, int]:
    """The writer's side: attach the image and copy ``tables`` in that order (their
    foreign keys' order); step records and answers are made from their shapes
    (``shape_expand``); ``extra``: columns the generator leaves out, with their value.
    The copy is one transaction (committed here: the image is detached after it);
    none may be open before (``ATTACH`` and ``deserialize`` refuse). Returns the rows
    written per table."""
    counts = dict(chunk.counts)
    connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
    try:
        connection.deserialize(chunk.image, name=SCHEMA)
        expand = expand_in_sql(connection, SCHEMA, chunk.counts, extra)
        for name in tables:
            if name in EXPANDED:
                counts[name] = expand(name)
                continue
            if not chunk.counts.get(name):
                continue
            extra_names, extra_values = extra.get(name, ((), ()))
            into = ", ".join(COLUMNS[name] + extra_names)
            taken = ", ".join(COLUMNS[name] + ("?",) * len(extra_names))
            connection.execute(
                f"INSERT INTO main.{name} ({into}) SELECT {taken} FROM {SCHEMA}.{name} "
                "ORDER BY rowid",
                extra_values,
            )
        connection.commit()
    finally:
        if connection.in_transaction:  # the copy failed: none of the chunk is kept
            connection.rollback()
        connection.execute(f"DETACH DATABASE {SCHEMA}")
    return counts
