"""The rows of one synthetic visit: the visit, its assessment, outcome and follow-up
(its flow runs: ``demo_flow_runs``). Rows are tuples in ``bulk_insert.COLUMNS`` order.

A citizen has a hidden *skill* (0..1). It decides the answers of the assessment, who does
each step (the citizen alone, guided, or the staff member) and grows a little with every
visit, so returning citizens become more self-sufficient over time.

Everything stored is what the real services would store: flow and step ids and titles
of the real flow library, answers to the real instrument scored by the real scoring
(``domain.assessment.score``, cached per distinct answer pattern), outcome values from
``domain.self_sufficiency`` and audit action names as the services write them.
A visit's times are seconds after its day's midnight, written by ``demo_clock.DayStamps``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.bulk_insert import Rows, ts
from medbetjening.demo.demo_access import HAS, draw_access, got_mitid
from medbetjening.demo.demo_assessment import AssessmentModel
from medbetjening.demo.demo_clock import DAY_SECONDS, DayStamps
from medbetjening.demo.demo_draws import Weighted, below
from medbetjening.demo.demo_flow_runs import (
    ENDED,
    STATUS,
    CitizenState,
    FlowRunMaker,
    VisitFlows,
    run_tuple,
)
from medbetjening.demo.demo_shapes import DONE_BY, ShapeBanks
from medbetjening.domain.assessment import Instrument
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
MARK_PATTERNS = 50_000  # step-mark patterns whose outcome is remembered
OVERRIDE_REASON = "Vurderet ud fra det, borgeren viste ved skranken."
_ACTIVE_OR_PAUSED = (FlowRunStatus.ACTIVE.value, FlowRunStatus.PAUSED.value)
_ENDED = FlowRunStatus.ENDED.value
_ALONE, _GUIDED, _STAFF = (actor.value for actor in DONE_BY)
_COMPLETED = Completion.COMPLETED.value
# the autonomy levels in order (an index moves a judgement one level up or down)
_LEVELS = tuple(
    level.value
    for level in (Autonomy.WITH_GUIDANCE, Autonomy.AUTONOMOUS_WITH_HELP, Autonomy.AUTONOMOUS)
)
_AUTONOMOUS = _LEVELS.index(Autonomy.AUTONOMOUS.value)
_FALLBACK_REASONS = Weighted.of(cat.FALLBACK_REASONS)
_FOLLOW_UP_KINDS = Weighted(("call", "check_alone", "appointment"), cum_weights=(0.6, 0.9, 1.0))


class VisitBuilder:
    def __init__(
        self,
        rng: random.Random,
        now: dt.datetime,
        flow_catalog: Mapping[str, cat.DemoFlow],
        instrument: Instrument,
        new_id: Callable[..., int],
    ) -> None:
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.now_second = now.hour * 3600 + now.minute * 60 + now.second
        self.assessment = AssessmentModel(instrument)
        self.shapes = ShapeBanks(rng, flow_catalog, self.assessment, new_id)
        self.flows = FlowRunMaker(rng, flow_catalog, new_id, self.shapes)
        self.catalog = self.flows.catalog
        self.gives_mitid = frozenset(i for i, flow in self.catalog.items() if flow.gives_mitid)
        self.new_id = new_id
        self._by_marks: dict[tuple[int, int, int, bool], tuple[int | None, float | None]] = {}
        self._by_flows: dict[tuple[str, ...], str] = {}
        self._by_runs: dict[tuple[object, ...], tuple[str, str | None]] = {}

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
        stamps: DayStamps,
        start: int,
        citizen_id: int | None,
        state: CitizenState | None,
        returning: bool,
        forced_open: bool,
        follow_up_staff: list[int],
    ) -> None:
        rng = self.rng
        visit_id = self.new_id("visit")
        skill = state.skill if state else min(0.95, max(0.02, rng.gauss(0.45, 0.2)))
        access = state.access if state else draw_access(rng.random, skill)
        clock = start + 60
        if returning and state is not None:
            self._history_read(rows, stamps, start, staff_id, site_id, role, citizen_id, state)

        if state is not None:
            p_assess = 0.25 if returning else 0.75
        else:
            p_assess = 0.05 if contact_type == "information" else 0.15
        if rng.random() < p_assess:
            language = state.language if state else "da"
            clock = self._assessment(
                rows, visit_id, stamps, clock, skill, contact_type, language, access, staff_id,
                site_id,
            )  # fmt: skip

        day = stamps.day
        flows = self.flows.run(
            visit_id, clock, stamps, skill, contact_type, state if returning else None, day.month,
            access != HAS,
        )  # fmt: skip
        flow_rows = flows.runs
        end = flows.clock + 60 * (1 + below(rng.getrandbits, 4))  # ``randint(1, 4)``
        is_open = (
            forced_open
            or (day == self.today and end > self.now_second)
            or (day != self.today and rng.random() < 0.0003)  # forgotten, never closed
        )
        if is_open:
            if flow_rows:
                self.flows.still_running(flows)
        else:
            for run in flow_rows:  # closing a visit ends the runs still active or paused
                if run[STATUS] in _ACTIVE_OR_PAUSED:
                    run[STATUS], run[ENDED] = _ENDED, end
        if flow_rows:
            rows["flow_run"].extend([run_tuple(run, stamps) for run in flow_rows])
        channel = self._channel(site_kind)
        # As the window records it: the type of the flows run (none: information).
        contact_type = self._contact_type(tuple([run[2] for run in flow_rows]))
        rows["visit"].append(
            (
                visit_id, site_id, desk_id if channel in ("counter", "library") else None,
                staff_id, citizen_id, channel, contact_type, "open" if is_open else "closed",
                stamps(start), None if is_open else stamps(end),
                None if is_open else max(1, (end - start) // 60), 1,
            )
        )  # fmt: skip
        if not is_open:
            completion, autonomy = self._outcome(rows, visit_id, stamps(end), skill, role, flows)
            if state is not None and state.consent:
                self._follow_up(
                    rows,
                    visit_id,
                    citizen_id,
                    site_id,
                    day if end < DAY_SECONDS else stamps.at(end).date(),
                    completion,
                    autonomy,
                    skill,
                    follow_up_staff,
                )
        if state is not None:
            # ``rng.uniform(0.04, 0.18)`` as it draws it (one ``random()``)
            state.skill = min(0.97, skill + (1 - skill) * (0.04 + (0.18 - 0.04) * rng.random()))
            if flow_rows:
                state.last_flow = flow_rows[0][2]
                if access != HAS and got_mitid(flow_rows, self.gives_mitid, STATUS):
                    state.access = HAS

    # -- parts of a visit ------------------------------------------------------------------
    def audit(self, rows: Rows, at: str, staff_id: int, site_id: int, action: str,
               target_type: str, target_id: int | None, detail: str | None = None) -> None:  # fmt: skip
        """An audit event; ``at`` is the stored text (``ts`` or ``DayStamps``)."""
        rows["audit_event"].append(
            (self.new_id("audit_event"), at, staff_id, site_id, action, target_type,
             target_id, detail)
        )  # fmt: skip

    def _history_read(
        self, rows, stamps, start, staff_id, site_id, role, citizen_id, state
    ) -> None:  # type: ignore[no-untyped-def]
        """A returning citizen is looked up and their history (or task status) opened."""
        if role == "ambassador":
            self.audit(rows, stamps(start + 40), staff_id, site_id,
                        TASK_STATUS_READ, "citizen", citizen_id)  # fmt: skip
            return
        if state.kind == "cpr":
            self.audit(rows, stamps(start + 25), staff_id, site_id,
                        AUDIT_LOOKUP_CPR, "citizen", citizen_id, "fundet")  # fmt: skip
        self.audit(rows, stamps(start + 40), staff_id, site_id,
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
        stamps: DayStamps,
        clock: int,
        skill: float,
        contact_type: str,
        language: str,
        access: str,
        staff_id: int,
        site_id: int,
    ) -> int:
        rng = self.rng
        model = self.assessment
        assessment_id = self.new_id("assessment_result")
        # the answers: a shape of this skill, language and observation (``demo_shapes``)
        answered = self.shapes.answers(skill, language, contact_type != "information", access)
        values, result = answered.values, answered.result
        first_answer = self.new_id("assessment_answer", answered.answered)
        final = result.started and result.final  # blank observed items: not settled, no level
        computed = result.level if final else None
        level, override_reason, shown = computed, None, result
        updated = clock + 180
        updated_at = stamps(updated)
        if computed is not None and rng.random() < 0.05:  # the staff member judged otherwise
            candidates = [lv for lv in model.levels if abs(lv - computed) == 1]
            level = rng.choice(candidates) if candidates else computed
            if level != computed:
                override_reason = OVERRIDE_REASON
                shown = model.result(values, override=level)
                self.audit(rows, updated_at, staff_id, site_id, AUDIT_OVERRIDE, "visit", visit_id,
                            f"niveau {computed} → {level}")  # fmt: skip
        # the route shown is the route proposed; staff choosing another: ``demo_routes``
        route = shown.route if result.started or override_reason else None
        rows["assessment_result"].append(
            (
                assessment_id, visit_id, model.instrument.id, model.instrument.version,
                computed, level, final,
                result.level if result.started else None,
                result.level_max if result.started else None,
                override_reason, shown.digitally_challenged, route, route, None,
                ",".join(shown.barriers), updated_at,
                answered.id, first_answer, stamps.epoch + clock,  # ``shape_expand.RESULT_EXTRA``
            )
        )  # fmt: skip
        return updated

    def _outcome(self, rows, visit_id, end, skill, role, flows: VisitFlows):  # type: ignore[no-untyped-def]
        """The outcome the close dialog would store: its suggestions, sometimes changed.
        Returns the completion's value and the autonomy's index in ``_LEVELS``."""
        rng = self.rng
        completion, reason = self._suggestions(flows)
        if completion != _COMPLETED and reason is None:
            reason = _FALLBACK_REASONS.pick(rng.random)
        # as the close dialog derives it: never "alone" when the errand was not completed
        derived, share = self._autonomy_and_share(flows.marks, completion == _COMPLETED)
        if derived is None:  # no step marks (an information visit): the staff member judges
            level = 0 if skill < 0.45 else 1 if skill < 0.75 else 2
        else:
            level = derived
            if rng.random() < 0.06:  # the staff member judged differently
                level = min(2, max(0, derived + rng.choice((-1, 1))))
        referral = rng.choice(cat.REFERRALS) if skill < 0.3 and rng.random() < 0.3 else None
        note = rng.choice(cat.NOTES) if role != "ambassador" and rng.random() < 0.03 else None
        rows["outcome"].append(
            (
                self.new_id("outcome"), visit_id, completion, reason, _LEVELS[level],
                None if derived is None else _LEVELS[derived], referral, note, share, end,
            )
        )  # fmt: skip
        return completion, level

    def _suggestions(self, flows: VisitFlows) -> tuple[str, str | None]:
        """``suggest_completion`` and ``suggest_reason`` (its value, when the visit is not
        completed), once per combination of run statuses, marks and obstacles."""
        key = (tuple([run[STATUS] for run in flows.runs]), flows.marked, tuple(flows.obstacles))
        found = self._by_runs.get(key)
        if found is None:
            completion = suggest_completion(key[0], flows.marked)
            suggested = None if completion == Completion.COMPLETED else suggest_reason(key[2])
            found = (completion.value, None if suggested is None else suggested.value)
            if len(self._by_runs) >= MARK_PATTERNS:  # bounded: ten million visits too
                self._by_runs.clear()
            self._by_runs[key] = found
        return found

    def _contact_type(self, flow_ids: tuple[str, ...]) -> str:
        """``contact_type_of`` the flows run, once per combination of flows."""
        found = self._by_flows.get(flow_ids)
        if found is None:
            types = (self.catalog[flow_id].contact_type for flow_id in flow_ids)
            found = self._by_flows[flow_ids] = contact_type_of(types).value
        return found

    def _autonomy_and_share(
        self, counts: list[int], completed: bool
    ) -> tuple[int | None, float | None]:
        """``derive_autonomy`` (as its index in ``_LEVELS``) and ``citizen_share`` of the
        marks and the completion, once per pattern.

        Both count the marks by actor (the order does not matter, nor skipped or blank
        steps), and the demo marks only with ``DONE_BY``'s three actors, "skipped" or
        nothing: so the pattern is the three counts (alone, guided, staff) and whether
        the errand was completed."""
        key = (counts[0], counts[1], counts[2], completed)
        found = self._by_marks.get(key)
        if found is None:
            if len(self._by_marks) >= MARK_PATTERNS:  # bounded: ten million visits too
                self._by_marks.clear()
            marks = [_ALONE] * key[0] + [_GUIDED] * key[1] + [_STAFF] * key[2]
            derived = derive_autonomy(marks, completed)
            level = None if derived is None else _LEVELS.index(derived.value)
            found = self._by_marks[key] = (level, citizen_share(marks))
        return found

    def _follow_up(
        self, rows, visit_id, citizen_id, site_id, end_day, completion, autonomy, skill, staff
    ):  # type: ignore[no-untyped-def]
        rng = self.rng
        if (completion == _COMPLETED and autonomy == _AUTONOMOUS) or rng.random() >= 0.35:
            return
        getrandbits = rng.getrandbits
        due = end_day + dt.timedelta(days=7 + below(getrandbits, 15))
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
                    minutes=below(getrandbits, 241)
                )
                done_by = rng.choice(staff)
            elif r < 0.9:
                status = "cancelled"
        follow_up_id = self.new_id("follow_up")
        kind = _FOLLOW_UP_KINDS.pick(rng.random)
        rows["follow_up"].append(
            (
                follow_up_id, visit_id, citizen_id, site_id, due.isoformat(), kind, status,
                result, ts(done_at), done_by,
            )
        )  # fmt: skip
