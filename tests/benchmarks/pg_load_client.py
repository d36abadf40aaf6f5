"""One PC of the load test (``pg_load``): its own connection pool and services, one
staff member, complete visits saved through the services as the window does."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Any

from medbetjening.domain.vocabulary import Autonomy, Completion, StaffBasis, StepActor
from medbetjening.services.concurrency import RETRIES
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import ConcurrentEdit
from medbetjening.services.outcome import CloseRequest

FLOW_ID = "flytning"  # eight steps in the shipped library
STEPS_PER_VISIT = 6
ANSWERS_PER_VISIT = 3
SHARED_SHARE = 0.25  # of its visits, a PC also saves one change in a visit shared with others
THINK_SECONDS = 0.05  # between reading a shared visit and saving in it, at most


@dataclass
class ClientResult:
    staff_id: int
    visit_ids: list[int] = field(default_factory=list)
    final_versions: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    by_action: dict[str, list[float]] = field(default_factory=dict)  # the same, per use case
    shared_saves: dict[int, int] = field(default_factory=dict)  # shared visit -> saves
    conflicts: int = 0
    retries: int = 0
    error: str | None = None
    began: float = 0.0  # wall clock (time.time) when the first visit began, after the barrier
    ended: float = 0.0


@dataclass(frozen=True)
class SharedVisit:
    visit_id: int
    run_id: int
    site_id: int


def _timed(result: ClientResult, action, *args, **kwargs):  # type: ignore[no-untyped-def]
    """One save through a service, timed (its retries included)."""
    started = time.perf_counter()
    try:
        return action(*args, **kwargs)
    finally:
        took = time.perf_counter() - started
        result.latencies.append(took)
        result.by_action.setdefault(action.__name__, []).append(took)


def _basis(services: Services, step_index: int, who: StepActor) -> StaffBasis | None:
    """Staff doing a MitID or payment step need a recorded basis (else refused, as at the
    counter); the load test's clerks record that the citizen typed while they looked away."""
    step = services.flows.get_flow(FLOW_ID).steps[step_index]
    return StaffBasis.CITIZEN_TYPED if who == StepActor.STAFF and step.personal else None


def _first_options(services: Services) -> list[tuple[str, object]]:
    chosen = []
    for item in services.assessment.instrument.items[:ANSWERS_PER_VISIT]:
        option = item.scale.options[0]
        chosen.append((item.id, option.value if item.scale.kind == "score" else option.code))
    return chosen


def _shared_change(
    services: Services,
    actor: ActorContext,
    shared: SharedVisit,
    rng: random.Random,
    answers,  # type: ignore[no-untyped-def]
    result: ClientResult,
) -> bool:
    """One change in a visit other PCs change too, from the version just read (as a screen
    does); a conflict is counted and the change is not repeated (False). Only the save is
    timed, not the read or the clerk's look at the screen."""
    version = services.visits.get_visit(actor, shared.visit_id).version
    time.sleep(rng.uniform(0, THINK_SECONDS))  # the clerk looks at the screen before saving
    try:
        if rng.random() < 0.5:
            index = rng.randrange(STEPS_PER_VISIT)
            who = StepActor.STAFF
            _timed(
                result,
                services.flows.mark_step,
                actor,
                shared.run_id,
                who,
                step_index=index,
                basis=_basis(services, index, who),
                expected_version=version,
            )
        else:
            item_id, answer = rng.choice(answers)
            _timed(
                result,
                services.assessment.record_answer,
                actor,
                shared.visit_id,
                item_id,
                answer,
                expected_version=version,
            )
    except ConcurrentEdit:
        return False
    return True


def run_client(
    url: str,
    actor: ActorContext,
    citizen_ids: list[int],
    shared: list[SharedVisit],
    visits: int,
    seed: int,
    start: Any = None,
) -> ClientResult:
    """One PC: its own database connection pool and services, one staff member, ``visits``
    visits, every save through the services (gate, version check, retries). ``start``: a
    barrier all PCs pass once loaded, so the saves overlap and no save waits on another
    process's imports."""
    rng = random.Random(seed)
    database = open_database(url)
    services = Services(database)
    result = ClientResult(staff_id=actor.staff_id)
    answers = _first_options(services)
    mine = [visit for visit in shared if visit.site_id == actor.site_id]
    # loaded as a PC is before its first visit (the window reads the flow library and
    # connects at start-up): no process's one-time loading counts as a slow save
    services.flows.get_flow(FLOW_ID)
    services.visits.open_visits(actor)
    if start is not None:
        start.wait(timeout=600)  # a PC that never comes breaks the run, not hangs it
    result.began = time.time()
    try:
        for _ in range(visits):
            visit_id = _timed(result, services.visits.start_visit, actor)
            result.visit_ids.append(visit_id)
            version = services.visits.get_visit(actor, visit_id).version
            citizen_id = rng.choice(citizen_ids)
            _timed(result, services.citizens.link_visit, actor, visit_id, citizen_id, version)
            version = services.visits.get_visit(actor, visit_id).version
            for item_id, answer in answers:
                state = _timed(
                    result,
                    services.assessment.record_answer,
                    actor,
                    visit_id,
                    item_id,
                    answer,
                    expected_version=version,
                )
                version = state.visit_version
            run = _timed(
                result, services.flows.start_run, actor, visit_id, FLOW_ID, expected_version=version
            )
            version = run.visit_version
            for _step in range(STEPS_PER_VISIT):
                who = rng.choice(
                    [StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED, StepActor.STAFF]
                )
                run = _timed(
                    result,
                    services.flows.mark_step,
                    actor,
                    run.id,
                    who,
                    basis=_basis(services, run.current_step, who),
                    expected_version=version,
                )
                version = run.visit_version
            request = CloseRequest(
                completion=Completion.COMPLETED,
                autonomy=Autonomy.AUTONOMOUS,
                duration_minutes=10,
                expected_version=version,
            )
            closed = _timed(result, services.outcome.close_visit, actor, visit_id, request)
            result.final_versions[visit_id] = closed.version
            if mine and rng.random() < SHARED_SHARE:
                target = rng.choice(mine)
                if _shared_change(services, actor, target, rng, answers, result):
                    saves = result.shared_saves
                    saves[target.visit_id] = saves.get(target.visit_id, 0) + 1
                else:
                    result.conflicts += 1
    except Exception as error:  # noqa: BLE001 - reported to the parent, which fails the run
        result.error = f"{type(error).__name__}: {error}"
    finally:
        result.ended = time.time()
        result.retries = RETRIES.count
        database.dispose()
    return result


def client_entry(args):  # type: ignore[no-untyped-def]
    return run_client(*args)
