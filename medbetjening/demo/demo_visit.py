"""The rows of one synthetic visit: assessment, flow runs with step marks, outcome, follow-up.

A citizen has a hidden *skill* (0..1). It decides the answers of the assessment, who does
each step (the citizen alone, guided, or the staff member) and grows a little with every
visit, so returning citizens become more self-sufficient over time.

Everything stored is what the real services would store: flow and step ids and titles
of the real flow library, answers to the real instrument scored by the real scoring
(``domain.assessment.score``, cached per distinct answer pattern), outcome values from
``domain.self_sufficiency`` and audit action names as the services write them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import accumulate

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.demo_assessment import AssessmentModel
from medbetjening.domain.assessment import (
    Instrument,
)
from medbetjening.domain.contact import contact_type_of
from medbetjening.domain.roles import Action
from medbetjening.domain.self_sufficiency import (
    FollowUpResult,
    citizen_share,
    derive_autonomy,
    suggest_completion,
    suggest_reason,
)
from medbetjening.domain.vocabulary import Autonomy, Completion, FlowRunStatus, SiteKind
from medbetjening.services.tracking import HISTORY_READ, TASK_STATUS_READ

AUDIT_LOOKUP_CPR = "citizen.lookup_cpr"  # services/citizens.py: find
AUDIT_CREATE_CITIZEN = "citizen.create"  # services/citizens.py: create
AUDIT_OVERRIDE = "assessment.override"  # services/assessment.py: override_level
AUDIT_EXPORT = Action.EXPORT_VISITS.value
OVERRIDE_REASON = "Vurderet ud fra det, borgeren viste ved skranken."

Rows = dict[str, list[dict]]


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


class VisitBuilder:
    def __init__(
        self,
        rng: random.Random,
        now: dt.datetime,
        flow_catalog: Mapping[str, cat.DemoFlow],
        instrument: Instrument,
        new_id: Callable[[str], int],
    ) -> None:
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.catalog = {flow_id: flow for flow_id, flow in flow_catalog.items() if flow.steps}
        self.flow_ids = list(self.catalog)
        self.cum_weights = cum_flow_weights(self.flow_ids)
        self.assessment = AssessmentModel(instrument)
        self.new_id = new_id

    def build(
        self,
        rows: Rows,
        *,
        site_id: int,
        site_kind: SiteKind,
        desk_id: int | None,
        staff_id: int,
        role: str,
        contact_type: str,
        start: dt.datetime,
        citizen_id: int | None,
        state: CitizenState | None,
        returning: bool,
        forced_open: bool,
        follow_up_staff: list[int],
    ) -> None:
        rng = self.rng
        visit_id = self.new_id("visit")
        skill = state.skill if state else min(0.95, max(0.02, rng.gauss(0.45, 0.2)))
        clock = start + dt.timedelta(minutes=1)
        if returning and state is not None:
            self._history_read(rows, start, staff_id, site_id, role, citizen_id, state)

        if state is not None:
            p_assess = 0.25 if returning else 0.75
        else:
            p_assess = 0.05 if contact_type == "information" else 0.15
        if rng.random() < p_assess:
            language = state.language if state else "da"
            clock = self._assessment(
                rows, visit_id, clock, skill, contact_type, language, staff_id, site_id
            )

        flow_rows, step_rows, obstacles, clock = self._flows(
            visit_id, clock, skill, contact_type, state if returning else None, start.month
        )
        end = clock + dt.timedelta(minutes=rng.randint(1, 4))
        is_open = (
            forced_open
            or (start.date() == self.today and end > self.now)
            or (start.date() != self.today and rng.random() < 0.0003)  # forgotten, never closed
        )
        if is_open:
            if flow_rows:
                self._still_running(flow_rows[-1], step_rows)
        else:
            for run in flow_rows:  # closing a visit ends the runs still active or paused
                if run["status"] in (FlowRunStatus.ACTIVE.value, FlowRunStatus.PAUSED.value):
                    run.update(status=FlowRunStatus.ENDED.value, ended_at=end)
        rows["flow_run"].extend(flow_rows)
        rows["step_record"].extend(step_rows)
        channel = self._channel(site_kind)
        # As the window records it: the type of the flows run (none: information).
        contact_type = contact_type_of(
            self.catalog[run["flow_id"]].contact_type for run in flow_rows
        ).value
        rows["visit"].append(
            {
                "id": visit_id,
                "site_id": site_id,
                "desk_id": desk_id if channel in ("counter", "library") else None,
                "staff_id": staff_id,
                "citizen_id": citizen_id,
                "channel": channel,
                "contact_type": contact_type,
                "status": "open" if is_open else "closed",
                "started_at": start,
                "ended_at": None if is_open else end,
                "duration_minutes": None if is_open else max(1, (end - start).seconds // 60),
                "version": 1,
            }
        )
        if not is_open:
            completion, autonomy = self._outcome(
                rows, visit_id, end, skill, role, step_rows, obstacles, flow_rows
            )
            if state is not None and state.consent:
                self._follow_up(
                    rows,
                    visit_id,
                    citizen_id,
                    site_id,
                    end,
                    completion,
                    autonomy,
                    skill,
                    follow_up_staff,
                )
        if state is not None:
            state.skill = min(0.97, skill + (1 - skill) * rng.uniform(0.04, 0.18))
            if flow_rows:
                state.last_flow = flow_rows[0]["flow_id"]

    # -- parts of a visit ------------------------------------------------------------------
    def audit(self, rows: Rows, at: dt.datetime, staff_id: int, site_id: int, action: str,
               target_type: str, target_id: int | None, detail: str | None = None) -> None:  # fmt: skip
        rows["audit_event"].append(
            {
                "id": self.new_id("audit_event"),
                "at": at,
                "staff_id": staff_id,
                "site_id": site_id,
                "action": action,
                "target_type": target_type,
                "target_id": target_id,
                "detail": detail,
            }
        )

    def _history_read(self, rows, start, staff_id, site_id, role, citizen_id, state) -> None:  # type: ignore[no-untyped-def]
        """A returning citizen is looked up and their history (or task status) opened."""
        if role == "ambassador":
            self.audit(rows, start + dt.timedelta(seconds=40), staff_id, site_id,
                        TASK_STATUS_READ, "citizen", citizen_id)  # fmt: skip
            return
        if state.kind == "cpr":
            self.audit(rows, start + dt.timedelta(seconds=25), staff_id, site_id,
                        AUDIT_LOOKUP_CPR, "citizen", citizen_id, "fundet")  # fmt: skip
        self.audit(rows, start + dt.timedelta(seconds=40), staff_id, site_id,
                    HISTORY_READ, "citizen", citizen_id)  # fmt: skip

    def _channel(self, site_kind: SiteKind) -> str:
        r = self.rng.random()
        if site_kind == SiteKind.LIBRARY:
            return "library" if r < 0.93 else "phone" if r < 0.97 else "outreach"
        return (
            "counter" if r < 0.85 else "phone" if r < 0.93 else "video" if r < 0.97 else "outreach"
        )

    def _assessment(
        self,
        rows: Rows,
        visit_id: int,
        clock: dt.datetime,
        skill: float,
        contact_type: str,
        language: str,
        staff_id: int,
        site_id: int,
    ) -> dt.datetime:
        rng = self.rng
        model = self.assessment
        assessment_id = self.new_id("assessment_result")
        values = model.answers(rng, skill, language, observed=contact_type != "information")
        answers = rows["assessment_answer"]
        for index, (item, value) in enumerate(zip(model.items, values, strict=True)):
            if value is None:
                continue
            answers.append(
                {
                    "id": self.new_id("assessment_answer"),
                    "assessment_id": assessment_id,
                    "item_id": item.id,
                    "score": value if isinstance(value, int) else None,
                    "choice": value if isinstance(value, str) else None,
                    "answered_at": clock + dt.timedelta(seconds=15 * index),
                }
            )
        result = model.result(values)
        final = result.started and result.final  # blank observed items: not settled, no level
        computed = result.level if final else None
        level, override_reason, shown = computed, None, result
        updated = clock + dt.timedelta(minutes=3)
        if computed is not None and rng.random() < 0.05:  # the staff member judged otherwise
            candidates = [lv for lv in model.levels if abs(lv - computed) == 1]
            level = rng.choice(candidates) if candidates else computed
            if level != computed:
                override_reason = OVERRIDE_REASON
                shown = model.result(values, override=level)
                self.audit(rows, updated, staff_id, site_id, AUDIT_OVERRIDE, "visit", visit_id,
                            f"niveau {computed} → {level}")  # fmt: skip
        rows["assessment_result"].append(
            {
                "id": assessment_id,
                "visit_id": visit_id,
                "instrument_id": model.instrument.id,
                "instrument_version": model.instrument.version,
                "computed_level": computed,
                "level": level,
                "level_final": final,
                "level_low": result.level if result.started else None,
                "level_high": result.level_max if result.started else None,
                "override_reason": override_reason,
                "digitally_challenged": shown.digitally_challenged,
                "route": shown.route if result.started or override_reason else None,
                "barriers": ",".join(shown.barriers),
                "updated_at": updated,
            }
        )
        return updated

    def _choose_flows(self, contact_type: str, returning: CitizenState | None, month: int):  # type: ignore[no-untyped-def]
        rng = self.rng
        if contact_type == "information" or not self.flow_ids:
            return []
        wanted = min(len(self.flow_ids), 2 if rng.random() < 0.12 else 1)
        chosen: list[str] = []
        if returning is not None and returning.last_flow in self.catalog and rng.random() < 0.5:
            chosen.append(returning.last_flow)  # practising the same errand again
        while len(chosen) < wanted:
            flow_id = rng.choices(self.flow_ids, cum_weights=self.cum_weights[month - 1])[0]
            if flow_id not in chosen:
                chosen.append(flow_id)
        return chosen

    def _flows(self, visit_id, clock, skill, contact_type, returning, month):  # type: ignore[no-untyped-def]
        rng = self.rng
        flow_rows: list[dict] = []
        step_rows: list[dict] = []
        obstacles: list[str] = []
        pace = 1.6 - skill
        for flow_id in self._choose_flows(contact_type, returning, month):
            flow = self.catalog[flow_id]
            steps = flow.steps
            run_id = self.new_id("flow_run")
            run_start = clock
            p_obstacle = 0.06 + (0.12 if flow.mitid_steps and skill < 0.25 else 0)
            stop_at = None
            if rng.random() < p_obstacle:
                # a missing MitID shows at the MitID step; other obstacles anywhere
                stop_at = (
                    min(flow.mitid_steps)
                    if flow.mitid_steps and rng.random() < 0.4
                    else rng.randrange(len(steps))
                )
            status, current, ended_at = FlowRunStatus.COMPLETED.value, len(steps), None
            for index, step_id in enumerate(steps):
                clock += dt.timedelta(seconds=int(rng.uniform(40, 180) * pace))
                actor: str | None
                obstacle = None
                if index == stop_at:
                    actor = None
                    if index in flow.mitid_steps and rng.random() < 0.6:
                        obstacle = "no_mitid"
                    else:
                        obstacle = rng.choices(
                            ("missing_document", "system_down", "other"),
                            cum_weights=(0.55, 0.75, 1.0),
                        )[0]
                    obstacles.append(obstacle)
                    current = index
                    if rng.random() < 0.4:
                        status = FlowRunStatus.PAUSED.value
                    else:
                        status, ended_at = FlowRunStatus.ENDED.value, clock
                else:
                    u = rng.random()
                    if u < 0.02:
                        actor = "skipped"
                    else:
                        v = rng.random()
                        actor = (
                            "citizen_alone"
                            if v < skill
                            else "citizen_guided"
                            if v < skill + (1 - skill) * 0.6
                            else "staff"
                        )
                step_rows.append(
                    {
                        "id": self.new_id("step_record"),
                        "flow_run_id": run_id,
                        "step_index": index,
                        "step_id": step_id,
                        "actor": actor,
                        "obstacle": obstacle,
                        "obstacle_note": None,
                        "recorded_at": clock,
                        # staff may do a MitID/payment step only with a basis (issue 15)
                        "staff_basis": "citizen_typed"
                        if actor == "staff" and index in flow.personal_steps
                        else None,
                    }
                )
                if obstacle:
                    break
            if status == FlowRunStatus.COMPLETED.value:
                ended_at = clock
            flow_rows.append(
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
        return flow_rows, step_rows, obstacles, clock

    def _still_running(self, run: dict, step_rows: list[dict]) -> None:
        """An open visit: its last flow is active, only its first steps are marked."""
        own = [row for row in step_rows if row["flow_run_id"] == run["id"]]
        # at least one step left: the window finishes a run when its last step is marked
        keep = self.rng.randrange(max(len(own), 1))
        for row in own[keep:]:
            step_rows.remove(row)
        run.update(status=FlowRunStatus.ACTIVE.value, current_step=keep, ended_at=None)

    def _outcome(self, rows, visit_id, end, skill, role, step_rows, obstacles, flow_rows):  # type: ignore[no-untyped-def]
        """The outcome the close dialog would store: its suggestions, sometimes changed."""
        rng = self.rng
        marks = [row["actor"] for row in step_rows]  # in the order they were recorded
        completion = suggest_completion(
            [run["status"] for run in flow_rows], any(mark is not None for mark in marks)
        )
        reason = None
        if completion != Completion.COMPLETED:
            suggested = suggest_reason(obstacles)
            if suggested is not None:
                reason = suggested.value
            else:
                reasons = cat.FALLBACK_REASONS
                reason = rng.choices([r for r, _ in reasons], [w for _, w in reasons])[0]
        derived = derive_autonomy(marks)
        levels = (Autonomy.WITH_GUIDANCE, Autonomy.AUTONOMOUS_WITH_HELP, Autonomy.AUTONOMOUS)
        if derived is None:  # no step marks (an information visit): the staff member judges
            autonomy = levels[0 if skill < 0.45 else 1 if skill < 0.75 else 2]
        else:
            autonomy = derived
            if rng.random() < 0.06:  # the staff member judged differently
                autonomy = levels[min(2, max(0, levels.index(derived) + rng.choice((-1, 1))))]
        referral = rng.choice(cat.REFERRALS) if skill < 0.3 and rng.random() < 0.3 else None
        note = rng.choice(cat.NOTES) if role != "ambassador" and rng.random() < 0.03 else None
        rows["outcome"].append(
            {
                "id": self.new_id("outcome"),
                "visit_id": visit_id,
                "completion": completion.value,
                "reason": reason,
                "autonomy": autonomy.value,
                "derived_autonomy": derived.value if derived is not None else None,
                "referral": referral,
                "note": note,
                "citizen_share": citizen_share(marks),
                "created_at": end,
            }
        )
        return completion, autonomy

    def _follow_up(
        self, rows, visit_id, citizen_id, site_id, end, completion, autonomy, skill, staff
    ):  # type: ignore[no-untyped-def]
        rng = self.rng
        if (
            completion == Completion.COMPLETED and autonomy == Autonomy.AUTONOMOUS
        ) or rng.random() >= 0.35:
            return
        due = end.date() + dt.timedelta(days=rng.randint(7, 21))
        status, result, done_at, done_by = "due", None, None, None
        if due < self.today:
            # the list is worked through: only the last two weeks may still have open ones
            r = rng.random() * (0.9 if (self.today - due).days > 14 else 1.0)
            if r < 0.85:
                status = "done"
                if rng.random() < 0.15:
                    result = FollowUpResult.NOT_REACHED.value
                elif rng.random() < skill + 0.15:
                    result = FollowUpResult.MANAGED_ALONE.value
                else:
                    result = FollowUpResult.NEEDED_HELP.value
                done_at = dt.datetime.combine(due, dt.time(11)) + dt.timedelta(
                    minutes=rng.randint(0, 240)
                )
                done_by = rng.choice(staff)
            elif r < 0.9:
                status = "cancelled"
        rows["follow_up"].append(
            {
                "id": self.new_id("follow_up"),
                "visit_id": visit_id,
                "citizen_id": citizen_id,
                "site_id": site_id,
                "due_date": due,
                "kind": rng.choices(
                    ("call", "check_alone", "appointment"), cum_weights=(0.6, 0.9, 1.0)
                )[0],
                "status": status,
                "result": result,
                "done_at": done_at,
                "done_by": done_by,
            }
        )
