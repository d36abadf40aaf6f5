"""A day without flow runs asks nothing of ``step_record`` for the friction rows.

SQLite records no size for an empty temporary table, and with none it planned the
friction rows as a walk over every step record (1.4 s at a million visits for a Sunday
with no runs): the refresh now sees the range has no runs and writes no friction rows.
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


def test_a_day_without_runs_skips_the_friction_rows_and_a_day_with_runs_has_them(
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
        for visit, friction_asked in ((bare, False), (ran, True)):
            statements.clear()
            with services.database.uow_factory() as uow:
                mark_visit_changed(uow.session, visit)
                uow.commit()
            assert services.statistics.refresh() is not None
            asked = any("stat_step_friction_day" in s and "step_record" in s for s in statements)
            assert asked is friction_asked
    finally:
        event.remove(services.database.engine, "before_cursor_execute", seen)
    with services.database.uow_factory() as uow:
        days = uow.session.scalars(select(StatStepFrictionDay.day).distinct()).all()
    assert days == [(DAY + dt.timedelta(days=1)).date()]
