"""The evidence at the counter from a constructed history with known shares and intervals,
and the route override counted in the statistics."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.services.errors import InvalidInput
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.aggregates import mark_visit_changed
from medbetjening.storage.models import AssessmentResult
from tests.evidence_seed import ALONE, GUIDED, NOW, START, assess, seed_known_history
from tests.reports.seed import Run, Seed, add_citizen, add_visit


@pytest.fixture
def history(services, actor, session_of):  # type: ignore[no-untyped-def]
    site, staff = actor.site_id, actor.staff_id

    def seed(session):  # type: ignore[no-untyped-def]
        seed_known_history(session, site, staff)

    session_of(seed)
    services.statistics.rebuild(None)


def test_known_share_and_wilson_interval(services, actor, history) -> None:  # type: ignore[no-untyped-def]
    found = services.route_evidence.for_errand(actor, "boligstoette", "medbetjening", 1)
    figure = found.evidence.proposed
    assert figure.route == "medbetjening"
    assert (figure.counts.episodes, figure.counts.known, figure.counts.alone) == (30, 25, 18)
    assert figure.share == pytest.approx(0.72)
    # Wilson 95 % for 18 of 25, worked by hand: 0.5242 – 0.8572
    assert figure.interval == pytest.approx((0.5242, 0.8572), abs=1e-4)
    assert figure.unknown_next_time == 5
    # 22 got there: 18 at once (1 visit), 4 after one more helped visit (2 visits)
    assert figure.counts.reached_alone == 22
    assert figure.mean_visits == pytest.approx(26 / 22)
    # The alternative route is shown, but below the minimum count: no share
    (staff,) = found.evidence.alternatives
    assert staff.route == "staff_assisted" and staff.counts.known == 10
    assert staff.too_few and staff.share is None and staff.interval is None


def test_unsettled_levels_are_their_own_band(services, actor, history) -> None:  # type: ignore[no-untyped-def]
    unsettled = services.route_evidence.for_errand(actor, "boligstoette", "medbetjening", None)
    assert unsettled.evidence.band == "?"
    assert unsettled.evidence.proposed.counts.known == 25
    assert unsettled.evidence.proposed.share == pytest.approx(1.0)
    level_0 = services.route_evidence.for_errand(actor, "boligstoette", "medbetjening", 0)
    assert level_0.evidence.proposed.counts.episodes == 0 and level_0.evidence.proposed.too_few


def test_next_time_only_within_twelve_months(services, actor, history) -> None:  # type: ignore[no-untyped-def]
    level_2 = services.route_evidence.for_errand(actor, "boligstoette", "medbetjening", 2)
    assert (level_2.evidence.proposed.counts.episodes, level_2.evidence.proposed.counts.known) == (
        3,
        0,
    )


def test_a_later_visit_updates_the_earlier_episode_at_refresh(  # type: ignore[no-untyped-def]
    services, actor, history, session_of
) -> None:
    before = services.route_evidence.for_errand(actor, "boligstoette", "staff_assisted", 1)
    assert before.evidence.proposed.counts.reached_alone == 0

    def earlier(session):  # type: ignore[no-untyped-def]
        citizen = add_citizen(session)
        first = add_visit(
            session,
            Seed(
                actor.site_id,
                actor.staff_id,
                START,
                citizen_id=citizen,
                runs=[Run("boligstoette", GUIDED)],
            ),
        )
        assess(session, first, 1, "staff_assisted")
        # Written behind the watermark (closed 300 days ago): its day is marked, as the
        # use cases that change a closed visit do.
        mark_visit_changed(session, first)
        return citizen

    citizen = session_of(earlier)
    services.statistics.refresh()

    def later(session):  # type: ignore[no-untyped-def]
        add_visit(
            session,
            Seed(
                actor.site_id,
                actor.staff_id,
                NOW,  # closed at NOW + 30 minutes: after the rebuild's watermark
                citizen_id=citizen,
                runs=[Run("boligstoette", ALONE)],
            ),
        )

    session_of(later)
    services.statistics.refresh(NOW + dt.timedelta(minutes=31))
    after = services.route_evidence.for_errand(actor, "boligstoette", "staff_assisted", 1)
    assert after.evidence.proposed.counts.known == 11
    assert after.evidence.proposed.counts.alone == 1


def test_evidence_door_names_what_is_wrong(services, actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="findes ikke"):
        services.route_evidence.for_errand(actor, "no-such-flow", "medbetjening", 1)
    with pytest.raises(InvalidInput, match="ingen anbefaling"):
        services.route_evidence.for_errand(actor, "boligstoette", "", 1)


def test_recurrence_weighs_the_errand_route(services, actor) -> None:  # type: ignore[no-untyped-def]
    once = services.route_evidence.for_errand(actor, "folkepension", "medbetjening", 2)
    assert once.recurrence == "once"
    assert once.errand_route.route == "staff_assisted" and once.errand_route.changed
    weekly = services.route_evidence.for_errand(actor, "digital-post", "staff_assisted", 1)
    assert weekly.errand_route.route == "medbetjening" and weekly.errand_route.changed
    no_wish = services.route_evidence.for_errand(
        actor, "digital-post", "staff_assisted", 1, wish="no"
    )
    assert no_wish.errand_route.route == "staff_assisted" and not no_wish.errand_route.changed


def test_route_override_counted_in_statistics(services, lead, actor, session_of) -> None:  # type: ignore[no-untyped-def]
    """Through the real assessment service: the proposal is kept beside the choice."""
    visit_id = services.visits.start_visit(actor)
    assessment = services.assessment
    for item, answer in (("wish", "no"), ("stand_in", "yes"), ("mitid", "app")):
        assessment.record_answer(actor, visit_id, item, answer)
    proposed = assessment.current(actor, visit_id).result.route
    chosen = "staff_assisted" if proposed != "staff_assisted" else "medbetjening"
    assessment.override_route(actor, visit_id, chosen, "Borgeren har travlt i dag")

    def close_and_add_old(session):  # type: ignore[no-untyped-def]
        from medbetjening.storage.models import Visit

        row = session.get(Visit, visit_id)
        row.status, row.ended_at = "closed", row.started_at + dt.timedelta(minutes=20)
        # a route chosen before 0007: the proposal was not kept ("?")
        old = add_visit(session, Seed(actor.site_id, actor.staff_id, row.started_at))
        session.add(
            AssessmentResult(
                visit_id=old,
                instrument_id="counter-v1",
                route="paper",
                route_override_reason="Ingen MitID i dag",
            )
        )
        plain = add_visit(session, Seed(actor.site_id, actor.staff_id, row.started_at))
        assess(session, plain, 2, "self_service")

    session_of(close_and_add_old)
    services.statistics.rebuild(None)
    today = dt.date.today()
    board = services.statistics.dashboard(lead, StatisticsFilter(today, today))
    assert board.route_overrides == {(proposed, chosen): 1, ("?", "paper"): 1}
    assert board.routes == {chosen: 1, "paper": 1, "self_service": 1}
    assert board.route_override_share == pytest.approx(2 / 3)
