"""A chunk's compact rows made whole: step records and answers from their shapes.

The generator (``demo_shapes``) stores a flow run as its ``flow_run`` row plus
``RUN_EXTRA`` (its shape, how many of the shape's steps were recorded, the first step
record's id, its start in seconds since 1970), and an assessment as its
``assessment_result`` row plus ``RESULT_EXTRA``; a chunk also carries the template rows
of the shapes first used in it. The step records and answers are then the templates
with the run's ids (``first + STREAMS * k``: the stream's own id sequence) and times:
``expand_in_sql`` makes them on the writer's connection straight from a worker's image
(``chunk_pack``: the worker binds only the compact rows, the writer writes each row
once), ``Expander`` in Python where no worker packs (PostgreSQL, small runs). Both give the same values:
``tests/demo/test_demo_pipeline.py`` compares the stored rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from medbetjening.demo.bulk_insert import COLUMNS, Rows
from medbetjening.demo.demo_clock import DAY_SECONDS, TIMES
from medbetjening.demo.demo_shapes import ANSWER_TEMPLATE, STEP_TEMPLATE
from medbetjening.demo.demo_stream import STREAMS

RUN_EXTRA = ("shape", "kept", "first_step_id", "start_epoch")
RESULT_EXTRA = ("shape", "first_answer_id", "start_epoch")
_RUN_WIDTH = len(COLUMNS["flow_run"])
_RESULT_WIDTH = len(COLUMNS["assessment_result"])
_EPOCH = dt.date(1970, 1, 1)
EXPANDED = ("step_record", "assessment_answer")  # tables made from the shapes
# SQLAlchemy's SQLite text for a time (``bulk_insert.ts``), from seconds since 1970
_STAMP = "strftime('%Y-%m-%d %H:%M:%S.000000', {}, 'unixepoch')"
# the same, read from the writer's day and time-of-day tables (a third of strftime's
# cost); a day not in the table (a run past midnight) falls back to strftime
_LOOKED_UP = "coalesce(d.prefix || c.text, " + _STAMP.format("{at}") + ")"
_LOOK_UP = (
    "LEFT JOIN temp.demo_day d ON d.n = ({at}) / 86400 "
    "LEFT JOIN temp.demo_clock c ON c.second = ({at}) % 86400 "
)
_FROM = {
    "step_record": (
        f"r.first_step_id + {STREAMS} * t.k, r.id, t.k, t.step_id, t.actor, t.obstacle, NULL, "
        "{stamp}, t.basis",
        "{schema}.flow_run r JOIN temp.demo_step_template t ON t.shape = r.shape AND t.k < r.kept",
    ),
    "assessment_answer": (
        f"r.first_answer_id + {STREAMS} * t.k, r.id, t.item_id, t.score, t.choice, {{stamp}}",
        "{schema}.assessment_result r JOIN temp.demo_answer_template t ON t.shape = r.shape",
    ),
}
_TEMP_TABLES = {
    "demo_step_template": STEP_TEMPLATE,
    "demo_answer_template": ANSWER_TEMPLATE,
}


def expand_in_sql(
    connection: sqlite3.Connection,
    schema: str,
    counts: Mapping[str, int],
    extra: Mapping[str, tuple[tuple[str, ...], tuple[Any, ...]]],
) -> Callable[[str], int]:
    """The writer's side, for a chunk attached as ``schema``: keep its new templates
    (in temporary tables, for the whole load) and return ``expand(table)``, which writes
    that table's rows from the shapes into ``main`` and says how many."""
    _prepare(connection)
    for name in ("step_template", "answer_template"):
        if counts.get(name):
            connection.execute(f"INSERT INTO temp.demo_{name} SELECT * FROM {schema}.{name}")
    connection.execute(
        "INSERT OR IGNORE INTO temp.demo_day (n, prefix) "
        "SELECT n, strftime('%Y-%m-%d ', n * 86400, 'unixepoch') FROM ("
        f"SELECT start_epoch / 86400 AS n FROM {schema}.flow_run "
        f"UNION SELECT start_epoch / 86400 FROM {schema}.assessment_result)"
    )

    def expand(name: str) -> int:
        values, source = _FROM[name]
        at = "r.start_epoch + t.at"
        extra_names, extra_values = extra.get(name, ((), ()))
        taken = values.format(stamp=_LOOKED_UP.format(at=at))
        taken += "".join(", ?" for _ in extra_names)
        statement = (
            f"INSERT INTO main.{name} ({', '.join(COLUMNS[name] + extra_names)}) "
            f"SELECT {taken} FROM {source.format(schema=schema)} {_LOOK_UP.format(at=at)}"
            "ORDER BY r.id, t.k"
        )
        return connection.execute(statement, extra_values).rowcount

    return expand


def _prepare(connection: sqlite3.Connection) -> None:
    for name, columns in _TEMP_TABLES.items():
        connection.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(columns)}, "
            "PRIMARY KEY (shape, k)) WITHOUT ROWID"
        )
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS demo_day (n INTEGER PRIMARY KEY, prefix TEXT)"
    )
    connection.execute(
        "CREATE TEMP TABLE IF NOT EXISTS demo_clock (second INTEGER PRIMARY KEY, text TEXT)"
    )
    if connection.execute("SELECT 1 FROM temp.demo_clock LIMIT 1").fetchone() is None:
        connection.executemany("INSERT INTO temp.demo_clock VALUES (?, ?)", enumerate(TIMES))


def drop_expansion_tables(connection: sqlite3.Connection) -> None:
    """After the load: the writer's temporary tables are not wanted any more."""
    for name in (*_TEMP_TABLES, "demo_day", "demo_clock"):
        connection.execute(f"DROP TABLE IF EXISTS temp.{name}")


def stamp(epoch: int) -> str:
    """``bulk_insert.ts`` of the time ``epoch`` seconds after 1970-01-01 00:00."""
    days, second = divmod(epoch, DAY_SECONDS)
    return (_EPOCH + dt.timedelta(days=days)).isoformat() + " " + TIMES[second]


class Expander:
    """The Python side: keeps every template seen and expands chunks in order."""

    def __init__(self) -> None:
        self.steps: dict[int, list[tuple[Any, ...]]] = {}
        self.answers: dict[int, list[tuple[Any, ...]]] = {}

    def expand(self, rows: Rows) -> Rows:
        """``rows`` with whole step records and answers, and without the extras."""
        for key, known in (("step_template", self.steps), ("answer_template", self.answers)):
            for template in rows.get(key, ()):
                known.setdefault(template[0], []).append(template)
        whole = {name: rows[name] for name in COLUMNS}
        steps, answers = whole["step_record"], whole["assessment_answer"]
        runs = []
        for run in rows["flow_run"]:
            shape, kept, first, start = run[_RUN_WIDTH:]
            run_id = run[0]
            steps.extend(
                (first + STREAMS * k, run_id, k, step_id, actor, obstacle, None,
                 stamp(start + at), basis)
                for _, k, step_id, actor, obstacle, basis, at in self.steps[shape][:kept]
            )  # fmt: skip
            runs.append(run[:_RUN_WIDTH])
        whole["flow_run"] = runs
        results = []
        for result in rows["assessment_result"]:
            shape, first, start = result[_RESULT_WIDTH:]
            result_id = result[0]
            answers.extend(
                (first + STREAMS * k, result_id, item_id, score, choice, stamp(start + at))
                for _, k, item_id, score, choice, at in self.answers[shape]
            )
            results.append(result[:_RESULT_WIDTH])
        whole["assessment_result"] = results
        return whole
