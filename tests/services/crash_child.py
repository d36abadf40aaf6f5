"""Child process for the crash-safety test: records one scripted visit, step by step.

After each commit it confirms a line (printed and flushed, or sent down a pipe), so the
parent knows what must survive a SIGKILL. By hand:
python -m tests.services.crash_child URL STAFF SITE STEPS
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from medbetjening.domain.vocabulary import Role
from medbetjening.services.concurrency import claim_visit
from medbetjening.services.context import ActorContext
from medbetjening.services.visits import VisitService
from medbetjening.storage.engine import make_engine
from medbetjening.storage.models import FlowRun, StepRecord
from medbetjening.storage.unit_of_work import unit_of_work_factory


def _print(line: str) -> None:
    print(line, flush=True)


def main(
    url: str, staff_id: int, site_id: int, steps: int, confirm: Callable[[str], None] = _print
) -> None:
    engine = make_engine(url)
    uow_factory = unit_of_work_factory(engine)
    actor = ActorContext(staff_id, site_id, Role.STAFF, "Kenni")
    visit_id = VisitService(uow_factory).start_visit(actor)
    confirm(f"visit {visit_id}")
    version = 1
    with uow_factory() as uow:
        version = claim_visit(uow.session, visit_id, version).version
        run = FlowRun(visit_id=visit_id, flow_id="digital-post", flow_title="Digital Post")
        uow.session.add(run)
        uow.commit()
        run_id = run.id
    confirm(f"run {run_id}")
    for index in range(steps):
        with uow_factory() as uow:
            version = claim_visit(uow.session, visit_id, version).version
            uow.session.add(
                StepRecord(
                    flow_run_id=run_id,
                    step_index=index,
                    step_id=f"trin-{index}",
                    actor="citizen_guided" if index % 2 else "citizen_alone",
                    obstacle_note="x" * 200,
                )
            )
            uow.commit()
        confirm(f"step {run_id} trin-{index}")
    confirm("done")
    engine.dispose()


def run_with_pipe(url: str, staff_id: int, site_id: int, steps: int, connection) -> None:  # type: ignore[no-untyped-def]
    """Entry point for a forked child: confirmations go down a multiprocessing pipe."""
    main(url, staff_id, site_id, steps, connection.send)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
