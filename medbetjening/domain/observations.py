"""Observed assessment items the errand itself showed, read from the step marks.

A citizen who logged on alone with MitID has shown "logs in with MitID"; one who
attached a document alone has shown "handles files"; one who completed a flow doing
every step alone has shown the self-service. These are *suggestions* for the clerk to
confirm before closing: nothing is scored without being asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from medbetjening.domain.flows import StepKind
from medbetjening.domain.vocabulary import StepActor

SHOWN_BY_KIND = {StepKind.MITID: "mitid_login", StepKind.DOCUMENT: "handles_files"}
SELF_SERVICE_ITEM = "self_service"  # shown by a flow completed by the citizen
_SCORE = {StepActor.CITIZEN_ALONE.value: 2, StepActor.CITIZEN_GUIDED.value: 1}


@dataclass(frozen=True)
class RunMarks:
    completed: bool
    steps: Sequence[tuple[StepKind, str | None]]  # kind of each step, who did it


def observed_from_steps(runs: Iterable[RunMarks]) -> dict[str, int]:
    """The best score each observed item was shown with (items not shown are absent)."""
    best: dict[str, int] = {}

    def shown(item: str, value: int) -> None:
        best[item] = max(best.get(item, 0), value)

    for run in runs:
        for kind, actor in run.steps:
            item = SHOWN_BY_KIND.get(kind)
            if item is not None and actor in _SCORE:
                shown(item, _SCORE[actor])
        done = [actor for kind, actor in run.steps if actor and actor != StepActor.SKIPPED.value]
        if run.completed and done and all(actor in _SCORE for actor in done):
            shown(SELF_SERVICE_ITEM, min(_SCORE[actor] for actor in done))
    return best
