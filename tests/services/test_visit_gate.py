"""The one visit gate: each rule (role × own/other site × read/change) against every
service entry point that takes a visit id or a flow run of a visit."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from medbetjening.domain.roles import Action, allowed
from medbetjening.domain.vocabulary import (
    Autonomy,
    Completion,
    Obstacle,
    Role,
    SiteKind,
    StepActor,
)
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.outcome import CloseRequest
from tests.seed import add_site, add_staff


@dataclass(frozen=True)
class World:
    services: Any
    owner: ActorContext  # staff member who started the visit, at the home site
    visit_id: int
    run_id: int
    version: int
    citizen_id: int


def _first_answer(services: Any) -> tuple[str, Any]:
    item = services.assessment.instrument.items[0]
    option = item.scale.options[0]
    return item.id, option.value if item.scale.kind == "score" else option.code


def _close(w: World, actor: ActorContext) -> object:
    request = CloseRequest(
        completion=Completion.COMPLETED,
        autonomy=Autonomy.AUTONOMOUS,
        duration_minutes=5,
        expected_version=w.version,
    )
    return w.services.outcome.close_visit(actor, w.visit_id, request)


def _started(services: Any, starter: ActorContext, visit_id: int) -> int:
    return services.flows.start_run(starter, visit_id, "pas").id


def _started_and_marked(services: Any, starter: ActorContext, visit_id: int) -> int:
    run_id = _started(services, starter, visit_id)
    services.flows.mark_step(starter, run_id, StepActor.CITIZEN_ALONE)
    return run_id


def _nothing_recorded(_services: Any, _starter: ActorContext, _visit_id: int) -> int:
    return 0  # no flow run: a visit that can be cancelled


# What the visit holds before the entry point is called (its run id), where an entry
# point needs more or less than one started flow.
SETUPS: dict[tuple[str, str], Callable[[Any, ActorContext, int], int]] = {
    ("flows", "undo_last_mark"): _started_and_marked,
    ("visit_cancel", "cancel"): _nothing_recorded,
}


S = Any  # the services container
Call = Callable[[World, ActorContext], object]

# (service, method) -> (read or change, the role action it also needs, the call)
ENTRY_POINTS: dict[tuple[str, str], tuple[str, Action, Call]] = {
    ("visits", "get_visit"): (
        "read",
        Action.START_VISIT,
        lambda w, a: w.services.visits.get_visit(a, w.visit_id),
    ),
    ("visits", "open_visit"): (
        "read",
        Action.START_VISIT,
        lambda w, a: w.services.visits.open_visit(a, w.visit_id),
    ),
    ("flows", "runs"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.runs(a, w.visit_id),
    ),
    ("flows", "get_run"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.get_run(a, w.run_id),
    ),
    ("flows", "staff_bases"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.staff_bases(a, w.run_id, 0),
    ),
    ("outcome", "defaults"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.outcome.defaults(a, w.visit_id),
    ),
    ("outcome", "outcome"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.outcome.outcome(a, w.visit_id),
    ),
    ("assessment", "current"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.assessment.current(a, w.visit_id),
    ),
    ("assessment", "previous_result"): (
        "read",
        Action.READ_HISTORY,
        lambda w, a: w.services.assessment.previous_result(a, w.visit_id),
    ),
    ("citizens", "visit_citizen"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.citizens.visit_citizen(a, w.visit_id),
    ),
    ("exports", "handout"): (
        "read",
        Action.EXPORT_HANDOUT,
        lambda w, a: w.services.exports.handout(a, w.visit_id),
    ),
    ("exports", "case_note_data"): (
        "read",
        Action.EXPORT_CASE_NOTE,
        lambda w, a: w.services.exports.case_note_data(a, w.visit_id),
    ),
    ("flows", "start_run"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.start_run(a, w.visit_id, "pas", expected_version=w.version),
    ),
    ("flows", "mark_step"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.mark_step(
            a, w.run_id, StepActor.CITIZEN_ALONE, expected_version=w.version
        ),
    ),
    ("flows", "mark_obstacle"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.mark_obstacle(
            a, w.run_id, next(iter(Obstacle)), expected_version=w.version
        ),
    ),
    ("flows", "clear_obstacle"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.clear_obstacle(a, w.run_id, 0, expected_version=w.version),
    ),
    ("flows", "pause"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.pause(a, w.run_id, expected_version=w.version),
    ),
    ("flows", "resume"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.resume(a, w.run_id, expected_version=w.version),
    ),
    ("flows", "end"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.end(a, w.run_id, expected_version=w.version),
    ),
    ("flows", "undo_last_mark"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.flows.undo_last_mark(a, w.run_id, expected_version=w.version),
    ),
    ("outcome", "close_visit"): ("change", Action.RECORD_VISIT, _close),
    ("visit_cancel", "can_cancel"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.visit_cancel.can_cancel(a, w.visit_id),
    ),
    ("visit_cancel", "cancel"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.visit_cancel.cancel(a, w.visit_id, expected_version=w.version),
    ),
    ("observations", "open_observations"): (
        "read",
        Action.RECORD_VISIT,
        lambda w, a: w.services.observations.open_observations(a, w.visit_id),
    ),
    ("observations", "fill_from_steps"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.observations.fill_from_steps(
            a, w.visit_id, expected_version=w.version
        ),
    ),
    ("assessment", "mark_not_relevant"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.assessment.mark_not_relevant(
            a,
            w.visit_id,
            w.services.assessment.instrument.items[0].id,
            "Borgeren har ingen telefon",
            expected_version=w.version,
        ),
    ),
    ("assessment", "override_route"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.assessment.override_route(
            a,
            w.visit_id,
            w.services.assessment.instrument.routes[0].id,
            "Skønnet ved samtalen",
            expected_version=w.version,
        ),
    ),
    ("assessment", "record_answer"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.assessment.record_answer(
            a, w.visit_id, *_first_answer(w.services), expected_version=w.version
        ),
    ),
    ("assessment", "override_level"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.assessment.override_level(
            a, w.visit_id, 1, "Skønnet ved samtalen", expected_version=w.version
        ),
    ),
    ("citizens", "link_visit"): (
        "change",
        Action.LINK_CITIZEN_CODE,
        lambda w, a: w.services.citizens.link_visit(
            a, w.visit_id, w.citizen_id, expected_version=w.version
        ),
    ),
    ("citizens", "make_anonymous"): (
        "change",
        Action.RECORD_VISIT,
        lambda w, a: w.services.citizens.make_anonymous(a, w.visit_id, expected_version=w.version),
    ),
}

# role, whose visit, and what the gate says for reading / for changing it
RULES = [
    ("staff", "own site", True, True),
    ("staff", "other site", False, False),
    ("ambassador", "own visit", True, True),
    ("ambassador", "colleague's visit, own site", False, False),
    ("ambassador", "other site", False, False),
    ("lead", "own site", True, True),
    ("lead", "other site", True, False),
]


def _world(
    services: Any, role: str, whose: str, n: int, setup: Callable[[Any, ActorContext, int], int]
) -> tuple[World, ActorContext]:
    home = add_site(services, f"Rådhuset {n}", SiteKind.TOWN_HALL)
    away = add_site(services, f"Biblioteket {n}", SiteKind.LIBRARY)
    actor_staff = add_staff(services, f"Aktøren {n}", home.id, Role(role))
    actor = ActorContext(actor_staff.id, home.id, Role(role), actor_staff.name)
    site = away if whose == "other site" else home
    owner_row = add_staff(services, f"Ejeren {n}", site.id, Role.STAFF)
    owner = ActorContext(owner_row.id, site.id, Role.STAFF, owner_row.name)
    starter = actor if whose == "own visit" else owner
    visit_id = services.visits.start_visit(starter)
    run_id = setup(services, starter, visit_id)
    citizen = services.citizens.create(owner, age_band="67-79")
    version = services.visits.get_visit(starter, visit_id).version
    return World(services, owner, visit_id, run_id, version, citizen.id), actor


@pytest.mark.parametrize("entry", list(ENTRY_POINTS), ids="{0[0]}.{0[1]}".format)
def test_the_gate_rules_hold_at_every_entry_point(services, entry) -> None:  # type: ignore[no-untyped-def]
    """Each rule on a fresh visit (one database per entry point: loading the content for
    every rule separately made this test take minutes)."""
    kind, action, call = ENTRY_POINTS[entry]
    for n, (role, whose, may_read, may_change) in enumerate(RULES):
        rule = f"{role}, {whose}, {kind}"
        world, actor = _world(services, role, whose, n, SETUPS.get(entry, _started))
        permitted = (may_read if kind == "read" else may_change) and allowed(Role(role), action)
        if permitted:
            call(world, actor)
            continue
        with pytest.raises(PermissionDenied) as denied:
            call(world, actor)
        if allowed(Role(role), action):  # refused by the gate itself, naming the visit
            assert f"Besøg nr. {world.visit_id}" in str(denied.value), rule
        after = world.services.visits.get_visit(world.owner, world.visit_id)
        assert after.version == world.version, rule  # a refused change changed nothing


def test_every_service_entry_point_taking_a_visit_is_in_the_table(services) -> None:  # type: ignore[no-untyped-def]
    """A new use case taking a visit id or run id must be added above (and so tested)."""
    names = {  # every service of the container
        name
        for name, attribute in vars(type(services)).items()
        if isinstance(attribute, functools.cached_property) and not name.startswith("_")
    }
    found = set()
    for name in names:
        service = getattr(services, name)
        for method_name, method in inspect.getmembers(type(service), inspect.isfunction):
            if method_name.startswith("_"):
                continue
            parameters = inspect.signature(method).parameters
            if {"visit_id", "run_id"} & set(parameters):
                found.add((name, method_name))
    assert found == set(ENTRY_POINTS)
