"""The flow runs of one synthetic visit: which errands, and who did each step.

Kept apart from ``demo_visit.py`` (the visit, its assessment and outcome). Step rows are
tuples in ``bulk_insert.COLUMNS["step_record"]`` order; a run stays a dict until the
visit is settled (closing or leaving it open changes its status). Times are seconds after
the visit's midnight (``demo_clock``); ``run_tuple`` writes them as text.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_clock import DayStamps
from medbetjening.domain.vocabulary import FlowRunStatus, StepActor

STEP_RUN_ID = 1  # positions in a step row
STEP_ACTOR = 4

# who did a step, as the window marks it (``StepActor``); besides: "skipped" or none
DONE_BY = (StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED, StepActor.STAFF)
_DONE_BY = tuple(actor.value for actor in DONE_BY)
_OBSTACLES = ("missing_document", "system_down", "other")
_OBSTACLE_CUM = (0.55, 0.75, 1.0)
_COMPLETED = FlowRunStatus.COMPLETED.value
_PAUSED = FlowRunStatus.PAUSED.value
_ENDED = FlowRunStatus.ENDED.value


@dataclass
class CitizenState:
    kind: str  # "cpr" (keyed hash) or "code" (citizen code)
    skill: float
    visits_left: int
    language: str
    consent: bool
    last_flow: str | None = None


def cum_flow_weights(flow_ids: list[str]) -> list[list[float]]:
    """Cumulative weights per month (index 0 = January) for ``random.choices``."""
    months = []
    for month in range(1, 13):
        weights = []
        for flow_id in flow_ids:
            weight, peak_months = cat.FLOW_WEIGHTS.get(flow_id, (3, ()))
            weights.append(weight * (2 if month in peak_months else 1))
        months.append(list(accumulate(weights)))
    return months


@dataclass
class VisitFlows:
    runs: list[dict[str, Any]]
    steps: list[tuple[Any, ...]]
    obstacles: list[str]
    clock: int  # seconds after the visit's midnight
    stamps: DayStamps


class FlowRunMaker:
    def __init__(
        self,
        rng: random.Random,
        flow_catalog: Mapping[str, cat.DemoFlow],
        new_id: Callable[[str], int],
    ) -> None:
        self.rng = rng
        self.catalog = {flow_id: flow for flow_id, flow in flow_catalog.items() if flow.steps}
        self.flow_ids = list(self.catalog)
        self.cum_weights = cum_flow_weights(self.flow_ids)
        self.new_id = new_id
        self.last_flow = len(self.flow_ids) - 1  # ``random.choices``'s own bisect bound

    def choose(self, contact_type: str, returning: CitizenState | None, month: int) -> list[str]:
        rng = self.rng
        if contact_type == "information" or not self.flow_ids:
            return []
        wanted = min(len(self.flow_ids), 2 if rng.random() < 0.12 else 1)
        chosen: list[str] = []
        if returning is not None and returning.last_flow in self.catalog and rng.random() < 0.5:
            chosen.append(returning.last_flow)  # practising the same errand again
        cum_weights = self.cum_weights[month - 1]
        total = cum_weights[-1] + 0.0
        while len(chosen) < wanted:  # as ``random.choices`` draws: the same stream
            flow_id = self.flow_ids[bisect(cum_weights, rng.random() * total, 0, self.last_flow)]
            if flow_id not in chosen:
                chosen.append(flow_id)
        return chosen

    def run(
        self,
        visit_id: int,
        clock: int,
        stamps: DayStamps,
        skill: float,
        contact_type: str,
        returning: CitizenState | None,
        month: int,
    ) -> VisitFlows:
        result = VisitFlows([], [], [], clock, stamps)
        for flow_id in self.choose(contact_type, returning, month):
            self._one_run(result, visit_id, flow_id, skill)
        return result

    def _one_run(self, out: VisitFlows, visit_id: int, flow_id: str, skill: float) -> None:
        rng = self.rng
        random_ = rng.random
        flow = self.catalog[flow_id]
        steps = flow.steps
        run_id = self.new_id("flow_run")
        run_start = clock = out.clock
        stamps, new_id, append = out.stamps, self.new_id, out.steps.append
        mitid_steps, personal_steps = flow.mitid_steps, flow.personal_steps
        pace = 1.6 - skill
        guided = skill + (1 - skill) * 0.6
        p_obstacle = 0.06 + (0.12 if flow.mitid_steps and skill < 0.25 else 0)
        stop_at = None
        if rng.random() < p_obstacle:
            # a missing MitID shows at the MitID step; other obstacles anywhere
            stop_at = (
                min(flow.mitid_steps)
                if flow.mitid_steps and rng.random() < 0.4
                else rng.randrange(len(steps))
            )
        status, current, ended_at = _COMPLETED, len(steps), None
        for index, step_id in enumerate(steps):
            clock += int((40 + 140 * random_()) * pace)  # ``rng.uniform(40, 180)``
            actor: str | None
            obstacle = None
            if index == stop_at:
                actor = None
                if index in mitid_steps and random_() < 0.6:
                    obstacle = "no_mitid"
                else:
                    obstacle = rng.choices(_OBSTACLES, cum_weights=_OBSTACLE_CUM)[0]
                out.obstacles.append(obstacle)
                current = index
                if random_() < 0.4:
                    status = _PAUSED
                else:
                    status, ended_at = _ENDED, clock
            elif random_() < 0.02:
                actor = "skipped"
            else:
                v = random_()
                actor = _DONE_BY[0 if v < skill else 1 if v < guided else 2]
            # staff may do a MitID/payment step only with a basis (issue 15)
            basis = "citizen_typed" if actor == "staff" and index in personal_steps else None
            append(
                (
                    new_id("step_record"), run_id, index, step_id, actor, obstacle,
                    None, stamps(clock), basis,
                )
            )  # fmt: skip
            if obstacle:
                break
        if status == _COMPLETED:
            ended_at = clock
        out.clock = clock
        out.runs.append(
            {
                "id": run_id,
                "visit_id": visit_id,
                "flow_id": flow_id,
                "flow_title": flow.title[:200],
                "status": status,
                "current_step": current,
                "started_at": run_start,
                "ended_at": ended_at,
            }
        )

    def still_running(self, flows: VisitFlows) -> None:
        """An open visit: its last flow is active, only its first steps are marked."""
        run = flows.runs[-1]
        own = [row for row in flows.steps if row[STEP_RUN_ID] == run["id"]]
        # at least one step left: the window finishes a run when its last step is marked
        keep = self.rng.randrange(max(len(own), 1))
        dropped = {row[0] for row in own[keep:]}
        flows.steps[:] = [row for row in flows.steps if row[0] not in dropped]
        run.update(status=FlowRunStatus.ACTIVE.value, current_step=keep, ended_at=None)


def run_tuple(run: dict[str, Any], stamps: DayStamps) -> tuple[Any, ...]:
    ended = run["ended_at"]
    return (
        run["id"], run["visit_id"], run["flow_id"], run["flow_title"], run["status"],
        run["current_step"], stamps(run["started_at"]), None if ended is None else stamps(ended),
    )  # fmt: skip
