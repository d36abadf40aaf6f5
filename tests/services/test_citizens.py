"""CitizenService: one-entry find, create, new code, link/unlink, roles — SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.domain.pseudonym import normalise_citizen_code
from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.cpr import InvalidCpr
from medbetjening.services.database import open_database
from medbetjening.services.errors import ConcurrentEdit, InvalidInput, PermissionDenied
from medbetjening.storage.key_store import PseudonymKeyStore
from medbetjening.storage.models import AuditEvent, Citizen, Visit
from tests.seed import add_site, add_staff


@pytest.fixture
def world(any_db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    services.key_store = PseudonymKeyStore(tmp_path / "keys", use_keyring=False)
    site = add_site(services, "Borgerservice", SiteKind.TOWN_HALL)
    actors = {}
    for role in Role:
        staff = add_staff(services, f"Test {role}", site.id, role)
        actors[role] = ActorContext(staff.id, site.id, role, staff.name)
    yield services, actors
    db.dispose()


def test_returning_citizen_found_by_cpr_or_code_in_one_entry(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    assert services.citizens.find(staff, "211062-5629").citizen is None
    created = services.citizens.create(
        staff, cpr="211062-5629", age_band="67-79", language="da", consent_follow_up=True
    )
    assert created.has_cpr_link and created.citizen_code
    assert normalise_citizen_code(created.citizen_code)
    for entry in ("211062-5629", "2110625629", " 211062 5629"):
        result = services.citizens.find(staff, entry)
        assert result.kind == "cpr" and result.citizen == created
    by_code = services.citizens.find(staff, created.citizen_code.lower().replace("-", ""))
    assert by_code.kind == "code" and by_code.citizen == created
    with services.database.uow_factory() as uow:
        row = uow.session.scalars(select(Citizen)).one()
        assert row.cpr_hash and "2110625629" not in row.cpr_hash and len(row.cpr_hash) == 64


def test_same_cpr_cannot_be_created_twice(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    services.citizens.create(actors[Role.STAFF], cpr="2110625629")
    with pytest.raises(InvalidInput, match="findes allerede"):
        services.citizens.create(actors[Role.STAFF], cpr="211062-5629")


def test_invalid_entries_give_danish_messages(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    with pytest.raises(InvalidCpr, match="gyldig dato"):
        services.citizens.find(staff, "321062-5629")
    with pytest.raises(InvalidInput, match="Borgerkoden er ikke gyldig"):
        services.citizens.find(staff, "K7M-4PO")
    with pytest.raises(InvalidInput, match="CPR-nummer .* eller en borgerkode"):
        services.citizens.find(staff, "fru Hansen")
    with pytest.raises(InvalidInput, match="aldersgruppe"):
        services.citizens.create(staff, age_band="99")


def test_new_code_replaces_the_old_one(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    citizen = services.citizens.create(staff)
    renewed = services.citizens.new_code(staff, citizen.id)
    assert renewed.citizen_code != citizen.citizen_code
    assert services.citizens.find(staff, citizen.citizen_code).citizen is None
    assert services.citizens.find(staff, renewed.citizen_code).citizen.id == citizen.id


def test_link_and_unlink_a_visit(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    visit_id = services.visits.start_visit(staff)
    assert services.citizens.visit_citizen(staff, visit_id) is None  # anonymous by default
    citizen = services.citizens.create(staff, age_band="80+", language="en")
    version = services.visits.get_visit(staff, visit_id).version
    services.citizens.link_visit(staff, visit_id, citizen.id, expected_version=version)
    row = services.visits.get_visit(staff, visit_id)
    assert row.citizen_id == citizen.id and row.citizen_code == citizen.citizen_code
    assert services.citizens.visit_citizen(staff, visit_id).id == citizen.id
    with pytest.raises(ConcurrentEdit):
        services.citizens.make_anonymous(staff, visit_id, expected_version=version)
    services.citizens.make_anonymous(staff, visit_id)
    assert services.visits.get_visit(staff, visit_id).citizen_id is None
    updated = services.citizens.update_profile(
        staff, citizen.id, age_band="67-79", language="da", consent_follow_up=True
    )
    assert (updated.age_band, updated.language, updated.consent_follow_up) == ("67-79", "da", True)


def test_ambassador_uses_codes_only_and_own_visits(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    volunteer, staff = actors[Role.AMBASSADOR], actors[Role.STAFF]
    assert not services.citizens.cpr_lookup_status(volunteer).available
    with pytest.raises(PermissionDenied, match="ambassadører"):
        services.citizens.find(volunteer, "211062-5629")
    with pytest.raises(PermissionDenied):
        services.citizens.create(volunteer, cpr="211062-5629")
    citizen = services.citizens.create(volunteer, age_band="67-79")
    assert not citizen.has_cpr_link
    assert services.citizens.find(volunteer, citizen.citizen_code).citizen == citizen
    own = services.visits.start_visit(volunteer)
    services.citizens.link_visit(volunteer, own, citizen.id)
    others = services.visits.start_visit(staff)
    with pytest.raises(PermissionDenied):
        services.citizens.link_visit(volunteer, others, citizen.id)


def test_audit_records_lookups_without_any_cpr(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    services.citizens.find(staff, "211062-5629")
    created = services.citizens.create(staff, cpr="211062-5629")
    services.citizens.find(staff, "211062-5629")
    with services.database.uow_factory() as uow:
        events = list(
            uow.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.like("citizen.%"))
                .order_by(AuditEvent.id)
            )
        )
    assert [e.action for e in events] == [
        "citizen.lookup_cpr",
        "citizen.create",
        "citizen.lookup_cpr",
    ]
    assert events[2].target_id == created.id and events[2].detail == "fundet"
    for event in events:
        assert "5629" not in (event.detail or "") and "211062" not in (event.detail or "")


def test_visit_rows_are_untouched_by_cpr_lookups(world) -> None:  # type: ignore[no-untyped-def]
    services, actors = world
    staff = actors[Role.STAFF]
    visit_id = services.visits.start_visit(staff)
    services.citizens.find(staff, "211062-5629")
    with services.database.uow_factory() as uow:
        assert uow.session.get(Visit, visit_id).citizen_id is None


def test_access_request_finds_the_citizen_by_cpr_through_the_key(world) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.services.errors import NotFound

    services, actors = world
    lead = actors[Role.LEAD]
    created = services.citizens.create(
        lead, cpr="211062-5629", age_band="67-79", language="da", consent_follow_up=False
    )
    requests = services.citizen_requests
    assert requests.find_by_entry(lead, "211062-5629") == created.id
    assert requests.find_by_entry(lead, created.citizen_code) == created.id
    with pytest.raises(NotFound):
        requests.find_by_entry(lead, "010203-1234")
    with pytest.raises(PermissionDenied):  # access requests are the team lead's
        requests.find_by_entry(actors[Role.STAFF], "211062-5629")
