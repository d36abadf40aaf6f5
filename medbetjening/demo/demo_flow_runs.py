"""The flow runs of one synthetic visit: which errands, and who did each step.

Kept apart from ``demo_visit.py`` (the visit, its assessment and outcome). A run is one
of its flow's shapes (``demo_shapes``: who did each step, when, where it stopped); its
step records are made from the shape later (``shape_expand``). A run stays a list until
the visit is settled (closing or leaving it open changes its status). Times are seconds
after the visit's midnight (``demo_clock``); ``run_tuple`` writes them as text.
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
from medbetjening.demo.demo_shapes import ShapeBanks, band
from medbetjening.domain.vocabulary import FlowRunStatus


@dataclass
class CitizenState:
    kind: str  # "cpr" (keyed hash) or "code" (citizen code)
    skill: float
    visits_left: int
    language: str
    consent: bool
    access: str  # ``demo_access``: a working MitID or not (kept until a MitID errand)
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


# positions in a run's list (``FlowRunMaker``): the ``flow_run`` columns, then the extras
STATUS, CURRENT, STARTED, ENDED, SHAPE, KEPT = 4, 5, 6, 7, 8, 9
_ACTIVE = FlowRunStatus.ACTIVE.value
_COMPLETED = FlowRunStatus.COMPLETED.value


@dataclass(slots=True)
class VisitFlows:
    runs: list[list[Any]]  # ``flow_run`` columns (times in seconds) + ``shape_expand.RUN_EXTRA``
    marks: list[int]  # steps done alone, guided, by staff (over all runs)
    marked: bool  # any step marked
    obstacles: list[str]
    clock: int  # seconds after the visit's midnight


class FlowRunMaker:
    def __init__(
        self,
        rng: random.Random,
        flow_catalog: Mapping[str, cat.DemoFlow],
        new_id: Callable[..., int],
        shapes: ShapeBanks,
    ) -> None:
        self.rng = rng
        self.catalog = {flow_id: flow for flow_id, flow in flow_catalog.items() if flow.steps}
        self.flow_ids = list(self.catalog)
        self.cum_weights = cum_flow_weights(self.flow_ids)
        self.new_id = new_id
        self.shapes = shapes
        self.last_flow = len(self.flow_ids) - 1  # ``random.choices``'s own bisect bound
        self.titles = {flow_id: flow.title[:200] for flow_id, flow in self.catalog.items()}
        self.gives_mitid = {flow_id: flow.gives_mitid for flow_id, flow in self.catalog.items()}

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
        no_mitid: bool,
    ) -> VisitFlows:
        """The visit's runs, each a shape of its flow (``demo_shapes``) from ``clock`` on.

        ``no_mitid``: the citizen has no working MitID until a MitID errand completes."""
        result = VisitFlows([], [0, 0, 0], False, [], clock)
        chosen = self.choose(contact_type, returning, month)
        if not chosen:
            return result
        marks, new_id, number = result.marks, self.new_id, band(skill)
        for flow_id in chosen:
            shape = self.shapes.run_in_band(flow_id, number, no_mitid)
            if no_mitid and shape.status == _COMPLETED and self.gives_mitid[flow_id]:
                no_mitid = False  # the next errand logs in with the new MitID
            run_start = result.clock
            result.runs.append(
                [
                    new_id("flow_run"), visit_id, flow_id, self.titles[flow_id],
                    shape.status, shape.current_step, run_start,
                    None if shape.ended is None else run_start + shape.ended,
                    shape.id, shape.steps, new_id("step_record", shape.steps),
                    stamps.epoch + run_start,
                ]
            )  # fmt: skip
            result.clock = run_start + shape.length
            alone, guided, staff = shape.marks
            marks[0] += alone
            marks[1] += guided
            marks[2] += staff
            result.marked = result.marked or shape.marked
            if shape.obstacle is not None:
                result.obstacles.append(shape.obstacle)
        return result

    def still_running(self, flows: VisitFlows) -> None:
        """An open visit: its last flow is active, only its first steps are marked."""
        run = flows.runs[-1]
        # at least one step left: the window finishes a run when its last step is marked
        keep = self.rng.randrange(max(run[KEPT], 1))
        run[STATUS], run[CURRENT], run[ENDED], run[KEPT] = _ACTIVE, keep, None, keep


def run_tuple(run: list[Any], stamps: DayStamps) -> tuple[Any, ...]:
    """The run's row: its times as text (its positions spelt out: ≈ 900,000 at 1M)."""
    ended = run[ENDED]
    return (
        run[0], run[1], run[2], run[3], run[STATUS], run[CURRENT], stamps(run[STARTED]),
        None if ended is None else stamps(ended), run[SHAPE], run[KEPT], run[10], run[11],
    )  # fmt: skip
