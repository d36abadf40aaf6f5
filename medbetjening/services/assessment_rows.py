"""An assessment and its answers read and written as plain rows (a key press, issue 22).

Answering an item by its key changes one answer and perhaps the stored result. Through
the ORM that cost ~3 ms of CPU a key at a million visits (the identity map, a lazy load
of the answers, the flush working out what changed); here the result row and its
answers are read as plain values, the use case's own ``apply`` changes them exactly as
it changes mapped objects, and only what differs is written (``PlainAssessment.save``).
A visit without an assessment yet takes the ORM path (one insert, the first key only).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from medbetjening.domain.assessment import Answer, Instrument, Result, score
from medbetjening.storage.models import AssessmentAnswer, AssessmentResult

_RESULT = AssessmentResult.__table__
_ANSWER = AssessmentAnswer.__table__
_RESULT_OF_VISIT = select(_RESULT).where(_RESULT.c.visit_id == bindparam("visit"))
_ANSWERS_OF = select(_ANSWER).where(_ANSWER.c.assessment_id == bindparam("assessment"))
_ANSWER_FIELDS = ("item_id", "score", "choice", "not_relevant_reason", "answered_at")


class PlainAssessment:
    """The visit's assessment as a namespace (``row``: the columns of assessment_result
    and ``answers``, each answer a namespace of its columns), with what was read."""

    def __init__(self, row: Any) -> None:
        self.row = row
        self._result = {k: v for k, v in vars(row).items() if k != "answers"}
        self._answers = {id(a): (a, dict(vars(a))) for a in row.answers}

    @classmethod
    def load(cls, connection: Connection, visit_id: int) -> PlainAssessment | None:
        found = connection.execute(_RESULT_OF_VISIT, {"visit": visit_id}).one_or_none()
        if found is None:
            return None
        row = SimpleNamespace(**found._mapping)
        answers = connection.execute(_ANSWERS_OF, {"assessment": row.id})
        row.answers = [SimpleNamespace(**answer._mapping) for answer in answers]
        return cls(row)

    def save(self, connection: Connection) -> None:
        """Write what ``apply`` changed: answers removed, changed and added, and the
        result's changed columns (the same rows the ORM's flush would write)."""
        row = self.row
        kept = {id(a) for a in row.answers}
        for key, (answer, _before) in self._answers.items():
            if key not in kept:
                connection.execute(delete(_ANSWER).where(_ANSWER.c.id == answer.id))
        for answer in row.answers:
            known = self._answers.get(id(answer))
            values = {name: getattr(answer, name) for name in _ANSWER_FIELDS}
            if known is None:  # a new answer (a mapped object apply made: never in a session)
                connection.execute(insert(_ANSWER).values(assessment_id=row.id, **values))
                continue
            changed = {k: v for k, v in values.items() if v != known[1][k]}
            if changed:
                connection.execute(
                    update(_ANSWER).where(_ANSWER.c.id == answer.id).values(**changed)
                )
        changed = {k: getattr(row, k) for k, v in self._result.items() if getattr(row, k) != v}
        if changed:
            # The time the state reports, always written: left out (same second as the
            # last write), the column's onupdate read the clock again, maybe a second on.
            changed["updated_at"] = row.updated_at
            connection.execute(update(_RESULT).where(_RESULT.c.id == row.id).values(**changed))


def answers_of(row: Any) -> dict[str, Answer]:
    """The answers of an assessment row (mapped or plain): item → score or choice."""
    if row is None:
        return {}
    answers: dict[str, Answer] = {}
    for answer in row.answers:
        if answer.score is not None:
            answers[answer.item_id] = answer.score
        elif answer.choice is not None:
            answers[answer.item_id] = answer.choice
    return answers


def not_relevant_of(row: Any) -> dict[str, str]:
    """The items staff marked not relevant: item → reason."""
    if row is None:
        return {}
    return {a.item_id: a.not_relevant_reason for a in row.answers if a.not_relevant_reason}


class LastScore:
    """``score`` kept for the last inputs: a change scores once to store the result and
    then answers with the same result (the same inputs: ~0.2 ms of a key)."""

    def __init__(self) -> None:
        self._last: tuple[Instrument, tuple[Any, ...], Result] | None = None

    def __call__(
        self,
        instrument: Instrument,
        answers: dict[str, Answer],
        override: int | None,
        not_relevant: dict[str, str],
    ) -> Result:
        key = (tuple(answers.items()), override, tuple(not_relevant.items()))
        last = self._last
        if last is not None and last[0] is instrument and last[1] == key:
            return last[2]
        result = score(instrument, answers, override, not_relevant)
        self._last = (instrument, key, result)
        return result
