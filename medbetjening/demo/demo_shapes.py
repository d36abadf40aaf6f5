"""Demo data: the shapes a flow run's steps and an assessment's answers take, made once.

Drawing every step and every answer anew was most of the generator's Python work (≈ 10
of a visit's ≈ 15 rows are step records and answers) and binding them most of the
rest. So a stream keeps, per flow and skill band (per skill band, language and
observation for answers), a bank of ``SHAPES`` shapes, each drawn once from the
stream's own generator when first picked, with exactly the old per-visit rules at the
band's middle skill. A visit picks one shape per run (one per assessment) and stores
it as a *compact* row; the step records and answers are the shape's template rows with
the run's ids and times (``shape_expand``: in SQL on a worker, in Python otherwise).
Every shape is a sequence the window itself can record (the same rules as before), and
the banks are bounded (≤ 26 flows × 20 bands × 64 shapes), never cleared: ten million
visits use the same shapes, and the rows depend on the seed alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_assessment import AssessmentModel
from medbetjening.domain.assessment import Answer, Result
from medbetjening.domain.vocabulary import FlowRunStatus, StepActor

SKILL_BANDS = 20
SHAPES = 64  # shapes per bank: the variety a skill band's runs (answers) show

DONE_BY = (StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED, StepActor.STAFF)
_DONE_BY = tuple(actor.value for actor in DONE_BY)
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
        self._runs: dict[Any, list[list[Any]]] = {}  # (flow, band) → slots
        self._answers: dict[Any, list[list[Any]]] = {}  # (band, Danish, observed) → slots
        self.new: dict[str, list[tuple[object, ...]]] = {"step_template": [], "answer_template": []}

    def take_new(self) -> dict[str, list[tuple[object, ...]]]:
        new, self.new = self.new, {"step_template": [], "answer_template": []}
        return new

    def run(self, flow_id: str, skill: float) -> RunShape:
        return self.run_in_band(flow_id, band(skill))

    def run_in_band(self, flow_id: str, number: int) -> RunShape:
        """``run`` for a skill already banded (a visit's runs share its band)."""
        slot = self._slot(self._runs, (flow_id, number))
        shape = slot[0]
        if shape is None:
            shape = slot[0] = self._make_run(flow_id, band_skill(number))
        return shape  # type: ignore[return-value]

    def answers(self, skill: float, language: str, observed: bool) -> AnswerShape:
        number, danish = band(skill), language == "da"
        slot = self._slot(self._answers, (number, danish, observed))
        shape = slot[0]
        if shape is None:
            shape = slot[0] = self._make_answers(band_skill(number), danish, observed)
        return shape  # type: ignore[return-value]

    def _slot(self, banks: dict[Any, list[list[Any]]], key: object) -> list[Any]:
        """One of the key's ``SHAPES`` slots, drawn (a one-item list: empty until made)."""
        bank = banks.get(key)
        if bank is None:
            bank = banks[key] = [[None] for _ in range(SHAPES)]
        return bank[int(self.rng.random() * SHAPES)]

    def _make_run(self, flow_id: str, skill: float) -> RunShape:
        """One run's steps as the window records them (the demo's rules since g1)."""
        rng = self.rng
        random_ = rng.random
        flow = self.catalog[flow_id]
        steps, mitid_steps = flow.steps, flow.mitid_steps
        shape_id = self.new_id("run_shape")
        pace = 1.6 - skill
        guided = skill + (1 - skill) * 0.6
        stop_at = None
        if random_() < 0.06 + (0.12 if mitid_steps and skill < 0.25 else 0):
            # a missing MitID shows at the MitID step; other obstacles anywhere
            stop_at = (
                min(mitid_steps) if mitid_steps and random_() < 0.4 else rng.randrange(len(steps))
            )
        status, current, ended, found = _COMPLETED, len(steps), None, None
        counts = [0, 0, 0]
        marked, clock, template = False, 0, self.new["step_template"]
        for index, step_id in enumerate(steps):
            clock += int((40 + 140 * random_()) * pace)
            actor: str | None = None
            obstacle = None
            if index == stop_at:
                if index in mitid_steps and random_() < 0.6:
                    obstacle = "no_mitid"
                else:
                    obstacle = rng.choices(_OBSTACLES, cum_weights=_OBSTACLE_CUM)[0]
                found, current = obstacle, index
                if random_() < 0.4:
                    status = _PAUSED
                else:
                    status, ended = _ENDED, clock
            elif random_() < 0.02:
                actor, marked = "skipped", True
            else:
                v = random_()
                who = 0 if v < skill else 1 if v < guided else 2
                actor, marked = _DONE_BY[who], True
                counts[who] += 1
            # staff may do a MitID/payment step only with a basis (issue 15)
            basis = "citizen_typed" if actor == "staff" and index in flow.personal_steps else None
            template.append((shape_id, index, step_id, actor, obstacle, basis, clock))
            if obstacle:
                break
        if status == _COMPLETED:
            ended = clock
        marks = (counts[0], counts[1], counts[2])
        return RunShape(shape_id, index + 1, status, current, ended, clock, found, marks, marked)

    def _make_answers(self, skill: float, danish: bool, observed: bool) -> AnswerShape:
        model = self.assessment
        shape_id = self.new_id("answer_shape")
        values = model.answers(self.rng, skill, "da" if danish else "other", observed)
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
