"""``stat_run_mark``: a closed visit's runs' step sums follow its changes at the refresh."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import FlowRun, StatRunMark, StepRecord
from tests.evidence_seed import ALONE, NOW
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff


def test_a_changed_visits_run_marks_are_summed_again_and_a_run_without_marks_has_none(
    pc: Services,
) -> None:
    services = pc
    site = add_site(services, "Rådhuset").id
    staff = add_staff(services, "Kenni", site, Role.STAFF).id
    at = NOW - dt.timedelta(days=3)
    with services.database.uow_factory() as uow:
        citizen = add_citizen(uow.session)
        visit = add_visit(uow.session, Seed(site, staff, at, citizen_id=citizen, runs=[
            Run("boligstoette", ALONE), Run("digital-post", ["skipped", "staff", None]),
        ]))  # fmt: skip
        uow.commit()
    services.statistics.rebuild(None)

    def marks() -> dict[str, tuple[int, int, int, int]]:
        with services.database.uow_factory() as uow:
            m = StatRunMark
            rows = uow.session.execute(
                select(FlowRun.flow_id, m.total, m.alone, m.guided, m.staff).join(
                    FlowRun, FlowRun.id == m.run_id
                )
            )
            return {flow: tuple(counts) for flow, *counts in rows}  # type: ignore[misc]

    assert marks() == {"boligstoette": (3, 3, 0, 0), "digital-post": (1, 0, 0, 1)}
    with services.database.uow_factory() as uow:
        runs = dict(
            uow.session.execute(
                select(FlowRun.flow_id, FlowRun.id).where(FlowRun.visit_id == visit)
            ).all()
        )
        uow.session.execute(
            update(StepRecord)
            .where(StepRecord.flow_run_id == runs["boligstoette"], StepRecord.step_index == 0)
            .values(actor="citizen_guided")
        )
        uow.session.execute(
            delete(StepRecord).where(StepRecord.flow_run_id == runs["digital-post"])
        )
        mark_visit_changed(uow.session, visit)
        uow.commit()
    services.statistics.refresh(NOW + dt.timedelta(minutes=1))
    assert marks() == {"boligstoette": (3, 2, 1, 0)}
