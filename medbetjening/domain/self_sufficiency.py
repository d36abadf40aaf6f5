"""Is the citizen becoming *digitalt selvhjulpen*? Pure rules over the visit history.

Three measures, all computed from plain values (no database, no Qt):

1. **Per citizen × task** (a task is a flow id): one of ``SelfSufficiency``
   (*not started / learning / can with help / self-sufficient*), and the date it
   last changed. The status is replayed over the task's events in time order; the
   most recent informative event decides, so a citizen can also fall back:

   - No event for the task: **not started**.
   - A visit in which the task's flow was run (an *attempt*). Only the steps that
     were marked and not skipped count:

     * every counted step done by the citizen alone, and the run was completed
       → **self-sufficient**;
     * every counted step done by the citizen (alone or guided), or all alone but
       the run was not completed → **can with help**;
     * any counted step done by staff, or no counted step at all → **learning**
       (a run with no marks falls back to the visit outcome's autonomy, see below).

     When the run has no counted step but the visit was closed with an outcome,
     the outcome's autonomy stands in: autonomous → as "all alone", autonomous
     with help on call → **can with help**, with guidance → **learning**.
   - A follow-up with a result (phone call, check that the citizen managed alone):

     * ``managed_alone`` ("klarede det selv derhjemme") → **self-sufficient**;
     * ``needed_help`` → **can with help** (the citizen tried at home, with help);
     * ``not_reached`` → no change.
   - Practice at a workshop (*practised in a group*): not an attempt, never "alone";
     a task not started becomes **learning**, any other status stays.

   The *changed at* date is the time of the event that moved the status to its
   current value (an event that confirms the same status does not move it).

2. **Assessment trend**: the assessment levels (0 dependent … 3 can help others)
   over visits, compared last against first: improving / stable / declining, or
   unknown with fewer than two assessed visits.

3. **Per visit**: the *citizen share* (the share of counted steps the citizen did,
   alone or guided) and the visit's *autonomy* derived from the step marks:
   all counted steps alone → autonomous; all by the citizen, some guided →
   autonomous with help on call; any step by staff → with guidance; no counted
   step → no suggestion (``None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from medbetjening.domain.vocabulary import (
    Autonomy,
    BlockReason,
    Completion,
    FlowRunStatus,
    Obstacle,
    SelfSufficiency,
    StepActor,
)


class FollowUpResult(StrEnum):
    """What a follow-up found out."""

    MANAGED_ALONE = "managed_alone"  # klarede det selv derhjemme
    NEEDED_HELP = "needed_help"  # prøvede, men fik brug for hjælp
    NOT_REACHED = "not_reached"  # borgeren blev ikke truffet


class Trend(StrEnum):
    IMPROVING = "improving"
    STABLE = "stable"
    DECLINING = "declining"
    UNKNOWN = "unknown"


_CITIZEN = frozenset({StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED})


def _counted(marks: Iterable[str | None]) -> list[StepActor]:
    """The marks that count: marked, known and not skipped."""
    counted = []
    for mark in marks:
        if mark is None:
            continue
        try:
            actor = StepActor(mark)
        except ValueError:
            continue
        if actor != StepActor.SKIPPED:
            counted.append(actor)
    return counted


def citizen_share(marks: Iterable[str | None]) -> float | None:
    """Share (0..1) of the counted steps the citizen did; None if no step counts."""
    counted = _counted(marks)
    if not counted:
        return None
    return sum(1 for actor in counted if actor in _CITIZEN) / len(counted)


def derive_autonomy(marks: Iterable[str | None], completed: bool = True) -> Autonomy | None:
    """The visit's autonomy from its step marks (all flows of the visit together) and
    whether the errand was completed: 1 of 6 steps alone and a stopped flow is not
    "alone" — the errand did not get done, so the suggestion is at most "with help"."""
    counted = _counted(marks)
    if not counted:
        return None
    if completed and all(actor == StepActor.CITIZEN_ALONE for actor in counted):
        return Autonomy.AUTONOMOUS
    if all(actor in _CITIZEN for actor in counted):
        return Autonomy.AUTONOMOUS_WITH_HELP
    return Autonomy.WITH_GUIDANCE


def suggest_completion(run_statuses: Sequence[str], any_step_marked: bool) -> Completion:
    """A default for the visit's completion from its flow runs.

    No flow run (an information visit) → completed; every run completed →
    completed; some run completed or some step marked → partly; else not completed.
    """
    if not run_statuses:
        return Completion.COMPLETED
    completed = [status == FlowRunStatus.COMPLETED for status in run_statuses]
    if all(completed):
        return Completion.COMPLETED
    if any(completed) or any_step_marked:
        return Completion.PARTLY
    return Completion.NOT_COMPLETED


_OBSTACLE_REASON = {
    Obstacle.NO_MITID: BlockReason.NO_MITID,
    Obstacle.MISSING_DOCUMENT: BlockReason.MISSING_DOCUMENTS,
    Obstacle.SYSTEM_DOWN: BlockReason.SYSTEM_DOWN,
}


def suggest_reason(obstacles: Sequence[str | None]) -> BlockReason | None:
    """The block reason of the most recent obstacle that maps to one, if any."""
    for obstacle in reversed(obstacles):
        if obstacle is None:
            continue
        try:
            reason = _OBSTACLE_REASON.get(Obstacle(obstacle))
        except ValueError:
            continue
        if reason is not None:
            return reason
    return None


@dataclass(frozen=True)
class Attempt:
    """One visit's run(s) of a task's flow: the step marks and how it ended."""

    at: dt.datetime
    marks: tuple[str | None, ...]
    completed: bool
    outcome_autonomy: str | None = None


@dataclass(frozen=True)
class FollowUpReport:
    """A follow-up with a result, about the tasks of the visit it followed."""

    at: dt.datetime
    result: str


@dataclass(frozen=True)
class GroupPractice:
    """The task practised at a workshop (domain/workshops.py): evidence of its own kind.

    Not an attempt (no visit, no step marks) and never "managed alone": it starts a task
    that was not started (→ learning) and otherwise leaves the status as it is.
    """

    at: dt.datetime


TaskEvent = Attempt | FollowUpReport | GroupPractice


@dataclass(frozen=True)
class TaskStatus:
    status: SelfSufficiency
    changed_at: dt.datetime | None
    attempts: int
    practised_in_group: int = 0


def _attempt_status(attempt: Attempt) -> SelfSufficiency:
    counted = _counted(attempt.marks)
    if not counted and attempt.outcome_autonomy is not None:
        stand_in = {
            Autonomy.AUTONOMOUS.value: StepActor.CITIZEN_ALONE,
            Autonomy.AUTONOMOUS_WITH_HELP.value: StepActor.CITIZEN_GUIDED,
            Autonomy.WITH_GUIDANCE.value: StepActor.STAFF,
        }.get(attempt.outcome_autonomy)
        counted = [stand_in] if stand_in is not None else []
    if not counted or any(actor == StepActor.STAFF for actor in counted):
        return SelfSufficiency.LEARNING
    if all(actor == StepActor.CITIZEN_ALONE for actor in counted) and attempt.completed:
        return SelfSufficiency.SELF_SUFFICIENT
    return SelfSufficiency.CAN_WITH_HELP


def _follow_up_status(report: FollowUpReport) -> SelfSufficiency | None:
    if report.result == FollowUpResult.MANAGED_ALONE:
        return SelfSufficiency.SELF_SUFFICIENT
    if report.result == FollowUpResult.NEEDED_HELP:
        return SelfSufficiency.CAN_WITH_HELP
    return None


def task_status(events: Iterable[TaskEvent]) -> TaskStatus:
    """Replay a task's events (any order; sorted by time here) into its status."""
    status = SelfSufficiency.NOT_STARTED
    changed_at: dt.datetime | None = None
    attempts = practice = 0
    # At equal times a visit comes before the follow-up about it.
    ordered = sorted(events, key=lambda event: (event.at, isinstance(event, FollowUpReport)))
    for event in ordered:
        if isinstance(event, Attempt):
            attempts += 1
            new: SelfSufficiency | None = _attempt_status(event)
        elif isinstance(event, GroupPractice):
            practice += 1
            new = SelfSufficiency.LEARNING if status == SelfSufficiency.NOT_STARTED else None
        else:
            new = _follow_up_status(event)
        if new is not None and new != status:
            status, changed_at = new, event.at
    return TaskStatus(
        status=status, changed_at=changed_at, attempts=attempts, practised_in_group=practice
    )


def assessment_trend(levels: Sequence[tuple[dt.datetime, int | None]]) -> Trend:
    """Last assessed level against the first, in time order (None levels ignored)."""
    known = [level for _, level in sorted(levels, key=lambda item: item[0]) if level is not None]
    if len(known) < 2:
        return Trend.UNKNOWN
    if known[-1] > known[0]:
        return Trend.IMPROVING
    if known[-1] < known[0]:
        return Trend.DECLINING
    return Trend.STABLE


# Flows that carry out an alternative route (the instrument's routes of kind
# "alternative"): doing one is choosing another way, not learning the errand.
ALTERNATIVE_ROUTE_FLOWS = frozenset({"digital-fuldmagt", "digital-post-fritagelse", "laeseadgang"})
