"""A day's refresh writes only the ``stat_dim_day`` rows that changed.

``aggregate_dimensions`` derives a day's rows into a temporary table and deletes and
inserts only those that differ from the stored ones: a day marked changed with nothing
changed keeps every row (the same ids), a changed outcome replaces exactly the rows it
moves, and the table then equals what a full rebuild writes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import Outcome, StatDimDay
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.seed import add_site, add_staff

# In the past (before the rebuild's watermark): only the marks make a day changed.
DAY = dt.datetime.combine(dt.date.today() - dt.timedelta(days=90), dt.time(9))


def _rows(services: Services) -> dict[tuple[object, ...], int]:
    d = StatDimDay
    keyed = select(d.id, d.day, d.site_id, d.staff_id, d.dim, d.value, d.visits)
    with services.database.uow_factory() as uow:
        return {tuple(row[1:]): row[0] for row in uow.session.execute(keyed)}


def test_only_changed_rows_are_written_and_the_result_equals_a_rebuild(pc: Services) -> None:
    services = pc
    site = add_site(services, "Rådhuset").id
    staff = add_staff(services, "Kenni", site, Role.STAFF).id
    with services.database.uow_factory() as uow:
        visits = [
            add_visit(
                uow.session,
                Seed(
                    site,
                    staff,
                    DAY + dt.timedelta(hours=h),
                    citizen_id=add_citizen(uow.session),
                    runs=[Run("boligstoette", ["citizen_alone", "staff"])],
                ),
            )  # fmt: skip
            for h in range(3)
        ]
        # A later month's rows take the higher ids (a day written again would show).
        add_visit(uow.session, Seed(site, staff, DAY + dt.timedelta(days=35)))
        uow.commit()
    services.statistics.rebuild(None)
    stored = _rows(services)

    with services.database.uow_factory() as uow:  # marked, nothing changed: no row written
        mark_visit_changed(uow.session, visits[0])
        uow.commit()
    report = services.statistics.refresh()
    assert report is not None and report.days == 1
    assert _rows(services) == stored

    with services.database.uow_factory() as uow:  # one outcome changed
        uow.session.execute(
            update(Outcome).where(Outcome.visit_id == visits[0]).values(completion="not_completed")
        )
        mark_visit_changed(uow.session, visits[0])
        uow.commit()
    services.statistics.refresh()
    refreshed = _rows(services)
    moved = {key for key in stored if key[0] == DAY.date() and key[3] == "completion"}
    assert moved and all(key not in refreshed for key in moved)  # the old counts are gone
    kept = {key: id_ for key, id_ in stored.items() if key not in moved}
    assert {key: refreshed[key] for key in kept} == kept  # the rest not rewritten
    services.statistics.rebuild(None)
    assert set(_rows(services)) == set(refreshed)
