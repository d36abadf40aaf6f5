"""Issue 21: referrals that close the loop, through the services."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.services.help_points import HelpPointDraft
from medbetjening.services.referrals import ReferralService, ReferralTarget
from medbetjening.services.statistics import StatisticsFilter
from tests.referral_seed import close as _close
from tests.referral_seed import visit_with as _visit_with
from tests.seed import add_site, add_staff


@pytest.fixture
def any_services(any_db_url):  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.database import open_database

    database = open_database(any_db_url)
    yield Services(database)
    database.dispose()


@pytest.fixture
def town(services):  # type: ignore[no-untyped-def]
    return _town(services)


def _town(services):  # type: ignore[no-untyped-def]
    hall = add_site(services, "Rådhuset")
    library = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    sender = add_staff(services, "Kenni", hall.id)
    receiver = add_staff(services, "Bibi", library.id)
    lead = add_staff(services, "Leder", hall.id, Role.LEAD)
    return {
        "hall": hall,
        "library": library,
        "sender": ActorContext(sender.id, hall.id, Role.STAFF, "Kenni"),
        "receiver": ActorContext(receiver.id, library.id, Role.STAFF, "Bibi"),
        "lead": ActorContext(lead.id, hall.id, Role.LEAD, "Leder"),
    }


def test_a_referral_from_the_town_hall_is_taken_up_at_the_library(any_services) -> None:  # type: ignore[no-untyped-def]
    """On SQLite and PostgreSQL."""
    services = any_services
    town = _town(services)
    sender, receiver = town["sender"], town["receiver"]
    citizen = services.citizens.create(sender)
    first = _visit_with(services, sender, citizen.id)
    target = ReferralTarget(site_id=town["library"].id, flow_id="sundhedskort")
    _close(services, sender, first, target, note="Hemmelig note fra rådhuset")

    here = services.referrals.referred_here(receiver)
    assert [(row.citizen_code, row.from_site) for row in here] == [
        (citizen.citizen_code, "Rådhuset")
    ]
    assert "Hemmelig" not in repr(here)  # the receiving site never reads the sender's note
    assert services.referrals.referred_here(sender) == []  # not "henvist hertil" at home

    second = _visit_with(services, receiver, citizen.id)
    _close(services, receiver, second)
    assert services.referrals.referred_here(receiver) == []

    today = dt.date.today()
    stats = services.statistics.dashboard(
        town["lead"], StatisticsFilter(today, today, site_ids=(town["hall"].id,))
    )
    (route,) = stats.referral_routes
    assert (route.from_site, route.destination) == ("Rådhuset", "Biblioteket")
    assert (route.made, route.taken_up, route.share) == (1, 1, 1.0)


def test_a_visit_at_the_sending_site_does_not_take_the_referral_up(services, town) -> None:  # type: ignore[no-untyped-def]
    sender = town["sender"]
    citizen = services.citizens.create(sender)
    _close(
        services,
        sender,
        _visit_with(services, sender, citizen.id),
        ReferralTarget(town["library"].id),
    )
    _close(services, sender, _visit_with(services, sender, citizen.id))
    assert len(services.referrals.referred_here(town["receiver"])) == 1


def test_an_untaken_referral_shows_on_the_follow_up_screen_after_its_time(services, town) -> None:  # type: ignore[no-untyped-def]
    sender = town["sender"]
    citizen = services.citizens.create(sender)
    _close(
        services,
        sender,
        _visit_with(services, sender, citizen.id),
        ReferralTarget(town["library"].id),
    )
    titles = services.flow_catalog.titles
    uow = services.database.uow_factory
    days = services.policies.current().referral_days
    due = dt.date.today() + dt.timedelta(days=days)
    on_time = ReferralService(uow, titles, clock=lambda: due)
    late = ReferralService(uow, titles, clock=lambda: due + dt.timedelta(days=1))
    assert on_time.overdue_referrals(sender) == []
    (row,) = late.overdue_referrals(sender)
    assert (row.citizen_code, row.destination, row.outside) == (
        citizen.citizen_code,
        "Biblioteket",
        False,
    )
    assert late.overdue_referrals(town["receiver"]) == []  # the sender's screen only
    # a site referral is taken up by the visit there, not by a click at the sender
    with pytest.raises(InvalidInput, match="besøg dér"):
        late.record_result(sender, row.id, taken_up=True)
    late.record_result(sender, row.id, taken_up=False)
    assert late.overdue_referrals(sender) == []


def test_the_time_is_a_policy_a_lead_changes(services, town) -> None:  # type: ignore[no-untyped-def]
    assert services.policies.current().referral_days == 14
    services.policies.change(town["lead"], referral_days=3)
    assert services.policies.current().referral_days == 3
    with pytest.raises(InvalidInput, match="mellem 1 og 90"):
        services.policies.change(town["lead"], referral_days=0)
    with pytest.raises(PermissionDenied):
        services.policies.change(town["sender"], referral_days=5)
    actions = [row.action for row in services.audit_log.list(town["lead"])]
    assert "policy.change" in actions


def test_help_points_are_kept_by_a_lead_and_audited(services, town) -> None:  # type: ignore[no-untyped-def]
    draft = HelpPointDraft(
        name="IT-caféen",
        helps_with="MitID og e-mail",
        address="Hovedgaden 1, 2750 Ballerup",
        opening_hours="Tirsdag kl. 10-12",
    )
    with pytest.raises(PermissionDenied):
        services.help_points.save_help_point(town["sender"], draft)
    point = services.help_points.save_help_point(town["lead"], draft)
    with pytest.raises(InvalidInput, match="adresse eller et telefonnummer"):
        services.help_points.save_help_point(
            town["lead"], HelpPointDraft(name="Uden adresse", helps_with="x")
        )
    with pytest.raises(InvalidInput, match="findes allerede"):
        services.help_points.save_help_point(town["lead"], draft)
    names = [d.name for d in services.referrals.destinations(town["sender"])]
    assert names == ["Biblioteket", "IT-caféen"]  # other sites first, then help points
    services.help_points.retire_help_point(town["lead"], point.id)
    assert [p.name for p in services.help_points.help_points(town["sender"])] == []
    actions = {row.action for row in services.audit_log.list(town["lead"])}
    assert {"help_point.add", "help_point.retire"} <= actions


def test_an_anonymous_visit_is_not_referred_to_a_site(services, town) -> None:  # type: ignore[no-untyped-def]
    sender = town["sender"]
    visit_id = services.visits.start_visit(sender)
    with pytest.raises(InvalidInput, match="anonymt besøg"):
        _close(services, sender, visit_id, ReferralTarget(town["library"].id))
    assert services.visits.get_visit(sender, visit_id).status == "open"  # nothing saved


def _referral_count(services) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from medbetjening.storage.models import ReferralRecord

    with services.database.uow_factory() as uow:
        return uow.session.scalar(select(func.count()).select_from(ReferralRecord))


def test_access_request_and_erasure_include_referrals(services, town) -> None:  # type: ignore[no-untyped-def]
    sender, lead = town["sender"], town["lead"]
    citizen = services.citizens.create(sender)
    target = ReferralTarget(site_id=town["library"].id, flow_id="sundhedskort")
    _close(services, sender, _visit_with(services, sender, citizen.id), target)
    answer = services.citizen_requests.collect(lead, citizen.id)
    (referral,) = answer["referral"]
    assert (referral["to_site_id"], referral["flow_id"]) == (town["library"].id, "sundhedskort")
    services.citizen_requests.erase(lead, citizen.id)
    assert _referral_count(services) == 0
    assert services.referrals.referred_here(town["receiver"]) == []


def test_retention_takes_a_referral_with_its_visit(services, town) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from medbetjening.services.retention import RetentionPolicy
    from medbetjening.storage.models import ReferralRecord, Visit

    sender = town["sender"]
    citizen = services.citizens.create(sender)
    visit_id = _visit_with(services, sender, citizen.id)
    _close(services, sender, visit_id, ReferralTarget(site_id=town["library"].id))
    old = dt.datetime(2024, 1, 10, 10, 0)
    with services.database.uow_factory() as uow:
        uow.session.execute(
            update(Visit).where(Visit.id == visit_id).values(started_at=old, ended_at=old)
        )
        uow.session.execute(update(ReferralRecord).values(made_at=old))
        uow.commit()
    services.retention.purge(None, RetentionPolicy(), today=dt.date.today())
    assert _referral_count(services) == 0


def test_a_closed_visit_linked_later_takes_the_referral_up_and_unlinking_undoes_it(  # type: ignore[no-untyped-def]
    services, town
) -> None:
    sender, receiver = town["sender"], town["receiver"]
    citizen = services.citizens.create(sender)
    _close(
        services,
        sender,
        _visit_with(services, sender, citizen.id),
        ReferralTarget(site_id=town["library"].id),
    )
    there = services.visits.start_visit(receiver)
    _close(services, receiver, there)  # anonymous at first
    assert len(services.referrals.referred_here(receiver)) == 1
    services.citizens.link_visit(receiver, there, citizen.id)  # "it was her"
    assert services.referrals.referred_here(receiver) == []
    services.citizens.make_anonymous(receiver, there)  # a mistake after all
    assert len(services.referrals.referred_here(receiver)) == 1
