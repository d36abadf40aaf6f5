"""Demo data: the shapes a flow run's steps and an assessment's answers take, made once.

Drawing every step and every answer anew was most of the generator's Python work (≈ 10
of a visit's ≈ 15 rows are step records and answers) and binding them most of the
rest. So a stream keeps, per flow and skill band (per skill band, language and
observation for answers), a bank of ``SHAPES`` shapes, each drawn once from the
stream's own generator when first picked, with exactly the old per-visit rules at the
band's middle skill, and per access (``demo_access``: whether the citizen has a MitID
that works — the answers' ``mitid`` and the runs' MitID steps follow it, so this is
part of the key, not a per-visit rule). A visit picks one shape per run (one per assessment) and stores
it as a *compact* row; the step records and answers are the shape's template rows with
the run's ids and times (``shape_expand``: in SQL on a worker, in Python otherwise).
Every shape is a sequence the window itself can record (the same rules as before), and
the banks are bounded (≤ 26 flows × 20 bands × 2 accesses × 64 shapes), never cleared: ten million
visits use the same shapes, and the rows depend on the seed alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_access import NO_MITID_OBSTACLE, PROXY_BASES, PROXY_CUM, PROXY_SHARE
from medbetjening.demo.demo_assessment import AssessmentModel
from medbetjening.domain.assessment import Answer, Result
from medbetjening.domain.vocabulary import FlowRunStatus, StepActor

SKILL_BANDS = 20
SHAPES = 64  # shapes per bank: the variety a skill band's runs (answers) show

DONE_BY = (StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED, StepActor.STAFF)
_DONE_BY = tuple(actor.value for actor in DONE_BY)
_STAFF = StepActor.STAFF.value
_OBSTACLES = ("missing_document", "system_down", "other")
_OBSTACLE_CUM = (0.55, 0.75, 1.0)
_COMPLETED = FlowRunStatus.COMPLETED.value
_PAUSED = FlowRunStatus.PAUSED.value
_ENDED = FlowRunStatus.ENDED.value

# template rows handed to ``shape_expand`` (``at`` = seconds after the run/assessment start)
STEP_TEMPLATE = ("shape", "k", "step_id", "actor", "obstacle", "basis", "at")
ANSWER_TEMPLATE = ("shape", "k", "item_id", "score", "choice", "at")


def band(skill: float) -> int:
    return min(SKILL_BANDS - 1, max(0, int(skill * SKILL_BANDS)))


def band_skill(number: int) -> float:
    return (number + 0.5) / SKILL_BANDS


@dataclass(frozen=True, slots=True)
class RunShape:
    id: int
    steps: int  # step records (up to and including an obstacle)
    status: str
    current_step: int
    ended: int | None  # seconds after the run's start; None: paused
    length: int  # seconds from the run's start to its last step
    obstacle: str | None
    marks: tuple[int, int, int]  # steps done alone, guided, by staff
    marked: bool  # any step marked (done by someone or skipped)


@dataclass(frozen=True, slots=True)
class AnswerShape:
    id: int
    values: tuple[Answer | None, ...]  # per item in the instrument's order
    answered: int
    result: Result


class ShapeBanks:
    """A stream's banks; new template rows wait in ``new`` until the chunk is taken."""

    def __init__(
        self,
        rng: random.Random,
        catalog: Mapping[str, cat.DemoFlow],
        assessment: AssessmentModel,
        new_id: Callable[[str], int],
    ) -> None:
        self.rng = rng
        self.new_id = new_id  # shape ids: "run_shape", "answer_shape" (unique over streams)
        self.catalog = catalog
        self.assessment = assessment
        self._runs: dict[Any, list[list[Any]]] = {}  # (flow, band, no MitID) → slots
        self._answers: dict[Any, list[list[Any]]] = {}  # (band, Danish, observed, access)
        self.new: dict[str, list[tuple[object, ...]]] = {"step_template": [], "answer_template": []}

    def take_new(self) -> dict[str, list[tuple[object, ...]]]:
        new, self.new = self.new, {"step_template": [], "answer_template": []}
        return new

    def run(self, flow_id: str, skill: float, no_mitid: bool = False) -> RunShape:
        return self.run_in_band(flow_id, band(skill), no_mitid)

    def run_in_band(self, flow_id: str, number: int, no_mitid: bool) -> RunShape:
        """``run`` for a skill already banded (a visit's runs share its band)."""
        slot = self._slot(self._runs, (flow_id, number, no_mitid))
        shape = slot[0]
        if shape is None:
            shape = slot[0] = self._make_run(flow_id, band_skill(number), no_mitid)
        return shape  # type: ignore[return-value]

    def answers(self, skill: float, language: str, observed: bool, access: str) -> AnswerShape:
        number, danish = band(skill), language == "da"
        slot = self._slot(self._answers, (number, danish, observed, access))
        shape = slot[0]
        if shape is None:
            shape = slot[0] = self._make_answers(band_skill(number), danish, observed, access)
        return shape  # type: ignore[return-value]

    def _slot(self, banks: dict[Any, list[list[Any]]], key: object) -> list[Any]:
        """One of the key's ``SHAPES`` slots, drawn (a one-item list: empty until made)."""
        bank = banks.get(key)
        if bank is None:
            bank = banks[key] = [[None] for _ in range(SHAPES)]
        return bank[int(self.rng.random() * SHAPES)]

    def _make_run(self, flow_id: str, skill: float, no_mitid: bool) -> RunShape:
        """One run's steps as the window records them (the demo's rules since g1).

        Without a working MitID (g11) a run that needs one stops at its first MitID
        step with ``no_mitid``, or a proxy does the MitID steps as staff with that basis
        (the MitID guard); a MitID errand is the citizen's own (it gets them one)."""
        rng = self.rng
        random_ = rng.random
        flow = self.catalog[flow_id]
        steps, mitid_steps = flow.steps, flow.mitid_steps
        shape_id = self.new_id("run_shape")
        pace = 1.6 - skill
        guided = skill + (1 - skill) * 0.6
        blocked = no_mitid and bool(mitid_steps) and not flow.gives_mitid
        first = min(mitid_steps) if blocked else -1
        stop_at, proxy = None, None
        if random_() < 0.06:
            # a MitID that fails today shows at the MitID step; other obstacles anywhere
            stop_at = (
                min(mitid_steps) if mitid_steps and random_() < 0.4 else rng.randrange(len(steps))
            )
        if blocked:
            if random_() < PROXY_SHARE:
                proxy = rng.choices(PROXY_BASES, cum_weights=PROXY_CUM)[0]
            elif stop_at is None or stop_at > first:
                stop_at = first
        status, current, ended, found = _COMPLETED, len(steps), None, None
        counts = [0, 0, 0]
        marked, clock, template = False, 0, self.new["step_template"]
        for index, step_id in enumerate(steps):
            clock += int((40 + 140 * random_()) * pace)
            actor: str | None = None
            obstacle, basis = None, None
            if index == stop_at:
                if index == first or (index in mitid_steps and not no_mitid and random_() < 0.6):
                    obstacle = NO_MITID_OBSTACLE
                else:
                    obstacle = rng.choices(_OBSTACLES, cum_weights=_OBSTACLE_CUM)[0]
                found, current = obstacle, index
                if random_() < 0.4:
                    status = _PAUSED
                else:
                    status, ended = _ENDED, clock
            elif proxy is not None and index in mitid_steps:
                actor, basis, marked = _STAFF, proxy, True  # the proxy's MitID, not the citizen's
                counts[2] += 1
            elif random_() < 0.02:
                actor, marked = "skipped", True
            else:
                v = random_()
                who = 0 if v < skill else 1 if v < guided else 2
                actor, marked = _DONE_BY[who], True
                counts[who] += 1
                # staff may do a MitID/payment step only with a basis (issue 15)
                if who == 2 and index in flow.personal_steps:
                    basis = "citizen_typed"
            template.append((shape_id, index, step_id, actor, obstacle, basis, clock))
            if obstacle:
                break
        if status == _COMPLETED:
            ended = clock
        marks = (counts[0], counts[1], counts[2])
        return RunShape(shape_id, index + 1, status, current, ended, clock, found, marks, marked)

    def _make_answers(self, skill: float, danish: bool, observed: bool, access: str) -> AnswerShape:
        model = self.assessment
        shape_id = self.new_id("answer_shape")
        values = model.answers(self.rng, skill, "da" if danish else "other", observed, access)
        template, k = self.new["answer_template"], 0
        for index, (item_id, value) in enumerate(zip(model.item_ids, values, strict=True)):
            if value is None:
                continue
            is_int = isinstance(value, int)
            template.append(
                (shape_id, k, item_id, value if is_int else None, None if is_int else value,
                 15 * index)
            )  # fmt: skip
            k += 1
        return AnswerShape(shape_id, values, k, model.result(values))
