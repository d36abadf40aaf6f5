"""Issue 15: unknown stays unknown. A level is stored only when it is final; access facts
(no MitID) are not skills; staff may mark an item not relevant or choose another route."""

from __future__ import annotations

import pytest

from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import AuditEvent
from tests.services.test_assessment_service import answer_all, new_citizen, new_visit, stored

# Kenni (Tønder's service strategy): owns a PC and a smartphone, answers the asked items
# well; the observed items are left blank while he does boligstøtte.
KENNI_ASKED = {
    "devices": "both",
    "mitid": "app",
    "reads_danish": "good",
    "equipped": 2,
    "install_app": 2,
    "phishing": 2,
    "when_stuck": 1,
    "wish": "yes",
    "stand_in": "no",
}
OBSERVED_WELL = {"mitid_login": 2, "self_service": 2, "digital_post": 2, "handles_files": 2}


def test_kenni_with_blank_observed_items_is_stored_as_not_settled_never_0(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    citizen = new_citizen(services)
    visit_id = new_visit(services, actor, citizen)
    answer_all(services, actor, visit_id, KENNI_ASKED)
    row = stored(services, visit_id)
    assert (row.level, row.computed_level) == (None, None)  # not the proven minimum 0
    assert (row.level_low, row.level_high, row.level_final) == (0, 2, False)

    history = services.tracking.citizen_history(actor, citizen)
    (visit,) = history.visits
    assert visit.level is None and visit.level_text == "ikke afklaret (0–2)"
    assert history.levels == []  # the graph shows no guessed point

    answer_all(services, actor, visit_id, OBSERVED_WELL)
    row = stored(services, visit_id)
    assert (row.level, row.level_low, row.level_high, row.level_final) == (2, 2, 2, True)
    (visit,) = services.tracking.citizen_history(actor, citizen).visits
    assert visit.level_text == "2"


def test_a_not_settled_earlier_visit_is_no_previous_level(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    citizen = new_citizen(services)
    first = new_visit(services, actor, citizen, days_ago=30)
    answer_all(services, actor, first, KENNI_ASKED)
    second = new_visit(services, actor, citizen)
    previous = services.assessment.previous_result(actor, second)
    assert previous is not None and previous.level is None
    assert (previous.level_low, previous.level_high) == (0, 2)
    assert previous.change_to(2) is None  # no change computed against an unknown


def test_a_skilled_citizen_without_mitid_keeps_the_level_and_gets_the_mitid_route(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    with_app = new_visit(services, actor)
    answer_all(services, actor, with_app, {**KENNI_ASKED, **OBSERVED_WELL})
    without = new_visit(services, actor)
    observable = {k: v for k, v in OBSERVED_WELL.items() if k in {"self_service", "handles_files"}}
    answer_all(services, actor, without, {**KENNI_ASKED, "mitid": "none", **observable})

    a, b = stored(services, with_app), stored(services, without)
    assert (a.level, a.level_final, a.route) == (2, True, "self_service")
    assert (b.level, b.level_final) == (2, True)  # level unchanged: no MitID is not no skill
    # Kenni has a smartphone: MitID in the app with a chip passport, not "uden smartphone"
    assert b.route == "get_mitid_app" and "skills" not in b.barriers and "mitid" in b.barriers
    state = services.assessment.current(actor, without)
    assert set(state.result.not_applicable) == {"mitid_login", "digital_post"}


def test_an_item_marked_not_relevant_needs_a_reason_and_settles_the_level(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = new_visit(services, actor)
    answer_all(services, actor, visit_id, {**KENNI_ASKED, **OBSERVED_WELL})
    services.assessment.record_answer(actor, visit_id, "digital_post", None)
    assert stored(services, visit_id).level is None
    with pytest.raises(InvalidInput, match="ikke er relevant"):
        services.assessment.mark_not_relevant(actor, visit_id, "digital_post", " ")
    state = services.assessment.mark_not_relevant(
        actor, visit_id, "digital_post", "Har ingen breve endnu"
    )
    assert state.not_relevant == {"digital_post": "Har ingen breve endnu"}
    assert stored(services, visit_id).level == 2
    services.assessment.mark_not_relevant(actor, visit_id, "digital_post", None)
    assert stored(services, visit_id).level is None


def test_staff_can_choose_another_route_with_a_reason_shown_in_history(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    citizen = new_citizen(services)
    visit_id = new_visit(services, actor, citizen)
    answer_all(services, actor, visit_id, {**KENNI_ASKED, **OBSERVED_WELL})
    with pytest.raises(InvalidInput, match="anden vej"):
        services.assessment.override_route(actor, visit_id, "staff_assisted", "")
    with pytest.raises(InvalidInput, match="findes ikke"):
        services.assessment.override_route(actor, visit_id, "taxi", "hurtigt")
    state = services.assessment.override_route(
        actor, visit_id, "staff_assisted", "Borgeren har travlt i dag"
    )
    assert state.route == "staff_assisted" and state.level == 2  # the level is not touched
    row = stored(services, visit_id)
    assert (row.route, row.route_override_reason) == ("staff_assisted", "Borgeren har travlt i dag")
    services.assessment.record_answer(actor, visit_id, "phishing", 3)
    assert stored(services, visit_id).route == "staff_assisted"  # kept while answers change
    (visit,) = services.tracking.citizen_history(actor, citizen).visits
    assert visit.route_override_reason == "Borgeren har travlt i dag"
    with services.database.uow_factory() as uow:
        actions = [e.action for e in uow.session.query(AuditEvent).all()]
    assert "assessment.route_override" in actions
    services.assessment.override_route(actor, visit_id, None)
    assert stored(services, visit_id).route == "self_service"
