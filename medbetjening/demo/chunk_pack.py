"""A chunk of demo rows packed into a small SQLite image by the worker that made it.

On SQLite the writer's part of a visit was mostly the ``sqlite3`` module binding
parameters (≈ 60 of ≈ 80 µs a visit, ≈ 15 rows), on one core, while the two generator
workers shared the other: the writer set the pace. Here each worker binds its own rows
into an in-memory database (no indexes, columns without a type, so each value is kept
exactly as bound) and hands over its image (``serialize``); the writer attaches the image
(``deserialize``) and copies each table with one ``INSERT … SELECT``, in C. The target
table's column affinities apply on that copy exactly as on a direct insert, so the stored
rows are the same (``tests/demo/test_demo_pipeline.py`` compares content hashes).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from medbetjening.demo.bulk_insert import COLUMNS, Rows, insert_many
from medbetjening.demo.demo_shapes import ANSWER_TEMPLATE, STEP_TEMPLATE
from medbetjening.demo.shape_expand import RESULT_EXTRA, RUN_EXTRA
from medbetjening.demo.shape_expand import SQL as EXPAND_SQL

SCHEMA = "demo_chunk"  # the attached image's name (the writer's and the worker's)
TEMPLATE_COLUMNS = {"step_template": STEP_TEMPLATE, "answer_template": ANSWER_TEMPLATE}
_EXTRA = {"flow_run": RUN_EXTRA, "assessment_result": RESULT_EXTRA}


class PackedChunk:
    """A chunk's rows as a serialized SQLite database, with each table's row count."""

    def __init__(self, image: bytes, counts: Mapping[str, int]) -> None:
        self.image = image
        self.counts = dict(counts)


class Packer:
    """The worker's side: binds each chunk into a fresh in-memory database and hands over
    its image. The shapes' templates (``shape_expand``) stay in the worker's own
    database for the whole run; the step records and answers are made from them in SQL.
    Opened on the first chunk, so in the worker process that packs."""

    def __init__(self) -> None:
        self.connection: sqlite3.Connection | None = None

    def __call__(self, rows: Rows) -> PackedChunk:
        connection = self.connection
        if connection is None:
            connection = self.connection = _templates_database()
        connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
        try:
            connection.execute("BEGIN")
            for name in ("step_template", "answer_template"):
                insert_many(connection, name, TEMPLATE_COLUMNS[name], rows.get(name, []))
            for name, columns in COLUMNS.items():
                extra = _EXTRA.get(name, ())
                # the first column is the id: the rowid, so the image is in id order
                typed = ", ".join([f"{columns[0]} INTEGER PRIMARY KEY", *columns[1:], *extra])
                connection.execute(f"CREATE TABLE {SCHEMA}.{name} ({typed})")
                insert_many(connection, f"{SCHEMA}.{name}", columns + extra, rows.get(name, []))
            for statement in EXPAND_SQL:
                connection.execute(statement.format(schema=SCHEMA))
            connection.execute("COMMIT")
            counts = {
                name: connection.execute(f"SELECT count(*) FROM {SCHEMA}.{name}").fetchone()[0]
                for name in COLUMNS
            }
            image = connection.serialize(name=SCHEMA)
        finally:
            if connection.in_transaction:
                connection.rollback()
            connection.execute(f"DETACH DATABASE {SCHEMA}")
        return PackedChunk(image, counts)


def _templates_database() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute("PRAGMA journal_mode=OFF")
    for name, columns in TEMPLATE_COLUMNS.items():
        connection.execute(
            f"CREATE TABLE {name} ({', '.join(columns)}, PRIMARY KEY (shape, k)) WITHOUT ROWID"
        )
    return connection


def copy_packed(
    connection: sqlite3.Connection,
    chunk: PackedChunk,
    tables: Sequence[str],
    extra: Mapping[str, tuple[tuple[str, ...], tuple[Any, ...]]],
) -> None:
    """The writer's side: attach the image and copy ``tables`` in that order (their
    foreign keys' order); ``extra``: columns the generator leaves out, with their value.
    The copy is one transaction (committed here: the image is detached after it);
    none may be open before (``ATTACH`` and ``deserialize`` refuse)."""
    connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
    try:
        connection.deserialize(chunk.image, name=SCHEMA)
        for name in tables:
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
