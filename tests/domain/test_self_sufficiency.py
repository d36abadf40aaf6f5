"""The self-sufficiency rules, table by table."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.self_sufficiency import (
    Attempt,
    FollowUpReport,
    Trend,
    assessment_trend,
    citizen_share,
    derive_autonomy,
    suggest_completion,
    suggest_reason,
    task_status,
)
from medbetjening.domain.vocabulary import Autonomy, BlockReason, Completion, SelfSufficiency

A, G, S, K = "citizen_alone", "citizen_guided", "staff", "skipped"
NOT, LEARN, HELP, SELF = (
    SelfSufficiency.NOT_STARTED,
    SelfSufficiency.LEARNING,
    SelfSufficiency.CAN_WITH_HELP,
    SelfSufficiency.SELF_SUFFICIENT,
)


def day(n: int) -> dt.datetime:
    return dt.datetime(2026, 1, 1, 10, 0) + dt.timedelta(days=n)


def visit(n: int, *marks: str | None, completed: bool = True, autonomy: str | None = None):  # type: ignore[no-untyped-def]
    return Attempt(at=day(n), marks=tuple(marks), completed=completed, outcome_autonomy=autonomy)


def follow(n: int, result: str) -> FollowUpReport:
    return FollowUpReport(at=day(n), result=result)


@pytest.mark.parametrize(
    ("events", "status", "changed"),
    [
        ([], NOT, None),
        ([visit(0, S, S, S)], LEARN, 0),
        ([visit(0, A, S)], LEARN, 0),
        ([visit(0)], LEARN, 0),  # a run with no marks: shown, not yet tried
        ([visit(0, A, G, A)], HELP, 0),
        ([visit(0, A, A, K)], SELF, 0),  # skipped steps do not count
        ([visit(0, A, None, A)], SELF, 0),  # unmarked steps do not count
        ([visit(0, A, A, completed=False)], HELP, 0),  # alone, but did not finish
        ([visit(0, K, K)], LEARN, 0),
        ([visit(0, S, S), visit(5, A, G), visit(9, A, A)], SELF, 9),
        ([visit(9, A, A), visit(0, S, S)], SELF, 9),  # order of input does not matter
        ([visit(0, A, A), visit(5, S, A)], LEARN, 5),  # the last visit decides: fell back
        ([visit(0, A, G), visit(4, G, G)], HELP, 0),  # same status: date does not move
        ([visit(0, S), follow(7, "managed_alone")], SELF, 7),
        ([visit(0, S), follow(7, "needed_help")], HELP, 7),
        ([visit(0, S), follow(7, "not_reached")], LEARN, 0),
        ([visit(0, A, A), follow(7, "needed_help")], HELP, 7),
        ([visit(0, S), follow(7, "managed_alone"), visit(9, S, A)], LEARN, 9),
        ([visit(0, autonomy="autonomous")], SELF, 0),  # no marks: the outcome stands in
        ([visit(0, autonomy="autonomous", completed=False)], HELP, 0),
        ([visit(0, autonomy="autonomous_with_help")], HELP, 0),
        ([visit(0, autonomy="with_guidance")], LEARN, 0),
        ([visit(0, S, autonomy="autonomous")], LEARN, 0),  # marks win over the outcome
    ],
)
def test_task_status(events, status, changed) -> None:  # type: ignore[no-untyped-def]
    result = task_status(events)
    assert result.status == status
    assert result.changed_at == (None if changed is None else day(changed))
    assert result.attempts == sum(1 for event in events if isinstance(event, Attempt))


def test_follow_up_on_the_same_moment_counts_after_the_visit() -> None:
    events = [follow(0, "managed_alone"), visit(0, S)]
    assert task_status(events).status == SELF


@pytest.mark.parametrize(
    ("marks", "share", "autonomy"),
    [
        ([], None, None),
        ([K, None], None, None),
        ([A, A, A], 1.0, Autonomy.AUTONOMOUS),
        ([A, K, A], 1.0, Autonomy.AUTONOMOUS),
        ([A, G], 1.0, Autonomy.AUTONOMOUS_WITH_HELP),
        ([A, G, S, S], 0.5, Autonomy.WITH_GUIDANCE),
        ([S, S, S, A], 0.25, Autonomy.WITH_GUIDANCE),
        ([S], 0.0, Autonomy.WITH_GUIDANCE),
        (["bogus", A], 1.0, Autonomy.AUTONOMOUS),
    ],
)
def test_visit_share_and_autonomy(marks, share, autonomy) -> None:  # type: ignore[no-untyped-def]
    assert citizen_share(marks) == share
    assert derive_autonomy(marks) == autonomy


@pytest.mark.parametrize(
    ("statuses", "marked", "expected"),
    [
        ([], False, Completion.COMPLETED),
        (["completed"], True, Completion.COMPLETED),
        (["completed", "completed"], True, Completion.COMPLETED),
        (["completed", "ended"], True, Completion.PARTLY),
        (["active"], True, Completion.PARTLY),
        (["active"], False, Completion.NOT_COMPLETED),
        (["ended", "paused"], False, Completion.NOT_COMPLETED),
    ],
)
def test_suggest_completion(statuses, marked, expected) -> None:  # type: ignore[no-untyped-def]
    assert suggest_completion(statuses, marked) == expected


@pytest.mark.parametrize(
    ("obstacles", "expected"),
    [
        ([], None),
        ([None, "other"], None),
        (["no_mitid"], BlockReason.NO_MITID),
        (["no_mitid", None, "system_down"], BlockReason.SYSTEM_DOWN),
        (["missing_document", "other"], BlockReason.MISSING_DOCUMENTS),
        (["weird"], None),
    ],
)
def test_suggest_reason(obstacles, expected) -> None:  # type: ignore[no-untyped-def]
    assert suggest_reason(obstacles) == expected


@pytest.mark.parametrize(
    ("levels", "trend"),
    [
        ([], Trend.UNKNOWN),
        ([(day(0), 1)], Trend.UNKNOWN),
        ([(day(0), 1), (day(1), None)], Trend.UNKNOWN),
        ([(day(0), 0), (day(3), 1), (day(6), 2)], Trend.IMPROVING),
        ([(day(6), 2), (day(0), 0)], Trend.IMPROVING),
        ([(day(0), 2), (day(3), 1)], Trend.DECLINING),
        ([(day(0), 1), (day(3), 2), (day(6), 1)], Trend.STABLE),
    ],
)
def test_assessment_trend(levels, trend) -> None:  # type: ignore[no-untyped-def]
    assert assessment_trend(levels) == trend
