"""The role matrix enforced by the services themselves: every role × every guarded call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.reports.export_jobs import export_access_answer, export_audit_log
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied
from tests.services.records import add_citizen, add_visit


@dataclass
class World:
    services: object
    actors: dict[str, ActorContext]
    colleague_visit: int  # same site, another staff member
    other_site_visit: int
    citizen: int
    tmp: Path


@pytest.fixture
def world(services, actor, lead, ambassador, tmp_path) -> World:  # type: ignore[no-untyped-def]
    colleague = services.setup.create_staff("Kollega", actor.site_id, Role.STAFF)
    colleague_ctx = ActorContext(colleague.id, actor.site_id, Role.STAFF, colleague.name)
    library = services.setup.create_site("Hovedbiblioteket", SiteKind.LIBRARY)
    far = services.setup.create_staff("Bibliotekar", library.id, Role.STAFF)
    far_ctx = ActorContext(far.id, library.id, Role.STAFF, far.name)
    citizen = add_citizen(services, "K7Q2")
    return World(
        services=services,
        actors={"ambassador": ambassador, "staff": actor, "lead": lead},
        colleague_visit=services.visits.start_visit(colleague_ctx),
        other_site_visit=add_visit(services, far_ctx, dt.datetime.now(), citizen),
        citizen=citizen,
        tmp=tmp_path,
    )


Call = Callable[[World, ActorContext], object]

CALLS: dict[str, Call] = {
    "visits.start_visit": lambda w, a: w.services.visits.start_visit(a),
    "visits.get_visit(colleague's)": lambda w, a: w.services.visits.get_visit(a, w.colleague_visit),
    "visits.get_visit(other site)": lambda w, a: w.services.visits.get_visit(a, w.other_site_visit),
    "staff.accounts": lambda w, a: w.services.staff.accounts(a),
    "staff.create": lambda w, a: w.services.staff.create(a, "Ny", a.site_id, Role.STAFF),
    "staff.change_role": lambda w, a: w.services.staff.change_role(
        a, w.actors["ambassador"].staff_id, Role.AMBASSADOR
    ),
    "staff.set_active": lambda w, a: w.services.staff.set_active(
        a, w.actors["ambassador"].staff_id, True
    ),
    "staff.reset_password": lambda w, a: w.services.staff.reset_password(
        a, w.actors["ambassador"].staff_id, None
    ),
    "staff.change_own_password": lambda w, a: w.services.staff.change_own_password(
        a, "", "min nye kode"
    ),
    "audit_log.list": lambda w, a: w.services.audit_log.list(a),
    "audit_log.exported": lambda w, a: export_audit_log(w.services.audit_log, a, w.tmp / "l.csv"),
    "retention.purge": lambda w, a: w.services.retention.purge(a, dry_run=True),
    "citizen_requests.find": lambda w, a: w.services.citizen_requests.find(a, code="K7Q2"),
    "citizen_requests.collect": lambda w, a: w.services.citizen_requests.collect(a, w.citizen),
    "citizen_requests.access_answer": lambda w, a: export_access_answer(
        w.services.citizen_requests, a, w.citizen, w.tmp / "borger.json"
    ),
    "citizen_requests.erase": lambda w, a: w.services.citizen_requests.erase(a, w.citizen),
}

ALLOWED: dict[str, set[str]] = {
    "visits.start_visit": {"ambassador", "staff", "lead"},
    "visits.get_visit(colleague's)": {"staff", "lead"},
    "visits.get_visit(other site)": {"lead"},
    "staff.accounts": {"lead"},
    "staff.create": {"lead"},
    "staff.change_role": {"lead"},
    "staff.set_active": {"lead"},
    "staff.reset_password": {"lead"},
    "staff.change_own_password": {"ambassador", "staff", "lead"},
    "audit_log.list": {"lead"},
    "audit_log.exported": {"lead"},
    "retention.purge": {"lead"},
    "citizen_requests.find": {"lead"},
    "citizen_requests.collect": {"lead"},
    "citizen_requests.access_answer": {"lead"},
    "citizen_requests.erase": {"lead"},
}


def test_table_covers_every_call() -> None:
    assert set(ALLOWED) == set(CALLS)


@pytest.mark.parametrize("role", ["ambassador", "staff", "lead"])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_service_enforces_the_matrix(world: World, role: str, call: str) -> None:
    actor = world.actors[role]
    if role in ALLOWED[call]:
        CALLS[call](world, actor)
    else:
        with pytest.raises(PermissionDenied) as raised:
            CALLS[call](world, actor)
        assert str(raised.value)  # a Danish message for the user


def test_ambassadors_see_only_their_own_visits_today(world: World) -> None:
    mine = world.services.visits.start_visit(world.actors["ambassador"])
    seen = {row.id for row in world.services.visits.todays_visits(world.actors["ambassador"])}
    assert seen == {mine}
    staff_sees = {row.id for row in world.services.visits.todays_visits(world.actors["staff"])}
    assert {mine, world.colleague_visit} <= staff_sees
    assert world.other_site_visit not in staff_sees
