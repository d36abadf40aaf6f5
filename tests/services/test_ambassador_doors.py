"""Issue 14, item 4: every public service method, called as a volunteer (digital
ambassador) with a CPR-linked citizen's id (or code, or a visit of that citizen), is
refused or returns nothing of that citizen.

The sweep finds the methods itself (every public method of every service whose first
parameter is the actor), so a new method is covered without editing this file; a
parameter the table below cannot fill fails the test and names it.
"""

from __future__ import annotations

import datetime as dt
import inspect
from pathlib import Path
from typing import Any

import pytest

from medbetjening.domain.contact import iso_week_of
from medbetjening.domain.vocabulary import (
    Autonomy,
    Channel,
    Completion,
    ContactType,
    Obstacle,
    Role,
    SiteKind,
)
from medbetjening.domain.workshops import Participant, WorkshopDraft, WorkshopKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied, ServiceError
from medbetjening.services.follow_up_list import FollowUpScope
from medbetjening.services.help_points import HelpPointDraft
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.referrals import ReferralTarget
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.services.visit_export import VisitExportOptions
from medbetjening.ui.desk.quick_tally_dialog import QuickTally
from tests.referral_seed import close, visit_with
from tests.seed import add_site, add_staff

NOT_USE_CASES = {"key_store", "flow_catalog"}  # stores and catalogues: no actor


def _service_names() -> list[str]:
    return [
        name
        for name, value in vars(Services).items()
        if hasattr(value, "func") and not name.startswith("_") and name not in NOT_USE_CASES
    ]


def _values(services: Services, world: dict[str, Any], tmp: Path) -> dict[str, Any]:
    return {
        "citizen_id": world["citizen_id"],
        "entry": world["code"],
        "code": world["code"],
        "visit_id": world["visit_id"],
        "run_id": world["run_id"],
        "appointment_id": world["appointment_id"],
        "follow_up_id": 1,
        "scope": FollowUpScope.DUE,
        "week": iso_week_of(dt.date.today()),
        "tally": QuickTally(Channel.COUNTER, ContactType.INFORMATION, task="booking"),
        "expected_version": None,
        "age_band": "67-79",
        "language": "da",
        "consent_follow_up": True,
        "out": tmp / "ud.json",
        "path": tmp / "ud.key",
        "options": VisitExportOptions(),
        "flt": StatisticsFilter(dt.date.today(), dt.date.today()),
        "date_from": dt.date.today(),
        "date_to": dt.date.today(),
        "starts_at": dt.datetime.now(),
        "flow_id": "sundhedskort",
        "item_id": "x",
        "answer": None,
        "level": 2,
        "reason": "Borgeren har ikke MitID",
        "route_id": "staff_assisted",
        "route": "medbetjening",
        "who": "citizen_alone",
        "obstacle": Obstacle.NO_MITID,
        "step_index": 0,
        "result": "done_alone",
        "request": CloseRequest(
            completion=Completion.COMPLETED,
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=5,
            expected_version=None,
        ),
        "staff_id": world["lead"].staff_id,
        "site_id": world["other_site"],
        "name": "Ny",
        "kind": SiteKind.LIBRARY,
        "role": Role.STAFF,
        "active": True,
        "password": "en lang kode",
        "current": "",
        "new": "en ny lang kode",
        "parsed": [],
        "workshop": WorkshopDraft(
            held_on=dt.date.today(),
            minutes=60,
            kind=WorkshopKind.IT_CAFE,
            topics=("topic:email",),
            participants=(Participant(world["code"]),),
        ),
        "help_point_id": 1,
        "draft": HelpPointDraft("IT-caféen", "MitID", phone="70 20 00 00"),
        "referral_id": world["referral_id"],
        "taken_up": False,
    }


@pytest.fixture
def world(services: Services, tmp_path: Path) -> dict[str, Any]:
    site = add_site(services, "Rådhuset")
    other = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    lead_info = add_staff(services, "Leder", site.id, Role.LEAD)
    staff_info = add_staff(services, "Kenni", site.id, Role.STAFF)
    amb_info = add_staff(services, "Frivillig", site.id, Role.AMBASSADOR)
    lead = ActorContext(lead_info.id, site.id, Role.LEAD, "Leder")
    staff = ActorContext(staff_info.id, site.id, Role.STAFF, "Kenni")
    ambassador = ActorContext(amb_info.id, site.id, Role.AMBASSADOR, "Frivillig")
    citizen = services.citizens.create(staff, cpr="070761-4285", age_band="67-79")
    visit_id = services.visits.start_visit(staff)
    services.citizens.link_visit(staff, visit_id, citizen.id)
    run = services.flows.start_run(staff, visit_id, "sundhedskort")
    appointment = services.appointments.add(staff, dt.datetime.now(), None, "Pas")
    services.appointments.add(lead, dt.datetime.now(), None, "Andet sted", site_id=other.id)
    # the CPR-linked citizen referred here from the library: "henvist hertil" at this site
    librarian_info = add_staff(services, "Bibliotekar", other.id, Role.STAFF)
    librarian = ActorContext(librarian_info.id, other.id, Role.STAFF, "Bibliotekar")
    sent = visit_with(services, librarian, citizen.id)
    close(services, librarian, sent, ReferralTarget(site_id=site.id), note="Henvist til rådhuset")
    assert services.referrals.referred_here(staff)[0].citizen_code == citizen.citizen_code
    return {
        "referral_id": services.referrals.referred_here(staff)[0].id,
        "citizen_id": citizen.id,
        "code": citizen.citizen_code,
        "visit_id": visit_id,
        "run_id": run.id,
        "appointment_id": appointment.id,
        "lead": lead,
        "staff": staff,
        "ambassador": ambassador,
        "other_site": other.id,
    }


def test_every_service_method_keeps_a_volunteer_away_from_a_cpr_linked_citizen(
    services: Services, world: dict[str, Any], tmp_path: Path
) -> None:
    values = _values(services, world, tmp_path)
    ambassador = world["ambassador"]
    called: list[str] = []
    unfillable: list[str] = []
    for service_name in _service_names():
        service = getattr(services, service_name)
        for method_name, method in inspect.getmembers(service, inspect.ismethod):
            if method_name.startswith("_"):
                continue
            parameters = list(inspect.signature(method).parameters.values())
            if not parameters or parameters[0].name != "actor":
                continue
            kwargs: dict[str, Any] = {}
            for parameter in parameters[1:]:
                if parameter.kind is parameter.VAR_KEYWORD:
                    kwargs["visit_months"] = 6  # policies.change
                elif parameter.name in values:
                    kwargs[parameter.name] = values[parameter.name]
                elif parameter.default is inspect.Parameter.empty:
                    unfillable.append(f"{service_name}.{method_name}({parameter.name})")
            name = f"{service_name}.{method_name}"
            called.append(name)
            try:
                result = method(ambassador, **kwargs)
            except ServiceError:
                continue
            except TypeError as error:  # a parameter this table does not know yet
                unfillable.append(f"{name}: {error}")
                continue
            text = repr(result)
            assert world["code"] not in text, f"{name} showed the citizen's code"
            assert "has_cpr_link=True" not in text, f"{name} showed the CPR link"
    assert not unfillable, f"add a value for: {unfillable}"
    citizen_paths = {
        "citizens.find",
        "citizens.get",
        "citizens.new_code",
        "citizens.update_profile",
        "citizens.link_visit",
        "citizens.visit_citizen",
        "tracking.citizen_history",
        "tracking.task_statuses",
        "citizen_requests.collect",
        "citizen_requests.erase",
        "citizen_requests.find_by_entry",
        "appointments.todays_appointments",
        "workshops.record",
        "referrals.referred_here",
    }
    assert citizen_paths <= set(called), sorted(citizen_paths - set(called))


def test_a_volunteers_own_visit_refuses_the_cpr_citizen(services, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The rule itself, not ownership: on the volunteer's own visit (and own workshop)."""
    values = _values(services, world, tmp_path)
    ambassador, cid = world["ambassador"], world["citizen_id"]
    own = services.visits.start_visit(ambassador)
    for call in (
        lambda: services.citizens.link_visit(ambassador, own, cid),
        lambda: services.citizens.new_code(ambassador, cid),
        lambda: services.citizens.update_profile(
            ambassador, cid, age_band="80+", language="da", consent_follow_up=True
        ),
        lambda: services.citizens.find(ambassador, world["code"]),
        lambda: services.tracking.task_statuses(ambassador, cid),
        lambda: services.appointments.todays_appointments(ambassador, site_id=world["other_site"]),
        lambda: services.workshops.record(ambassador, values["workshop"]),
    ):
        with pytest.raises(PermissionDenied):
            call()
    services.citizens.link_visit(world["lead"], own, cid)  # a lead did it anyway
    assert services.citizens.visit_citizen(ambassador, own) is None
    assert services.exports.handout(ambassador, own).citizen_code is None
    assert services.citizens.get(world["staff"], cid).citizen_code == world["code"]  # unchanged
