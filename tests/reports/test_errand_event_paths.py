"""``stat_errand_event`` after each path that changes or deletes a closed visit's raw rows
outside the refresh: the refresh then leaves every statistics table (the errand events
included) as a full rebuild does.

Unlinking and relinking a citizen mark the visit's day (``mark_visit_changed``): the
refresh rewrites its rows. Retention and erasure delete visits and citizens: their rows
go by ON DELETE CASCADE in the same transaction. A follow-up result is found by the
refresh's watermark, and changes later episodes of the citizen's errand too (the one
after the followed-up visit, up to the result's day). Importing appointments writes no
closed visit; cancelling takes only open ones.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.retention import RetentionPolicy
from medbetjening.storage.aggregate_evidence import refresh_evidence_totals
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import FollowUp, StatErrandEvent, StatRouteEvidenceDay, Visit
from medbetjening.storage.revisions import MIGRATIONS_DIR
from tests.evidence_seed import GUIDED, NOW, assess
from tests.reports.seed import Run, Seed, add_citizen, add_visit
from tests.reports.test_refresh_equals_rebuild import _snapshot, _visit
from tests.seed import add_site, add_staff


class _History:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.sites = (add_site(services, "Rådhuset").id, add_site(services, "Biblioteket").id)
        lead = add_staff(services, "Lise", self.sites[0], Role.LEAD)
        self.lead = ActorContext(lead.id, self.sites[0], Role.LEAD, lead.name)
        self.citizens: list[int] = []
        rng = random.Random(22)
        with services.database.uow_factory() as uow:
            for _ in range(20):
                citizen = add_citizen(uow.session)
                self.citizens.append(citizen)
                for _ in range(rng.randint(1, 4)):
                    at = NOW - dt.timedelta(days=rng.randint(2, 420), hours=rng.randint(0, 5))
                    _visit(uow.session, rng, rng.choice(self.sites), lead.id, citizen, at)
            # One citizen followed up: a visit 40 days ago with a follow-up still due,
            # and a later episode of the same errand 20 days ago.
            self.followed = add_citizen(uow.session)
            self.first = self._episode(uow.session, 40)
            self._episode(uow.session, 20)
            follow_up = FollowUp(
                visit_id=self.first,
                citizen_id=self.followed,
                site_id=self.sites[0],
                due_date=(NOW - dt.timedelta(days=26)).date(),
                status="due",
            )
            uow.session.add(follow_up)
            uow.session.flush()
            self.follow_up = follow_up.id
            uow.commit()
        services.statistics.rebuild(None)

    def _episode(self, session: Any, days_ago: int) -> int:
        at = NOW - dt.timedelta(days=days_ago)
        runs = [Run("boligstoette", GUIDED)]
        visit = add_visit(
            session,
            Seed(self.sites[0], self.lead.staff_id, at, citizen_id=self.followed, runs=runs),
        )
        assess(session, visit, 1, "medbetjening")
        return visit

    def visits_of(self, citizen: int) -> list[tuple[int, int]]:
        with self.services.database.uow_factory() as uow:
            rows = uow.session.execute(
                select(Visit.id, Visit.version)
                .where(Visit.citizen_id == citizen, Visit.site_id == self.sites[0])
                .order_by(Visit.id)
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]

    def errand_events(self) -> int:
        with self.services.database.uow_factory() as uow:
            return len(uow.session.execute(select(StatErrandEvent.visit_id)).all())


def _visit_here(h: _History, nth: int) -> tuple[int, int]:
    """The first visit at the lead's own site of the ``nth`` citizen having one."""
    return [found[0] for c in h.citizens if (found := h.visits_of(c))][nth]


def _unlink(h: _History) -> None:
    h.services.citizens.make_anonymous(h.lead, *_visit_here(h, 0))


def _relink(h: _History) -> None:
    visit, version = _visit_here(h, 1)
    h.services.citizens.link_visit(h.lead, visit, h.citizens[-1], version)


def _erase(h: _History) -> None:
    h.services.citizen_requests.erase(h.lead, h.citizens[3])


def _retention(h: _History) -> None:
    h.services.retention.purge(None, RetentionPolicy(visit_months=12), today=NOW.date())


def _follow_up_done(h: _History) -> None:
    h.services.tracking.mark_follow_up_done(h.lead, h.follow_up, FollowUpResult.MANAGED_ALONE)


PATHS: dict[str, Callable[[_History], None]] = {
    "unlink": _unlink,
    "relink": _relink,
    "erase": _erase,
    "retention": _retention,
    "follow_up_done": _follow_up_done,
}


@pytest.mark.parametrize("path", sorted(PATHS))
def test_a_change_outside_the_refresh_leaves_refresh_equal_to_rebuild(
    pc: Services, path: str
) -> None:
    history = _History(pc)
    with pc.database.uow_factory() as uow:
        before = _snapshot(uow.session)
    PATHS[path](history)
    pc.statistics.refresh()
    with pc.database.uow_factory() as uow:
        refreshed = _snapshot(uow.session)
    # The path changed the errand events (the refresh's or the cascade's doing).
    assert refreshed["stat_errand_event"] != before["stat_errand_event"]
    pc.statistics.rebuild(None)
    with pc.database.uow_factory() as uow:
        rebuilt = _snapshot(uow.session)
    for table, rows in rebuilt.items():
        assert refreshed[table] == rows, table


def test_a_day_marked_again_unchanged_writes_no_errand_event(pc: Services) -> None:
    history = _History(pc)
    with pc.database.uow_factory() as uow:
        before = _snapshot(uow.session)
        visit = uow.session.scalars(select(Visit.id).where(Visit.citizen_id.is_not(None))).first()
    assert visit is not None
    with pc.database.uow_factory() as uow:
        mark_visit_changed(uow.session, visit)
        uow.commit()
    pc.statistics.refresh()
    with pc.database.uow_factory() as uow:
        assert _snapshot(uow.session) == before
    assert history.errand_events() == len(before["stat_errand_event"])


def test_the_followed_up_errands_later_episode_is_counted_again(pc: Services) -> None:
    history = _History(pc)

    def known() -> list[tuple[Any, ...]]:
        d = StatRouteEvidenceDay
        with pc.database.uow_factory() as uow:
            return [
                tuple(row)
                for row in uow.session.execute(
                    select(d.visit_id, d.known, d.alone)
                    .where(d.flow_id == "boligstoette", d.route == "medbetjening")
                    .where(d.visit_id.in_([v for v, _ in history.visits_of(history.followed)]))
                    .order_by(d.visit_id)
                )
            ]

    # The first's next time is the second visit (guided); the second has none yet.
    assert [row[1:] for row in known()] == [(1, 0), (0, 0)]
    _follow_up_done(history)
    pc.statistics.refresh()
    # The result done today is the second episode's next time (12 months after it).
    assert [row[1:] for row in known()] == [(1, 0), (1, 1)]


def test_the_migrations_fill_is_the_rebuilds(pc: Services) -> None:
    """0015 fills an existing database's table with its own SQL: the same rows."""
    history = _History(pc)
    path = MIGRATIONS_DIR / "versions" / "0015_errand_events.py"
    spec = importlib.util.spec_from_file_location("errand_events_migration", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    _follow_up_done(history)  # a follow-up row too
    pc.statistics.refresh()
    with pc.database.uow_factory() as uow:
        rebuilt = _snapshot(uow.session)["stat_errand_event"]
        uow.session.execute(delete(StatErrandEvent))
        uow.session.execute(text(migration._FILL))
        assert _snapshot(uow.session)["stat_errand_event"] == rebuilt
    assert any(row[4] != "0" for row in rebuilt) and any(row[13] != "None" for row in rebuilt)


def test_an_earlier_episode_not_as_aggregated_sends_its_day_whole(pc: Services) -> None:
    """An earlier episode without its stored row (a day aggregated by older code) makes
    the refresh aggregate that day whole, its episodes read from the errand events."""
    history = _History(pc)
    second = history.visits_of(history.followed)[1][0]
    d = StatRouteEvidenceDay
    with pc.database.uow_factory() as uow:
        uow.session.execute(delete(d).where(d.visit_id == second))
        refresh_evidence_totals(uow.session, None)
        add_visit(
            uow.session,
            Seed(
                history.sites[1],
                history.lead.staff_id,
                NOW,  # closed at NOW + 30 minutes: after the rebuild's watermark
                citizen_id=history.followed,
                runs=[Run("boligstoette", GUIDED)],
            ),
        )
        uow.commit()
    report = pc.statistics.refresh(NOW + dt.timedelta(minutes=31))
    assert report is not None and report.days >= 2  # the new pair and the earlier day
    with pc.database.uow_factory() as uow:
        refreshed = _snapshot(uow.session)
        assert uow.session.scalar(select(d.known).where(d.visit_id == second)) == 1
    pc.statistics.rebuild(None)
    with pc.database.uow_factory() as uow:
        rebuilt = _snapshot(uow.session)
    for table, rows in rebuilt.items():
        assert refreshed[table] == rows, table
