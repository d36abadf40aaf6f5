"""Guided flows in a visit: start a run, record who did each step, obstacles, pause/end.

Every mark is committed at once (a crash loses nothing), and the run remembers its
current step so the walker resumes where it was.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.content.flows import FlowLibrary, flow_folders, load_flow_library
from medbetjening.content.problems import ContentProblem
from medbetjening.domain.contact import contact_type_of
from medbetjening.domain.flows import Flow, search_flows
from medbetjening.domain.notes import contains_cpr_like
from medbetjening.domain.roles import Action
from medbetjening.domain.staff_basis import allowed_bases
from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StaffBasis, StepActor
from medbetjening.services import flow_marking
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound
from medbetjening.services.flow_run_info import FlowRunInfo, run_info
from medbetjening.services.flow_run_info import StepMark as StepMark  # callers import it here
from medbetjening.services.staff_basis_guard import check_basis, mitid_answer
from medbetjening.services.visit_gate import (
    run_visit_for_change,
    visit_for_change,
    visit_for_read,
)
from medbetjening.storage.models import FlowRun, StepRecord
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

NOTE_MAX = 500


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class FlowService(RetryingService):
    """The flow library (read once, reloadable) and flow runs of visits."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        library_loader: Callable[[], FlowLibrary] | None = None,
    ) -> None:
        self._uow = uow_factory
        self._loader = library_loader or (lambda: load_flow_library(flow_folders(None)))
        self._library: FlowLibrary | None = None
        self._library_lock = threading.Lock()

    # -- the library -------------------------------------------------------------
    @classmethod
    def with_extra_dir(
        cls, uow_factory: UnitOfWorkFactory, extra_dir: str | Path | None
    ) -> FlowService:
        """The shipped flows plus the municipality's folder (setting content/extra_flows_dir)."""
        return cls(uow_factory, lambda: load_flow_library(flow_folders(extra_dir)))

    @property
    def library(self) -> FlowLibrary:
        if self._library is None:
            # one reader: the start-up's content check and the "henvist hertil" list
            # (F5 right after start-up) read it at once from two threads, and each parsed
            # every file, competing with the window for the interpreter
            with self._library_lock:
                if self._library is None:
                    self._library = self._loader()
        return self._library

    def reload(self) -> FlowLibrary:
        self._library = None
        return self.library

    @property
    def problems(self) -> list[ContentProblem]:
        """Problems that kept a flow file out of the library (shown at start-up)."""
        return list(self.library.problems)

    def flows(self) -> list[Flow]:
        return self.library.ordered()

    def search(self, query: str) -> list[Flow]:
        return search_flows(self.library.flows.values(), query)

    def get_flow(self, flow_id: str) -> Flow:
        flow = self.library.flows.get(flow_id)
        if flow is None:
            raise NotFound(f"Forløbet '{flow_id}' findes ikke (længere) i forløbsbiblioteket.")
        return flow

    # -- runs ---------------------------------------------------------------------
    def start_run(
        self,
        actor: ActorContext,
        visit_id: int,
        flow_id: str,
        *,
        expected_version: int | None = None,
    ) -> FlowRunInfo:
        """Start a flow in the visit; an unfinished run of the same flow is resumed instead."""
        require(actor, Action.RECORD_VISIT)
        flow = self.get_flow(flow_id)
        with self._uow() as uow:
            visit = visit_for_change(uow.session, actor, visit_id, expected_version)
            # The visit counts as the most complex errand run in it (KOMHEN, dashboard).
            visit.contact_type = contact_type_of([visit.contact_type, flow.contact_type]).value
            runs = list(
                uow.session.scalars(
                    select(FlowRun).where(FlowRun.visit_id == visit_id).order_by(FlowRun.id)
                )
            )
            run = next(
                (
                    r
                    for r in runs
                    if r.flow_id == flow_id
                    and r.status in (FlowRunStatus.ACTIVE.value, FlowRunStatus.PAUSED.value)
                ),
                None,
            )
            paused = self._pause_others(runs, keep=run)
            if run is None:
                run = FlowRun(
                    visit_id=visit_id,
                    flow_id=flow.id,
                    flow_title=flow.title.da[:200],
                    status=FlowRunStatus.ACTIVE.value,
                    current_step=0,
                    steps=[],  # new: no marks to load after the commit (one SELECT less)
                )
                uow.session.add(run)
            else:
                run.status = FlowRunStatus.ACTIVE.value
            uow.commit()
            return self._info(run, visit.version, paused)

    def runs(self, actor: ActorContext, visit_id: int) -> list[FlowRunInfo]:
        """The visit's flow runs in the order they were started, with their marks."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            runs = uow.session.scalars(
                select(FlowRun).where(FlowRun.visit_id == visit_id).order_by(FlowRun.id)
            )
            return [self._info(run, visit.version) for run in runs]

    def get_run(self, actor: ActorContext, run_id: int) -> FlowRunInfo:
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, read_only=True)
            return self._info(run, version)

    def mark_step(
        self,
        actor: ActorContext,
        run_id: int,
        who: StepActor,
        step_index: int | None = None,
        *,
        basis: StaffBasis | None = None,
        expected_version: int | None = None,
    ) -> FlowRunInfo:
        """Record who did a step (default: the current one) and move on to the next.

        "Staff did it" on a MitID or payment step needs ``basis``, else it is refused and
        the refusal audited (MitID is personal); "the citizen typed" is refused on a MitID
        step when the assessment says the citizen has no MitID. ``expected_version``: the visit version
        the screen showed (FlowRunInfo.visit_version); ConcurrentEdit if it moved on."""
        require(actor, Action.RECORD_VISIT)
        who = StepActor(who)
        basis = StaffBasis(basis) if basis is not None else None
        with self._uow() as uow:
            # Core statements, not the ORM: the most frequent write (flow_marking)
            _visit_id, version = run_visit_for_change(uow.session, actor, run_id, expected_version)
            connection = uow.session.connection()
            stored = flow_marking.load_run(connection, run_id)
            flow = self.get_flow(stored.run.flow_id)
            index = stored.run.current_step if step_index is None else step_index
            if not 0 <= index < len(flow.steps):
                raise InvalidInput(f"Forløbet har intet trin nr. {index + 1}.")
            check_basis(uow, actor, stored.run.visit_id, flow, index, who, basis)
            step = flow.steps[index]
            marked = {r.step_id for r in stored.records if r.actor} | {step.id}
            next_index = self._next_unmarked(flow, index, marked)
            now_run = flow_marking.write_mark(
                connection, stored, flow, index, who, basis, _now(), next_index
            )
            uow.commit()
            return flow_marking.marked_info(now_run, len(flow.steps), version)

    def staff_bases(
        self, actor: ActorContext, run_id: int, step_index: int
    ) -> tuple[StaffBasis, ...]:
        """The bases staff may give for doing the step (the basis dialog offers these)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, _version = self._run(uow.session, actor, run_id, read_only=True)
            flow = self.get_flow(run.flow_id)
            if not 0 <= step_index < len(flow.steps):
                raise InvalidInput(f"Forløbet har intet trin nr. {step_index + 1}.")
            answer = mitid_answer(uow.session, run.visit_id)
            return allowed_bases(flow, flow.steps[step_index], answer)

    def mark_obstacle(
        self,
        actor: ActorContext,
        run_id: int,
        obstacle: Obstacle,
        note: str | None = None,
        step_index: int | None = None,
        *,
        expected_version: int | None = None,
    ) -> FlowRunInfo:
        """Note what blocked a step (the current step stays where it is)."""
        require(actor, Action.RECORD_VISIT)
        obstacle = Obstacle(obstacle)
        note = (note or "").strip() or None
        if note is not None:
            if len(note) > NOTE_MAX:
                raise InvalidInput(f"Noten er for lang (højst {NOTE_MAX} tegn).")
            if contains_cpr_like(note):
                raise InvalidInput("Noten ligner et CPR-nummer. Skriv aldrig CPR-numre i noter.")
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, expected_version)
            flow = self.get_flow(run.flow_id)
            index = run.current_step if step_index is None else step_index
            if not 0 <= index < len(flow.steps):
                raise InvalidInput(f"Forløbet har intet trin nr. {index + 1}.")
            record = self._record(run, flow, index)
            record.obstacle = obstacle.value
            record.obstacle_note = note
            record.recorded_at = _now()
            uow.commit()
            return self._info(run, version)

    def clear_obstacle(
        self,
        actor: ActorContext,
        run_id: int,
        step_index: int,
        *,
        expected_version: int | None = None,
    ) -> FlowRunInfo:
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, expected_version)
            for record in list(run.steps):
                if record.step_index == step_index:
                    record.obstacle = None
                    record.obstacle_note = None
                    if record.actor is None:
                        run.steps.remove(record)
            uow.commit()
            return self._info(run, version)

    def pause(
        self, actor: ActorContext, run_id: int, *, expected_version: int | None = None
    ) -> FlowRunInfo:
        return self._set_status(actor, run_id, FlowRunStatus.PAUSED, expected_version)

    def resume(
        self, actor: ActorContext, run_id: int, *, expected_version: int | None = None
    ) -> FlowRunInfo:
        """Make the run the active one of its visit (the others pause); an ended run too,
        while the visit is open (ended by mistake)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, expected_version)
            if run.status == FlowRunStatus.COMPLETED.value:
                raise InvalidInput("Forløbet er gennemført og kan ikke genoptages.")
            run.ended_at = None
            others = uow.session.scalars(
                select(FlowRun).where(FlowRun.visit_id == run.visit_id, FlowRun.id != run.id)
            )
            paused = self._pause_others(list(others), keep=run)
            run.status = FlowRunStatus.ACTIVE.value
            uow.commit()
            return self._info(run, version, paused)

    def undo_last_mark(
        self, actor: ActorContext, run_id: int, *, expected_version: int | None = None
    ) -> FlowRunInfo:
        """Take back the most recent step mark (also the last step's: the run reopens)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, expected_version)
            marked = [r for r in run.steps if r.actor]
            if not marked:
                raise InvalidInput("Der er intet trin at fortryde i dette forløb.")
            last = max(marked, key=lambda r: (r.recorded_at, r.id or 0))
            last.actor = None
            last.staff_basis = None
            if last.obstacle is None:
                run.steps.remove(last)
            run.current_step = last.step_index
            if run.status == FlowRunStatus.COMPLETED.value:
                run.status = FlowRunStatus.ACTIVE.value
                run.ended_at = None
            uow.commit()
            return self._info(run, version)

    def end(
        self, actor: ActorContext, run_id: int, *, expected_version: int | None = None
    ) -> FlowRunInfo:
        """Stop the run where it is (not completed); its marks stay."""
        return self._set_status(actor, run_id, FlowRunStatus.ENDED, expected_version)

    # -- helpers -------------------------------------------------------------------
    def _set_status(
        self,
        actor: ActorContext,
        run_id: int,
        status: FlowRunStatus,
        expected_version: int | None,
    ) -> FlowRunInfo:
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            run, version = self._run(uow.session, actor, run_id, expected_version)
            if run.status in (FlowRunStatus.COMPLETED.value, FlowRunStatus.ENDED.value):
                raise InvalidInput("Forløbet er allerede afsluttet.")
            run.status = status.value
            if status == FlowRunStatus.ENDED:
                run.ended_at = _now()
            uow.commit()
            return self._info(run, version)

    @staticmethod
    def _pause_others(runs: list[FlowRun], keep: FlowRun | None) -> tuple[int, ...]:
        """Pause the visit's other active run; its id, for the caller's answer."""
        paused = []
        for other in runs:
            if other is not keep and other.status == FlowRunStatus.ACTIVE.value:
                other.status = FlowRunStatus.PAUSED.value
                paused.append(other.id)
        return tuple(paused)

    @staticmethod
    def _next_unmarked(flow: Flow, index: int, marked: set[str]) -> int | None:
        order = list(range(index + 1, len(flow.steps))) + list(range(0, index + 1))
        for candidate in order:
            if flow.steps[candidate].id not in marked:
                return candidate
        return None

    @staticmethod
    def _record(run: FlowRun, flow: Flow, index: int) -> StepRecord:
        step = flow.steps[index]
        for record in run.steps:
            if record.step_id == step.id:
                record.step_index = index
                return record
        record = StepRecord(step_index=index, step_id=step.id)
        run.steps.append(record)
        return record

    @staticmethod
    def _run(
        session: Session,
        actor: ActorContext,
        run_id: int,
        expected_version: int | None = None,
        *,
        read_only: bool = False,
    ) -> tuple[FlowRun, int]:
        """The run and its visit's version. A change to a run is a change to the visit:
        the gate claims the visit (version check, bump, row lock) before the run is
        touched, so a close on another PC waits or is seen, never overwritten."""
        run = session.get(FlowRun, run_id)
        if run is None:
            raise NotFound(f"Forløb nr. {run_id} findes ikke.")
        if read_only:
            return run, visit_for_read(session, actor, run.visit_id).version
        visit = visit_for_change(session, actor, run.visit_id, expected_version)
        return run, visit.version

    def _info(self, run: FlowRun, visit_version: int, paused: tuple[int, ...] = ()) -> FlowRunInfo:
        flow = self.library.flows.get(run.flow_id)
        return run_info(run, len(flow.steps) if flow else 0, visit_version, paused)
