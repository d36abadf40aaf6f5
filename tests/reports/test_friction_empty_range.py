"""A refresh reads the changed days' step rows once, for the run marks and the friction.

The friction rows used to come from a join of ``step_record`` with a temporary table of
the day's runs (for a day without runs, SQLite walked every step record: 1.4 s at a
million visits); the run marks from a second GROUP BY over the same rows. Now one
statement reads them (``range_steps``), found through the day's visits, and the friction
rows are counted from it: none for a day without runs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, select

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.friction_models import StatStepFrictionDay
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff

DAY = dt.datetime.combine(dt.date.today() - dt.timedelta(days=90), dt.time(9))


def test_a_refresh_reads_the_step_rows_once_and_a_day_without_runs_has_no_friction(
    pc: Services,
) -> None:
    services = pc
    site = add_site(services, "Rådhuset").id
    staff = add_staff(services, "Kenni", site, Role.STAFF).id
    with services.database.uow_factory() as uow:
        bare = add_visit(uow.session, Seed(site, staff, DAY))  # no flow run
        ran = add_visit(
            uow.session,
            Seed(
                site,
                staff,
                DAY + dt.timedelta(days=1),
                citizen_id=add_citizen(uow.session),
                runs=[Run("boligstoette", ["citizen_alone", "staff"])],
            ),
        )
        uow.commit()
    services.statistics.rebuild(None)
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", seen)
    try:
        for visit in (bare, ran):
            statements.clear()
            with services.database.uow_factory() as uow:
                mark_visit_changed(uow.session, visit)
                uow.commit()
            assert services.statistics.refresh() is not None
            reads = [s for s in statements if "step_record" in s.split("WHERE")[0]]
            assert len(reads) == 1, reads
            assert reads[0].lstrip().startswith("SELECT")
            assert "FROM visit" in reads[0]
    finally:
        event.remove(services.database.engine, "before_cursor_execute", seen)
    with services.database.uow_factory() as uow:
        days = uow.session.scalars(select(StatStepFrictionDay.day).distinct()).all()
    assert days == [(DAY + dt.timedelta(days=1)).date()]
