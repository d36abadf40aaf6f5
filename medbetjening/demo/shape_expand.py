"""A chunk's compact rows made whole: step records and answers from their shapes.

The generator (``demo_shapes``) stores a flow run as its ``flow_run`` row plus
``RUN_EXTRA`` (its shape, how many of the shape's steps were recorded, the first step
record's id, its start in seconds since 1970), and an assessment as its
``assessment_result`` row plus ``RESULT_EXTRA``; a chunk also carries the template rows
of the shapes first used in it. The step records and answers are then the templates
with the run's ids (``first + STREAMS * k``: the stream's own id sequence) and times:
``SQL`` makes them in the worker's in-memory image (``chunk_pack``), ``Expander`` in
Python where no worker packs (PostgreSQL, small runs). Both give the same values:
``tests/demo/test_demo_pipeline.py`` compares the stored rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from medbetjening.demo.bulk_insert import COLUMNS, Rows
from medbetjening.demo.demo_clock import DAY_SECONDS, TIMES
from medbetjening.demo.demo_stream import STREAMS

RUN_EXTRA = ("shape", "kept", "first_step_id", "start_epoch")
RESULT_EXTRA = ("shape", "first_answer_id", "start_epoch")
_RUN_WIDTH = len(COLUMNS["flow_run"])
_RESULT_WIDTH = len(COLUMNS["assessment_result"])
_EPOCH = dt.date(1970, 1, 1)
# SQLAlchemy's SQLite text for a time (``bulk_insert.ts``), from seconds since 1970
_STAMP = "strftime('%Y-%m-%d %H:%M:%S.000000', {}, 'unixepoch')"

SQL = (
    f"INSERT INTO {{schema}}.step_record ({', '.join(COLUMNS['step_record'])}) "
    f"SELECT r.first_step_id + {STREAMS} * t.k, r.id, t.k, t.step_id, t.actor, t.obstacle, "
    f"NULL, {_STAMP.format('r.start_epoch + t.at')}, t.basis "
    "FROM {schema}.flow_run r JOIN main.step_template t ON t.shape = r.shape AND t.k < r.kept "
    "ORDER BY r.id, t.k",
    f"INSERT INTO {{schema}}.assessment_answer ({', '.join(COLUMNS['assessment_answer'])}) "
    f"SELECT r.first_answer_id + {STREAMS} * t.k, r.id, t.item_id, t.score, t.choice, "
    f"{_STAMP.format('r.start_epoch + t.at')} "
    "FROM {schema}.assessment_result r JOIN main.answer_template t ON t.shape = r.shape "
    "ORDER BY r.id, t.k",
)


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
