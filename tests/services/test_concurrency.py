"""Two staff on the same visit: the second write is refused, never silently lost."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.concurrency import (
    CONCURRENT_EDIT_MESSAGE,
    claim_visit,
    is_transient,
    stale_as_concurrent_edit,
    with_retry,
)
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import ConcurrentEdit, NotFound
from medbetjening.storage.models import FlowRun, Visit
from tests.seed import add_site, add_staff


@pytest.fixture
def setup_any(any_db_url: str):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(services, "Kenni", site.id, Role.STAFF)
    actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    yield services, actor
    db.dispose()


def test_second_writer_with_a_stale_version_gets_a_clear_message(setup_any) -> None:  # type: ignore[no-untyped-def]
    services, actor = setup_any
    visit_id = services.visits.start_visit(actor)
    seen_by_both = services.visits.get_visit(actor, visit_id).version

    with services.database.uow_factory() as uow:  # first staff member adds a flow
        visit = claim_visit(uow.session, visit_id, seen_by_both)
        uow.session.add(FlowRun(visit_id=visit_id, flow_id="pas", flow_title="Pas"))
        uow.commit()
    new_version = visit.version
    assert new_version == seen_by_both + 1

    with pytest.raises(ConcurrentEdit) as raised, services.database.uow_factory() as uow:
        claim_visit(uow.session, visit_id, seen_by_both)  # second one saw the old version
        uow.session.add(FlowRun(visit_id=visit_id, flow_id="flytning", flow_title="Flytning"))
        uow.commit()
    assert str(raised.value) == CONCURRENT_EDIT_MESSAGE and "anden" in str(raised.value)
    with services.database.uow_factory() as uow:
        assert uow.session.scalars(select(FlowRun.flow_id)).all() == ["pas"]
    assert services.visits.get_visit(actor, visit_id).version == new_version


def test_orm_update_of_a_stale_visit_is_a_concurrent_edit(setup_any) -> None:  # type: ignore[no-untyped-def]
    services, actor = setup_any
    visit_id = services.visits.start_visit(actor)
    factory = services.database.uow_factory
    with factory() as first, factory() as second:
        mine = first.session.get(Visit, visit_id)
        theirs = second.session.get(Visit, visit_id)
        mine.status = "closed"
        first.commit()
        theirs.channel = "phone"
        with pytest.raises(ConcurrentEdit), stale_as_concurrent_edit():
            second.commit()
    with factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        assert (visit.status, visit.channel, visit.version) == ("closed", "counter", 2)


def test_claim_keeps_a_loaded_visit_usable_in_the_same_session(setup_any) -> None:  # type: ignore[no-untyped-def]
    services, actor = setup_any
    visit_id = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        loaded = uow.session.get(Visit, visit_id)
        visit = claim_visit(uow.session, visit_id, loaded.version)
        assert visit is loaded and visit.version == 2
        visit.status = "closed"  # the ORM checks version 2 and bumps it again
        uow.commit()
    assert visit.version == 3
    assert services.visits.get_visit(actor, visit_id).version == 3


def test_missing_visit_and_unchecked_bump(setup_any) -> None:  # type: ignore[no-untyped-def]
    services, actor = setup_any
    visit_id = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        with pytest.raises(NotFound):
            claim_visit(uow.session, 999_999, 1)
        assert claim_visit(uow.session, visit_id, None).version == 2


def test_with_retry_repeats_only_transient_errors() -> None:
    class Locked(Exception):
        pass

    attempts: list[int] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError("INSERT", {}, Locked("database is locked"))
        return "ok"

    retried: list[BaseException] = []
    assert with_retry(flaky, on_retry=retried.append) == "ok"
    assert len(attempts) == 3 and len(retried) == 2
    assert is_transient(OperationalError("x", {}, Locked("database is locked")))
    assert not is_transient(OperationalError("x", {}, Locked("no such table")))
    with pytest.raises(OperationalError):
        with_retry(
            lambda: (_ for _ in ()).throw(OperationalError("x", {}, Locked("no such table")))
        )


@pytest.mark.postgres
def test_a_real_deadlock_on_postgresql_is_retried(postgres_url: str) -> None:
    """Two PCs lock two visits in opposite order: one is chosen as deadlock victim and
    its whole unit of work runs again; both changes end up saved."""
    import threading

    from sqlalchemy import text

    db = open_database(postgres_url)
    services = Services(db)
    site = add_site(services, "Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(services, "Kenni", site.id, Role.STAFF)
    actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    first, second = services.visits.start_visit(actor), services.visits.start_visit(actor)
    both_hold_one = threading.Barrier(2, timeout=10)
    retries: list[BaseException] = []
    errors: list[BaseException] = []

    def pc(order: tuple[int, int]) -> None:
        attempts = 0

        def action() -> None:
            nonlocal attempts
            attempts += 1
            with db.uow_factory() as uow:
                uow.session.execute(text("SET LOCAL deadlock_timeout = '50ms'"))
                claim_visit(uow.session, order[0], None)
                if attempts == 1:
                    both_hold_one.wait()
                claim_visit(uow.session, order[1], None)
                uow.commit()

        try:
            with_retry(action, on_retry=retries.append)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            errors.append(error)

    threads = [threading.Thread(target=pc, args=(o,)) for o in ((first, second), (second, first))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    db.dispose()
    assert errors == []
    assert len(retries) == 1 and is_transient(retries[0])
    assert "deadlock" in str(retries[0]).lower()
    db = open_database(postgres_url)
    try:
        versions = Services(db).visits
        assert versions.get_visit(actor, first).version == 3
        assert versions.get_visit(actor, second).version == 3
    finally:
        db.dispose()


def _first_option(item):  # type: ignore[no-untyped-def]
    option = item.scale.options[0]
    return option.value if item.scale.kind == "score" else option.code


def test_assessment_answers_of_two_pcs_at_once_end_in_a_clear_message(services, actor) -> None:  # type: ignore[no-untyped-def]
    """Two PCs answer the same item from the same screen state: the second is refused
    with the Danish message, and the first one's answer is what is stored (before, the
    last writer won silently)."""
    from medbetjening.services.assessment import AssessmentService

    visit_id = services.visits.start_visit(actor)
    item = services.assessment.instrument.items[0]
    seen_by_both = services.assessment.current(actor, visit_id).visit_version
    other_pc = AssessmentService(services.database.uow_factory)
    theirs = other_pc.record_answer(
        actor, visit_id, item.id, _first_option(item), expected_version=seen_by_both
    )
    assert theirs.visit_version > seen_by_both
    with pytest.raises(ConcurrentEdit, match="En anden har ændret"):
        services.assessment.record_answer(
            actor, visit_id, item.id, None, expected_version=seen_by_both
        )
    assert services.assessment.current(actor, visit_id).answers == {item.id: _first_option(item)}


def test_relinking_a_visit_changed_elsewhere_is_a_concurrent_edit(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    citizen = services.citizens.create(actor, age_band="67-79")
    stale = services.visits.get_visit(actor, visit_id).version
    services.citizens.link_visit(actor, visit_id, citizen.id)  # another PC, first
    with pytest.raises(ConcurrentEdit):
        services.citizens.make_anonymous(actor, visit_id, expected_version=stale)


def test_a_close_read_before_a_colleagues_step_mark_is_refused(services, actor) -> None:  # type: ignore[no-untyped-def]
    """Step marks change the visit: a close form loaded before them must be reloaded."""
    from medbetjening.domain.vocabulary import Autonomy, Completion, StepActor
    from medbetjening.services.outcome import CloseRequest

    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")
    read_by_the_close_form = services.outcome.defaults(actor, visit_id).version
    services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)  # a colleague, meanwhile
    request = CloseRequest(
        completion=Completion.COMPLETED,
        autonomy=Autonomy.AUTONOMOUS,
        duration_minutes=10,
        expected_version=read_by_the_close_form,
    )
    with pytest.raises(ConcurrentEdit):
        services.outcome.close_visit(actor, visit_id, request)
    fresh = services.outcome.defaults(actor, visit_id)
    assert fresh.version > read_by_the_close_form
    services.outcome.close_visit(
        actor, visit_id, CloseRequest(**{**request.__dict__, "expected_version": fresh.version})
    )


def test_claim_returns_the_row_as_saved_not_as_loaded(setup_any) -> None:  # type: ignore[no-untyped-def]
    """The claimed visit comes back from the UPDATE: what another PC saved after this
    session read the visit is what the change sees (and its new version)."""
    services, actor = setup_any
    visit_id = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        loaded = uow.session.get(Visit, visit_id)
        assert loaded is not None and loaded.channel != "phone"
        with services.database.uow_factory() as other:  # another PC, merged on purpose
            claimed_there = claim_visit(other.session, visit_id, None)
            claimed_there.channel = "phone"
            other.commit()
        saved = claimed_there.version
        visit = claim_visit(uow.session, visit_id, None)
        assert visit is loaded  # the session's own object, refreshed
        assert (visit.channel, visit.version) == ("phone", saved + 1)
        uow.commit()
    assert services.visits.get_visit(actor, visit_id).version == saved + 1
