"""AssessmentService: answers saved one by one, override kept, before/after comparison."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.content.assessment import (
    LoadedInstrument,
    bundled_instrument_path,
    load_instrument,
)
from medbetjening.content.problems import ContentError, ContentProblem
from medbetjening.domain.assessment import Change
from medbetjening.domain.vocabulary import Role
from medbetjening.services.assessment import AssessmentService
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.storage.models import AssessmentResult, AuditEvent, Citizen, Visit
from tests.seed import add_site, add_staff

LEVEL_2 = {
    "devices": "both",
    "mitid": "app",
    "reads_danish": "good",
    "equipped": 2,
    "install_app": 2,
    "mitid_login": 2,
    "self_service": 2,
    "digital_post": 2,
    "phishing": 2,
    "when_stuck": 1,
    "handles_files": 2,
    "wish": "yes",
    "stand_in": "no",
}
LEVEL_1 = {**LEVEL_2, "install_app": 1}


@pytest.fixture
def local(services, actor):  # type: ignore[no-untyped-def]
    """SQLite only: for checks that do not depend on the database server."""
    return services, actor


def new_visit(
    services: Services, actor: ActorContext, citizen_id: int | None = None, days_ago: int = 0
) -> int:
    visit_id = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        visit.citizen_id = citizen_id
        visit.started_at = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago)
        uow.commit()
    return visit_id


def new_citizen(services: Services) -> int:
    with services.database.uow_factory() as uow:
        citizen = Citizen(citizen_code=None)
        uow.session.add(citizen)
        uow.commit()
        return citizen.id


def answer_all(services: Services, actor: ActorContext, visit_id: int, answers: dict) -> None:  # type: ignore[type-arg]
    for item_id, value in answers.items():
        services.assessment.record_answer(actor, visit_id, item_id, value)


def stored(services: Services, visit_id: int) -> AssessmentResult:
    with services.database.uow_factory() as uow:
        row = uow.session.scalars(
            select(AssessmentResult).where(AssessmentResult.visit_id == visit_id)
        ).one()
        _ = row.answers
        return row


def test_answers_are_stored_one_by_one_and_read_back(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    state = services.assessment.record_answer(actor, visit_id, "install_app", 0)
    assert state.answers == {"install_app": 0}
    assert state.result.digitally_challenged is True
    assert stored(services, visit_id).digitally_challenged is True  # committed at once

    answer_all(services, actor, visit_id, LEVEL_1)
    row = stored(services, visit_id)
    assert (row.computed_level, row.level, row.override_reason) == (1, 1, None)
    assert (row.route, row.barriers, row.digitally_challenged) == (
        "medbetjening",
        "skills,no_stand_in",
        False,
    )
    assert row.instrument_id == "counter-v1" and row.instrument_version == "1"
    assert {a.item_id: (a.score, a.choice) for a in row.answers}["mitid"] == (None, "app")
    assert len(row.answers) == 13

    fresh = AssessmentService(services.database.uow_factory)  # as after a restart
    state = fresh.current(actor, visit_id)
    assert state.answers == LEVEL_1 and state.level == 1 and state.result.complete


def test_observed_items_can_be_answered_later_and_cleared(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    asked = {
        k: v
        for k, v in LEVEL_2.items()
        if k not in {"mitid_login", "self_service", "digital_post", "handles_files"}
    }
    answer_all(services, actor, visit_id, asked)
    state = services.assessment.current(actor, visit_id)
    assert state.result.provisional and (state.result.level, state.result.level_max) == (0, 2)
    observed = {"mitid_login": 2, "self_service": 2, "digital_post": 2, "handles_files": 2}
    answer_all(services, actor, visit_id, observed)
    assert services.assessment.current(actor, visit_id).level == 2
    state = services.assessment.record_answer(actor, visit_id, "digital_post", None)
    assert "digital_post" not in state.answers and state.result.provisional
    assert len(stored(services, visit_id).answers) == 12


def test_nothing_scored_yet_stores_no_level(local) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    visit_id = new_visit(services, actor)
    assert services.assessment.current(actor, visit_id).level is None
    services.assessment.record_answer(actor, visit_id, "mitid", None)  # clearing nothing
    services.assessment.override_level(actor, visit_id, None)  # no override to clear
    with services.database.uow_factory() as uow:
        assert uow.session.scalars(select(AssessmentResult)).all() == []
    services.assessment.record_answer(actor, visit_id, "mitid", "app")
    row = stored(services, visit_id)
    assert (row.level, row.computed_level, row.route) == (None, None, None)


@pytest.mark.parametrize(
    ("item_id", "answer"),
    [("no_such_item", 1), ("install_app", 5), ("mitid", "passport"), ("mitid", 1)],
)
def test_unknown_items_and_answers_are_refused(local, item_id: str, answer) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    visit_id = new_visit(services, actor)
    with pytest.raises(InvalidInput):
        services.assessment.record_answer(actor, visit_id, item_id, answer)


def test_override_is_kept_with_its_reason_while_answers_change(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    answer_all(services, actor, visit_id, {**LEVEL_1, "stand_in": "yes", "wish": "maybe"})
    state = services.assessment.override_level(actor, visit_id, 0, "  Borgeren var meget usikker  ")
    assert state.overridden and state.level == 0 and state.computed_level == 1
    assert state.result.route == "power_of_attorney"  # the route follows the override

    services.assessment.record_answer(actor, visit_id, "install_app", 2)  # now level 2 computed
    row = stored(services, visit_id)
    assert (row.level, row.computed_level) == (0, 2)
    assert row.override_reason == "Borgeren var meget usikker"

    state = services.assessment.override_level(actor, visit_id, None)
    assert not state.overridden and state.level == 2
    with services.database.uow_factory() as uow:
        actions = uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions == ["assessment.override", "assessment.override_cleared"]


@pytest.mark.parametrize(
    ("level", "reason", "words"),
    [
        (1, "   ", "hvorfor"),
        (1, "Se 010203-1234 for detaljer", "CPR"),
        (1, "x" * 501, "500"),
        (7, "Fordi", "findes ikke"),
    ],
)
def test_override_needs_a_level_and_a_reason_without_cpr(local, level, reason, words) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    visit_id = new_visit(services, actor)
    with pytest.raises(InvalidInput, match=words):
        services.assessment.override_level(actor, visit_id, level, reason)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (LEVEL_1, LEVEL_2, Change.UP),
        (LEVEL_2, LEVEL_1, Change.DOWN),
        (LEVEL_2, LEVEL_2, Change.SAME),
    ],
)
def test_previous_result_of_the_same_citizen_and_the_change(local, before, after, expected) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    citizen = new_citizen(services)
    other = new_citizen(services)
    old = new_visit(services, actor, citizen, days_ago=30)
    answer_all(services, actor, old, before)
    newer_other = new_visit(services, actor, other, days_ago=1)  # another citizen: ignored
    answer_all(services, actor, newer_other, LEVEL_2 if expected == Change.DOWN else LEVEL_1)
    now = new_visit(services, actor, citizen)
    assert services.assessment.previous_result(actor, now) is not None  # before any answer

    answer_all(services, actor, now, after)
    previous = services.assessment.previous_result(actor, now)
    assert previous is not None and previous.visit_id == old
    assert previous.level == (1 if before is LEVEL_1 else 2)
    current = services.assessment.current(actor, now)
    assert previous.change_to(current.level) == expected
    with services.database.uow_factory() as uow:
        audits = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "assessment.previous.read")
        ).all()
    assert [(a.target_type, a.target_id) for a in audits] == [("citizen", citizen)] * 2


def test_previous_result_uses_the_override_and_skips_unassessed_visits(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    citizen = new_citizen(services)
    first = new_visit(services, actor, citizen, days_ago=60)
    answer_all(services, actor, first, LEVEL_2)
    services.assessment.override_level(actor, first, 1, "Klarede det kun med hjælp i dag")
    new_visit(services, actor, citizen, days_ago=10)  # a visit without assessment
    now = new_visit(services, actor, citizen)
    previous = services.assessment.previous_result(actor, now)
    assert previous is not None and previous.visit_id == first
    assert (previous.level, previous.computed_level, previous.overridden) == (1, 2, True)
    assert previous.route == "medbetjening"


def test_an_anonymous_visit_has_no_previous_result(local) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    assert services.assessment.previous_result(actor, new_visit(services, actor)) is None


def test_recording_bumps_the_visit_version(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    before = services.visits.get_visit(actor, visit_id).version
    services.assessment.record_answer(actor, visit_id, "install_app", 1)
    assert services.visits.get_visit(actor, visit_id).version == before + 1


def test_a_closed_visit_cannot_be_changed(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    with services.database.uow_factory() as uow:
        uow.session.get(Visit, visit_id).status = "closed"
        uow.commit()
    with pytest.raises(InvalidInput, match="afsluttet"):
        services.assessment.record_answer(actor, visit_id, "install_app", 1)
    assert services.assessment.current(actor, visit_id).level is None  # reading still works


def test_roles_and_sites(local) -> None:  # type: ignore[no-untyped-def]
    services, actor = local
    visit_id = new_visit(services, actor)
    volunteer_profile = add_staff(services, "Frivillig", actor.site_id, Role.AMBASSADOR)
    volunteer = ActorContext(volunteer_profile.id, actor.site_id, Role.AMBASSADOR)
    with pytest.raises(PermissionDenied):
        services.assessment.previous_result(volunteer, visit_id)  # no citizen history
    with pytest.raises(PermissionDenied):
        services.assessment.record_answer(volunteer, visit_id, "install_app", 1)  # not theirs
    own = services.visits.start_visit(volunteer)
    assert services.assessment.record_answer(volunteer, own, "install_app", 1).answers

    other_site = add_site(services, "Biblioteket")
    elsewhere = add_staff(services, "Anna", other_site.id, Role.STAFF)
    stranger = ActorContext(elsewhere.id, other_site.id, Role.STAFF)
    with pytest.raises(PermissionDenied):
        services.assessment.current(stranger, visit_id)


def test_a_broken_instrument_is_reported_and_the_fallback_used(
    services, actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    problem = ContentProblem(tmp_path / "own.yaml", 12, "items.3.scale", "ukendt skala 'x'")
    loaded = LoadedInstrument(
        load_instrument(bundled_instrument_path()), bundled_instrument_path(), True, (problem,)
    )
    service = AssessmentService(services.database.uow_factory, lambda: loaded)
    assert service.using_fallback
    assert service.instrument_problems == [
        f"{tmp_path / 'own.yaml'}:12: items.3.scale: ukendt skala 'x'"
    ]
    visit_id = services.visits.start_visit(actor)
    assert service.record_answer(actor, visit_id, "install_app", 2).answers == {"install_app": 2}


def test_no_valid_instrument_at_all_gives_a_clear_error(services, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problem = ContentProblem(tmp_path / "own.yaml", 3, "(yaml)", "ugyldig YAML")

    def broken() -> LoadedInstrument:
        raise ContentError([problem])

    service = AssessmentService(services.database.uow_factory, broken)
    assert service.instrument_problems == [str(problem)] and not service.using_fallback
    with pytest.raises(InvalidInput, match="ingen tidligere gyldig"):
        service.current(actor, services.visits.start_visit(actor))


def test_the_container_uses_the_settings_file(services, actor, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.composition import service_config
    from medbetjening.services.container import Services
    from medbetjening.settings import ASSESSMENT_FILE, Settings

    own = isolated_home / "own.yaml"
    own.write_text(
        bundled_instrument_path()
        .read_text(encoding="utf-8")
        .replace('version: "1"', 'version: "9"'),
        encoding="utf-8",
    )
    Settings().set(ASSESSMENT_FILE, str(own))
    assert services.assessment.instrument.version != "9"  # services never read the settings
    configured = Services(services.database, service_config(Settings()))
    assert configured.assessment.instrument.version == "9"
