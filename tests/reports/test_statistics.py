"""Statistics from the aggregate tables: counts, filters, incremental refresh, retention."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from medbetjening.services.errors import PermissionDenied
from medbetjening.services.statistics import StatisticsFilter, StatisticsService
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import StatVisitDay, Visit
from tests.reports.seed import Run, Seed, add_citizen, add_visit

DAY = dt.datetime(2026, 3, 2, 10, 0)  # a Monday
PERIOD = StatisticsFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def stats(database, flow_catalog):  # type: ignore[no-untyped-def]
    return StatisticsService(database.uow_factory, flow_catalog)


@pytest.fixture
def world(services, lead, actor, session_of):  # type: ignore[no-untyped-def]
    """Two sites; the lead's site has 3 visits, the other 1."""
    other = services.setup.create_site("Hovedbiblioteket")
    librarian = services.setup.create_staff("Bibliotekar", other.id)

    def seed(session):  # type: ignore[no-untyped-def]
        citizen = add_citizen(session, code="ABC123")
        add_visit(
            session,
            Seed(
                lead.site_id,
                actor.staff_id,
                DAY,
                citizen_id=citizen,
                runs=[Run("digital-post", ["staff", "citizen_guided", "citizen_guided"], "paused")],
                completion="partly",
                autonomy="with_guidance",
                reason="no_mitid",
                referral="library_course",
                follow_ups=[("call", "done")],
            ),
        )
        add_visit(
            session,
            Seed(
                lead.site_id,
                actor.staff_id,
                DAY + dt.timedelta(days=7),
                citizen_id=citizen,
                runs=[Run("digital-post", ["citizen_alone", "citizen_alone", "citizen_alone"])],
                autonomy="autonomous",
                follow_ups=[("call", "due")],
            ),
        )
        add_visit(
            session,
            Seed(lead.site_id, lead.staff_id, DAY, channel="phone", contact_type="information"),
        )
        add_visit(
            session,
            Seed(
                other.id,
                librarian.id,
                DAY + dt.timedelta(days=40),
                channel="library",
                runs=[Run("flytning", ["citizen_alone", "staff"])],
            ),
        )
        # an open visit and one outside the period do not count
        add_visit(session, Seed(lead.site_id, actor.staff_id, DAY, status="open"))
        add_visit(session, Seed(lead.site_id, actor.staff_id, dt.datetime(2025, 6, 1, 9)))

    session_of(seed)
    return {"other_site": other.id, "librarian": librarian.id}


def test_dashboard_counts_everything_from_the_aggregates(stats, lead, actor, world) -> None:
    board = stats.dashboard(lead, PERIOD)
    assert board.visits == 4
    assert board.by_channel == {"counter": 2, "phone": 1, "library": 1}
    assert board.by_contact_type == {"interaction": 3, "information": 1}
    assert board.steps_by_actor == {"citizen_alone": 4, "citizen_guided": 2, "staff": 2}
    assert board.citizen_step_share == pytest.approx(6 / 8)
    assert board.autonomy["autonomous"] == 1
    assert board.autonomous_share == pytest.approx(1 / 4)
    assert board.completion == {"partly": 1, "completed": 3}
    assert board.blockers == {"no_mitid": 1}
    assert board.referrals == {"library_course": 1}
    assert [(f.flow_id, f.title, f.visits, f.runs_completed) for f in board.top_flows] == [
        ("digital-post", "Digital Post", 2, 1),
        ("flytning", "Flytning", 1, 1),
    ]
    assert board.follow_ups == {"done": 1, "due": 1}
    assert board.self_sufficient == {"Digital Post": 1}
    assert [(p.period, p.visits) for p in board.trend] == [
        ("2026-W10", 2),
        ("2026-W11", 1),
        ("2026-W15", 1),
    ]
    monthly = stats.dashboard(
        lead, StatisticsFilter(PERIOD.date_from, PERIOD.date_to, granularity="month")
    )
    assert [(p.period, p.visits) for p in monthly.trend] == [("2026-03", 3), ("2026-04", 1)]


def test_filters_change_every_number(stats, lead, actor, world) -> None:
    site = stats.dashboard(
        lead, StatisticsFilter(PERIOD.date_from, PERIOD.date_to, (world["other_site"],))
    )
    assert site.visits == 1 and site.by_channel == {"library": 1}
    assert [f.flow_id for f in site.top_flows] == ["flytning"]
    staff = stats.dashboard(
        lead, StatisticsFilter(PERIOD.date_from, PERIOD.date_to, staff_ids=(actor.staff_id,))
    )
    assert staff.visits == 2 and staff.by_channel == {"counter": 2}
    assert staff.self_sufficient == {"Digital Post": 1}
    week = stats.dashboard(lead, StatisticsFilter(DAY.date(), DAY.date()))
    assert week.visits == 2 and week.self_sufficient == {} and week.follow_ups == {"done": 1}


def test_only_leads_see_statistics(stats, actor, ambassador) -> None:
    for who in (actor, ambassador):
        with pytest.raises(PermissionDenied):
            stats.dashboard(who, PERIOD)


def test_refresh_folds_in_visits_closed_since_the_last_refresh(
    stats, lead, actor, world, session_of
) -> None:
    assert stats.dashboard(lead, PERIOD).visits == 4
    now = dt.datetime.now().replace(microsecond=0)

    def close_one_more(session):  # type: ignore[no-untyped-def]
        visit_id = add_visit(session, Seed(lead.site_id, actor.staff_id, DAY, channel="video"))
        session.get(Visit, visit_id).ended_at = now  # closed just now, for a visit started in March

    session_of(close_one_more)
    board = stats.dashboard(lead, PERIOD)
    assert board.visits == 5 and board.by_channel["video"] == 1
    report = stats.refresh()
    assert report is not None and report.days == 1  # within the margin: idempotent, no double count
    assert stats.dashboard(lead, PERIOD).visits == 5


def test_marked_changes_are_re_aggregated(stats, lead, world, session_of) -> None:
    stats.dashboard(lead, PERIOD)

    def retype(session):  # type: ignore[no-untyped-def]
        visit = session.scalars(select(Visit).where(Visit.channel == "phone")).one()
        visit.channel = "video"
        mark_visit_changed(session, visit.id)

    session_of(retype)
    assert stats.dashboard(lead, PERIOD).by_channel == {"counter": 2, "video": 1, "library": 1}


def test_statistics_survive_retention_deleting_the_raw_rows(stats, lead, world, session_of) -> None:
    before = stats.dashboard(lead, PERIOD)

    def purge_march(session):  # type: ignore[no-untyped-def]
        march = [
            Visit.started_at >= dt.datetime(2026, 3, 1),
            Visit.started_at < dt.datetime(2026, 4, 1),
        ]
        ids = session.scalars(select(Visit.id).where(*march)).all()
        mark_visit_changed(session, ids[0])  # even a changed day is kept, not recounted
        session.execute(delete(Visit).where(Visit.id.in_(ids)))

    session_of(purge_march)
    after = stats.dashboard(lead, PERIOD)
    assert after.visits == before.visits == 4
    assert after.self_sufficient == before.self_sufficient
    report = stats.rebuild(lead)
    assert report.kept >= 2
    assert stats.dashboard(lead, PERIOD) == before


def test_rebuild_gives_the_same_aggregates_as_refresh(stats, lead, world, session_of) -> None:
    first = stats.dashboard(lead, PERIOD)
    stats.rebuild(lead)
    stats.rebuild(lead)
    assert stats.dashboard(lead, PERIOD) == first
    rows = session_of(lambda s: s.scalar(select(func.sum(StatVisitDay.visits))))
    assert rows == 5  # the 2025 visit is aggregated too


@pytest.fixture
def komhen(database, flow_catalog, stats):  # type: ignore[no-untyped-def]
    from medbetjening.services.komhen import KomhenService

    return KomhenService(database.uow_factory, flow_catalog, stats)


def test_komhen_counts_channel_task_and_type(komhen, lead, world) -> None:
    rows = komhen.period(lead, dt.date(2026, 3, 2), dt.date(2026, 3, 8)).rows
    assert [(r.channel, r.task, r.contact_type, r.contacts) for r in rows] == [
        ("counter", "Digital Post", "interaction", 1),
        ("phone", "", "information", 1),
    ]


def test_komhen_and_dashboard_refuse_a_site_that_does_not_exist(
    stats, komhen, lead, world, database
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.services.errors import InvalidInput
    from medbetjening.storage.models import AuditEvent

    week = (dt.date(2026, 3, 2), dt.date(2026, 3, 8))
    with pytest.raises(InvalidInput, match=r"^Stedet '999' findes ikke\.$"):
        komhen.period(lead, *week, (world["other_site"], 999))
    with pytest.raises(InvalidInput, match=r"^Stederne '998', '999' findes ikke\.$"):
        komhen.period(lead, *week, (999, 998))
    with pytest.raises(InvalidInput, match="Stedet '999' findes ikke"):
        stats.dashboard(lead, StatisticsFilter(*week, (999,)))
    with database.uow_factory() as uow:  # refused, so no export was logged
        logged = uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "export.komhen"))
        assert list(logged) == []
    assert komhen.period(lead, *week, (world["other_site"],)) is not None


def test_komhen_cli_with_an_unknown_site_fails_like_the_visit_export(
    sqlite_url, lead, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.cli import main

    out = tmp_path / "k.csv"
    args = ["report", "komhen", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out)]
    assert main(["--db", sqlite_url, *args, "--site", "999", "--staff", str(lead.staff_id)]) == 1
    assert capsys.readouterr().err == "Fejl: Stedet '999' findes ikke.\n"
    assert not out.exists()
