"""The rows of one synthetic visit: assessment, flow runs with step marks, outcome, follow-up.

A citizen has a hidden *skill* (0..1). It decides the answers of the assessment, who does
each step (the citizen alone, guided, or the staff member) and grows a little with every
visit, so returning citizens become more self-sufficient over time.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services import demo_catalog as cat

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


def _clamp_score(value: float) -> int:
    return 0 if value < 0.5 else 3 if value >= 2.5 else round(value)


def assessment_level(scores: dict[str, int], device: str, mitid: str) -> int:
    """The level rules of shared/domain/assessment.md (highest rule met wins)."""
    core = [
        scores.get(item, 0)
        for item in (
            "equipped_for_internet",
            "install_app",
            "logs_in_mitid",
            "finds_service",
            "fills_in_form",
            "reads_digital_post",
            "safety",
            "when_stuck",
        )
    ]
    if device == "none" or mitid == "none":
        return 0
    middle = [
        scores.get(i, 0)
        for i in ("logs_in_mitid", "finds_service", "fills_in_form", "reads_digital_post", "safety")
    ]
    if all(s >= 2 for s in core) and sum(s == 3 for s in core) >= 3:
        return 3
    if all(s >= 2 for s in middle):
        return 2
    if scores.get("logs_in_mitid", 0) >= 1 and sum(s >= 1 for s in core) >= 4:
        return 1
    return 0


class VisitBuilder:
    def __init__(
        self,
        rng: random.Random,
        now: dt.datetime,
        flow_catalog: dict[str, list[str]],
        new_id: Callable[[str], int],
    ) -> None:
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.catalog = {flow_id: list(steps) for flow_id, steps in flow_catalog.items() if steps}
        self.flow_ids = list(self.catalog)
        self.cum_weights = cum_flow_weights(self.flow_ids)
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

        if state is not None:
            p_assess = 0.25 if returning else 0.75
        else:
            p_assess = 0.05 if contact_type == "information" else 0.15
        if rng.random() < p_assess:
            clock = self._assessment(rows, visit_id, clock, skill, contact_type, state)

        flow_rows, step_rows, tally, obstacles, clock = self._flows(
            visit_id, clock, skill, contact_type, state if returning else None, start.month
        )
        end = clock + dt.timedelta(minutes=rng.randint(1, 4))
        is_open = (
            forced_open
            or (start.date() == self.today and end > self.now)
            or (start.date() != self.today and rng.random() < 0.0003)  # forgotten, never closed
        )
        if is_open and flow_rows:
            self._still_running(flow_rows[-1], step_rows)
        rows["flow_run"].extend(flow_rows)
        rows["step_record"].extend(step_rows)
        channel = self._channel(site_kind)
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
        if returning and state is not None and state.kind == "cpr" and role != "ambassador":
            rows["audit_event"].append(
                {
                    "id": self.new_id("audit_event"),
                    "at": start + dt.timedelta(seconds=40),
                    "staff_id": staff_id,
                    "site_id": site_id,
                    "action": cat.AUDIT_HISTORY_READ,
                    "target_type": "citizen",
                    "target_id": citizen_id,
                    "detail": None,
                }
            )
        if not is_open:
            completion, autonomy = self._outcome(
                rows, visit_id, end, skill, role, tally, obstacles, flow_rows
            )
            if state is not None and state.consent:
                self._follow_up(
                    rows, visit_id, citizen_id, site_id, end, completion, autonomy, follow_up_staff
                )
        if state is not None:
            state.skill = min(0.97, skill + (1 - skill) * rng.uniform(0.04, 0.18))
            if flow_rows:
                state.last_flow = flow_rows[0]["flow_id"]

    # -- parts of a visit ------------------------------------------------------------------
    def _channel(self, site_kind: SiteKind) -> str:
        r = self.rng.random()
        if site_kind == SiteKind.LIBRARY:
            return "library" if r < 0.95 else "phone"
        return "counter" if r < 0.85 else "phone" if r < 0.95 else "video"

    def _assessment(
        self,
        rows: Rows,
        visit_id: int,
        clock: dt.datetime,
        skill: float,
        contact_type: str,
        state: CitizenState | None,
    ) -> dt.datetime:
        rng = self.rng
        assessment_id = self.new_id("assessment_result")
        device = (
            "none"
            if skill < 0.15 and rng.random() < 0.4
            else rng.choices(cat.DEVICE_CHOICES[:3], cum_weights=(0.7, 0.85, 1.0))[0]
        )
        mitid = (
            "none"
            if skill < 0.2 and rng.random() < 0.3
            else rng.choices(cat.MITID_CHOICES[:4], cum_weights=(0.75, 0.9, 0.93, 1.0))[0]
        )
        scores: dict[str, int] = {}
        answers = rows["assessment_answer"]
        for index, (item_id, kind) in enumerate(cat.ASSESSMENT_ITEMS):
            score: int | None = None
            choice: str | None = None
            if kind in ("scored", "observed"):
                if kind == "observed" and contact_type == "information":
                    continue  # nothing done at the keyboard to observe
                score = _clamp_score(skill * 3 + rng.gauss(0, 0.6))
                scores[item_id] = score
            elif item_id == "device":
                choice = device
            elif item_id == "mitid_means":
                choice = mitid
            elif item_id == "motivation":
                choice = rng.choices(("yes", "unsure", "no"), cum_weights=(0.7, 0.9, 1.0))[0]
            else:
                choice = "yes" if rng.random() < 0.55 else "no"
            answers.append(
                {
                    "id": self.new_id("assessment_answer"),
                    "assessment_id": assessment_id,
                    "item_id": item_id,
                    "score": score,
                    "choice": choice,
                    "answered_at": clock + dt.timedelta(seconds=15 * index),
                }
            )
        computed = assessment_level(scores, device, mitid)
        level = computed
        override = None
        if rng.random() < 0.05:
            level = max(0, min(3, computed + rng.choice((-1, 1))))
            override = None if level == computed else "Vurderet ud fra det, borgeren viste."
        barriers = []
        if device == "none":
            barriers.append("device")
        if level <= 1:
            barriers.append("digital_skills")
        if scores.get("fills_in_form", 3) <= 1:
            barriers.append("admin_skills")
        if state is not None and state.language != "da":
            barriers.append("written_danish")
        updated = clock + dt.timedelta(minutes=3)
        rows["assessment_result"].append(
            {
                "id": assessment_id,
                "visit_id": visit_id,
                "instrument_id": cat.ASSESSMENT_INSTRUMENT[0],
                "instrument_version": cat.ASSESSMENT_INSTRUMENT[1],
                "computed_level": computed,
                "level": level,
                "override_reason": override,
                "digitally_challenged": scores.get("equipped_for_internet", 3) <= 1
                or scores.get("install_app", 3) == 0,
                "route": cat.ROUTES[level],
                "barriers": ",".join(barriers),
                "updated_at": updated,
            }
        )
        return updated

    def _choose_flows(self, contact_type: str, returning: CitizenState | None, month: int):  # type: ignore[no-untyped-def]
        rng = self.rng
        if contact_type == "information" or not self.flow_ids:
            return []
        wanted = 2 if rng.random() < 0.12 else 1
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
        tally = {"citizen_alone": 0, "citizen_guided": 0, "staff": 0, "skipped": 0}
        obstacles: list[str] = []
        pace = 1.6 - skill
        for flow_id in self._choose_flows(contact_type, returning, month):
            steps = self.catalog[flow_id]
            run_id = self.new_id("flow_run")
            run_start = clock
            p_obstacle = 0.06 + (0.12 if flow_id.startswith("mitid") and skill < 0.25 else 0)
            stop_at = rng.randrange(len(steps)) if rng.random() < p_obstacle else None
            status, current = "completed", len(steps)
            for index, step_id in enumerate(steps):
                clock += dt.timedelta(seconds=int(rng.uniform(40, 180) * pace))
                actor: str | None
                obstacle = None
                if index == stop_at:
                    actor = None
                    obstacle = rng.choices(
                        ("no_mitid", "missing_document", "system_down", "other"),
                        cum_weights=(0.25, 0.6, 0.75, 1.0),
                    )[0]
                    obstacles.append(obstacle)
                    status, current = ("paused" if rng.random() < 0.4 else "ended"), index
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
                    tally[actor] += 1
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
                    }
                )
                if obstacle:
                    break
            flow_rows.append(
                {
                    "id": run_id,
                    "visit_id": visit_id,
                    "flow_id": flow_id,
                    "flow_title": cat.FLOW_TITLES.get(flow_id, flow_id),
                    "status": status,
                    "current_step": current,
                    "started_at": run_start,
                    "ended_at": clock,
                }
            )
        return flow_rows, step_rows, tally, obstacles, clock

    def _still_running(self, run: dict, step_rows: list[dict]) -> None:
        """An open visit: its last flow is active, only its first steps are marked."""
        own = [row for row in step_rows if row["flow_run_id"] == run["id"]]
        keep = self.rng.randrange(len(own) + 1)
        for row in own[keep:]:
            step_rows.remove(row)
        run.update(status="active", current_step=keep, ended_at=None)

    def _outcome(self, rows, visit_id, end, skill, role, tally, obstacles, flow_rows):  # type: ignore[no-untyped-def]
        rng = self.rng
        done = sum(1 for run in flow_rows if run["status"] == "completed")
        if not flow_rows or done == len(flow_rows):
            completion, reason = "completed", None
        else:
            completion = "partly" if done else "not_completed"
            reason = cat.OBSTACLE_REASON[obstacles[0]] if obstacles else "out_of_time"
        marked = tally["citizen_alone"] + tally["citizen_guided"] + tally["staff"]
        if marked:
            share = (tally["citizen_alone"] + tally["citizen_guided"]) / marked
            alone = tally["citizen_alone"] / marked
        else:
            share, alone = None, skill
        if alone >= 0.75:
            derived = "autonomous"
        elif (share if share is not None else skill) >= 0.6:
            derived = "autonomous_with_help"
        else:
            derived = "with_guidance"
        autonomy = derived
        if rng.random() < 0.06:  # the staff member judged differently
            levels = ("with_guidance", "autonomous_with_help", "autonomous")
            autonomy = levels[min(2, max(0, levels.index(derived) + rng.choice((-1, 1))))]
        referral = rng.choice(cat.REFERRALS) if skill < 0.3 and rng.random() < 0.3 else None
        note = rng.choice(cat.NOTES) if role != "ambassador" and rng.random() < 0.03 else None
        rows["outcome"].append(
            {
                "id": self.new_id("outcome"),
                "visit_id": visit_id,
                "completion": completion,
                "reason": reason,
                "autonomy": autonomy,
                "derived_autonomy": derived if marked else None,
                "referral": referral,
                "note": note,
                "citizen_share": None if share is None else round(share, 3),
                "created_at": end,
            }
        )
        return completion, autonomy

    def _follow_up(self, rows, visit_id, citizen_id, site_id, end, completion, autonomy, staff):  # type: ignore[no-untyped-def]
        rng = self.rng
        if (completion == "completed" and autonomy == "autonomous") or rng.random() >= 0.35:
            return
        due = end.date() + dt.timedelta(days=rng.randint(7, 21))
        status, result, done_at, done_by = "due", None, None, None
        if due < self.today:
            r = rng.random()
            if r < 0.85:
                status = "done"
                result = rng.choice(cat.FOLLOW_UP_RESULTS)
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
