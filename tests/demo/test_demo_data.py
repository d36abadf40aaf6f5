"""Demo data: reproducible, spread over sites and months, consistent, never CPR-like."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from medbetjening.cli import main as cli_main
from medbetjening.content.flows import builtin_flows_dir
from medbetjening.demo.demo_catalog import (
    OPENING_HOURS,
    DemoFlow,
    real_flow_catalog,
    real_instrument,
)
from medbetjening.demo.demo_data import GENERATOR_VERSION, citizen_code, generate_demo_data
from medbetjening.domain.assessment import score
from medbetjening.domain.pseudonym import is_valid_citizen_code
from medbetjening.domain.self_sufficiency import FollowUpResult, citizen_share, derive_autonomy
from medbetjening.domain.vocabulary import BlockReason, Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import Base

NOW = dt.datetime(2026, 3, 11, 12, 30)  # a Wednesday
SHARED_FLOW_IDS = {
    "mitid-app-pas", "mitid-borgerservice", "digital-post", "digital-post-fritagelse",
    "laeseadgang", "digital-fuldmagt", "flytning", "boligstoette", "sundhedskort", "pas",
    "koerekort-fornyelse", "folkepension", "dagtilbud", "forskudsopgoerelse", "varmetillaeg",
    "byggetilladelse", "mitid-glemt-adgangskode", "mitid-ny-telefon", "mitid-kodeviser",
    "skift-laege", "oekonomisk-hjaelp", "helbredstillaeg",
    "boligstoette-aendring", "eu-sygesikringskort", "mitdk-app", "nemkonto",
}  # fmt: skip
CPR_LIKE = re.compile(r"\d{6}-?\d{4}")
# Audit actions as the services write them (services/citizens.py, tracking.py,
# assessment.py) and the export's action in the role matrix.
REAL_AUDIT_ACTIONS = {
    "citizen.lookup_cpr", "citizen.create", "citizen.history.read",
    "citizen.task_status.read", "assessment.override", "assessment.route_override",
    "export.visits",
}  # fmt: skip


def _normal(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def content_hash(engine: Engine) -> str:
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            # by primary key: some tables (the statistics' day states) have no ``id``
            rows = select(table).order_by(*table.primary_key.columns)
            for row in connection.execute(rows):
                digest.update("|".join(map(_normal, row)).encode())
    return digest.hexdigest()


def _fill(url: str, visits: int, seed: int = 7, **kwargs):  # type: ignore[no-untyped-def]
    db = open_database(url)
    summary = generate_demo_data(db.engine, visits, seed=seed, now=NOW, **kwargs)
    return db, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db, summary = _fill(f"sqlite:///{path}", 3000)
    yield db, summary
    db.dispose()


def _scalar(db, sql: str):  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


def _rows(db, sql: str) -> list:  # type: ignore[no-untyped-def]
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql)))


def test_same_seed_gives_the_same_data_and_another_seed_does_not(tmp_path: Path) -> None:
    hashes = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db, summary = _fill(f"sqlite:///{tmp_path / name}.sqlite", 800, seed=seed)
        assert summary.counts["visit"] == 800
        hashes.append((summary.counts, content_hash(db.engine)))
        db.dispose()
    assert hashes[0] == hashes[1]
    assert hashes[0][1] != hashes[2][1]


def test_postgresql_gets_the_same_rows_and_stays_usable(any_db_url: str, tmp_path: Path) -> None:
    db, summary = _fill(any_db_url, 400)
    reference, _ = _fill(f"sqlite:///{tmp_path / 'ref.sqlite'}", 400)
    try:
        assert content_hash(db.engine) == content_hash(reference.engine)
        # explicit ids must not break the next ordinary insert (PostgreSQL sequences)
        services = Services(db)
        staff = next(s for s in services.setup.staff() if s.role == "staff")
        actor = ActorContext(staff.id, staff.site_id, Role.STAFF, staff.name)
        visit_id = services.visits.start_visit(actor)
        assert visit_id == summary.counts["visit"] + 1
    finally:
        db.dispose()
        reference.dispose()


def test_visits_spread_over_three_sites_twelve_months_and_opening_hours(demo) -> None:  # type: ignore[no-untyped-def]
    db, summary = demo
    assert summary.counts["visit"] == 3000
    sites = _rows(
        db, "SELECT s.kind, count(*) FROM visit v JOIN site s ON s.id = v.site_id GROUP BY s.id"
    )
    assert sorted(kind for kind, _ in sites) == ["library", "library", "town_hall"]
    assert min(n for _, n in sites) > 300
    visits = _rows(db, "SELECT v.started_at, s.kind FROM visit v JOIN site s ON s.id = v.site_id")
    months = set()
    for started, kind in visits:
        started = (
            started if isinstance(started, dt.datetime) else dt.datetime.fromisoformat(started)
        )
        assert NOW - dt.timedelta(days=365) < started <= NOW
        months.add((started.year, started.month))
        if started.date() != NOW.date():
            hours = OPENING_HOURS[next(k for k in OPENING_HOURS if k.value == kind)][
                started.weekday()
            ]
            assert hours is not None, f"visit on a closed day: {started}"
            assert hours[0] <= started.hour + started.minute / 60 < hours[1]
    last_twelve = {((NOW.month - 1 - i) % 12 + 1) for i in range(12)}
    assert {m for _, m in months} == last_twelve
    assert len(months) >= 12
    # Mondays are busier than Fridays, nobody comes on Sundays
    weekdays = [0] * 7
    for started, _ in visits:
        started = (
            started if isinstance(started, dt.datetime) else dt.datetime.fromisoformat(started)
        )
        weekdays[started.weekday()] += 1
    assert weekdays[6] == 0 and weekdays[0] > weekdays[4]


def test_today_has_visits_some_still_open(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    today = _rows(
        db,
        "SELECT site_id, status FROM visit WHERE started_at >= '2026-03-11' AND started_at < '2026-03-12'",
    )
    assert {site for site, _ in today} == {1, 2, 3}
    assert any(status == "open" for _, status in today)
    assert any(status == "closed" for _, status in today)


def test_references_and_rules_hold(demo) -> None:  # type: ignore[no-untyped-def]
    db, summary = demo
    assert _rows(db, "PRAGMA foreign_key_check") == []
    counts = summary.counts
    for table, minimum in (
        ("citizen", 300), ("assessment_result", 300), ("assessment_answer", 2000),
        ("flow_run", 1500), ("step_record", 5000), ("outcome", 2900), ("follow_up", 50),
        ("audit_event", 100),
    ):  # fmt: skip
        assert counts[table] >= minimum, table
        assert _scalar(db, f"SELECT count(*) FROM {table}") == counts[table]
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM outcome o JOIN visit v ON v.id = o.visit_id WHERE v.status = 'open'",
        )
        == 0
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM visit WHERE status = 'closed' AND id NOT IN (SELECT visit_id FROM outcome)",
        )
        == 0
    )
    assert (
        _scalar(db, "SELECT count(*) FROM visit WHERE status = 'open' AND ended_at IS NOT NULL")
        == 0
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM assessment_result WHERE id NOT IN (SELECT assessment_id FROM assessment_answer)",
        )
        == 0
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM citizen WHERE id NOT IN (SELECT citizen_id FROM visit WHERE citizen_id IS NOT NULL)",
        )
        == 0
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM citizen c WHERE last_visit_at IS NOT (SELECT max(started_at) FROM visit WHERE citizen_id = c.id)",
        )
        == 0
    )
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM follow_up f JOIN citizen c ON c.id = f.citizen_id WHERE NOT c.consent_follow_up",
        )
        == 0
    )
    actors = {a for (a,) in _rows(db, "SELECT DISTINCT actor FROM step_record")}
    assert actors == {"citizen_alone", "citizen_guided", "staff", "skipped", None}


def test_returning_citizens_do_more_themselves(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    rows = _rows(
        db,
        """SELECT v.citizen_id, v.started_at, s.actor FROM step_record s
           JOIN flow_run f ON f.id = s.flow_run_id JOIN visit v ON v.id = f.visit_id
           WHERE v.citizen_id IS NOT NULL AND s.actor IS NOT NULL AND s.actor != 'skipped'
           ORDER BY v.citizen_id, v.started_at""",
    )
    visit_number: dict[int, list] = {}
    tallies = {"first": [0, 0], "later": [0, 0]}
    for citizen_id, started, actor in rows:
        seen = visit_number.setdefault(citizen_id, [])
        if started not in seen:
            seen.append(started)
        bucket = tallies["first" if len(seen) == 1 else "later"]
        bucket[0] += actor == "citizen_alone"
        bucket[1] += 1
    first = tallies["first"][0] / tallies["first"][1]
    later = tallies["later"][0] / tallies["later"][1]
    assert tallies["later"][1] > 200
    assert later > first + 0.05


def test_nothing_looks_like_a_cpr_number(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                for value in row:
                    if isinstance(value, str):
                        assert not CPR_LIKE.search(value), (table.name, value)
                        assert not re.search(r"\d{8}", value), (table.name, value)
    hashes = _rows(db, "SELECT cpr_hash, citizen_code FROM citizen")
    assert all(h is None or re.fullmatch(r"[0-9a-f]{64}", h) for h, _ in hashes)
    # as in the app: every citizen has a valid code, some also a CPR link
    assert all(c is not None and is_valid_citizen_code(c) for _, c in hashes)
    assert any(h is None for h, _ in hashes) and any(h is not None for h, _ in hashes)


def test_citizen_codes_are_unique_and_in_the_real_format() -> None:
    codes = {citizen_code(n, 12345) for n in range(1, 20001)}
    assert len(codes) == 20000
    assert all(len(code) == 7 and code[3] == "-" for code in codes)
    assert all(is_valid_citizen_code(code) for code in codes)
    # a single mistyped character is caught by the check character
    code = citizen_code(1, 12345)
    typo = ("3" if code[0] != "3" else "4") + code[1:]
    assert not is_valid_citizen_code(typo)


def test_a_database_with_visits_is_refused(sqlite_url: str) -> None:
    db, _ = _fill(sqlite_url, 50)
    try:
        with pytest.raises(InvalidInput, match="allerede besøg"):
            generate_demo_data(db.engine, 50, now=NOW)
    finally:
        db.dispose()


def test_flow_catalog_and_after_generate_hooks_are_used(sqlite_url: str) -> None:
    called: list[Engine] = []
    catalog = {
        "digital-post": DemoFlow("Digital Post", ("log-ind", "laes-brevet")),
        "flytning": DemoFlow("Flytning", ("log-ind", "send"), frozenset({0})),
    }
    db, _ = _fill(sqlite_url, 300, flow_catalog=catalog, after_generate=[called.append])
    try:
        assert called == [db.engine]
        steps = {
            (f, s)
            for f, s in _rows(
                db,
                "SELECT f.flow_id, s.step_id FROM step_record s JOIN flow_run f ON f.id = s.flow_run_id",
            )
        }
        assert steps <= {(f, s) for f, flow in catalog.items() for s in flow.steps}
        assert {f for f, _ in steps} == set(catalog)
    finally:
        db.dispose()


def test_cli_fills_the_database_and_shows_progress(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", sqlite_url, "--create", "demo-data", "--visits", "400", "--seed", "3"]
    assert cli_main(args) == 0
    out, err = capsys.readouterr()
    assert "Demodata [" in err and "100%" in err
    assert out.startswith("400 besøg,")
    db = open_database(sqlite_url)
    try:
        assert _scalar(db, "SELECT count(*) FROM visit") == 400
        today = dt.date.today().isoformat()
        assert _scalar(db, f"SELECT count(*) FROM visit WHERE started_at >= '{today}'") > 0
        # the statistics are aggregated at once, and agree with the closed visits
        closed = _scalar(db, "SELECT count(*) FROM visit WHERE status = 'closed'")
        assert _scalar(db, "SELECT sum(visits) FROM stat_visit_day") == closed
    finally:
        db.dispose()
    assert cli_main(["--db", sqlite_url, "demo-data", "--visits", "10"]) == 1
    assert "allerede besøg" in capsys.readouterr().err


# -- the demo data is the real product's data ---------------------------------------------
def _actor_for_staff(db, staff_id: int) -> ActorContext:  # type: ignore[no-untyped-def]
    ((site_id, role, name),) = _rows(
        db, f"SELECT site_id, role, name FROM staff WHERE id = {staff_id}"
    )
    return ActorContext(staff_id, site_id, Role(role), name)


def test_generator_version_was_bumped_for_the_real_content() -> None:
    assert GENERATOR_VERSION >= 2  # benchmark caches built from placeholder ids are stale


def test_flow_runs_and_steps_are_the_real_flow_library(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    catalog = real_flow_catalog()
    assert set(catalog) == {path.stem for path in builtin_flows_dir().glob("*.yaml")}
    assert set(catalog) >= SHARED_FLOW_IDS
    runs = _rows(
        db,
        "SELECT f.flow_id, f.flow_title, f.status, v.status FROM flow_run f JOIN visit v ON v.id = f.visit_id",
    )
    assert len({flow_id for flow_id, _, _, _ in runs}) >= 12
    for flow_id, title, status, visit_status in runs:
        assert flow_id in catalog and title == catalog[flow_id].title
        if visit_status == "closed":  # closing a visit ends what still runs
            assert status in ("completed", "ended")
    assert {title for _, title, _, _ in runs} >= {
        "Flytning – anmeld ny adresse",
        "Folkepension – søg",
    }
    for flow_id, step_id, index in _rows(
        db,
        "SELECT f.flow_id, s.step_id, s.step_index FROM step_record s JOIN flow_run f ON f.id = s.flow_run_id",
    ):
        assert catalog[flow_id].steps[index] == step_id
    # a missing MitID is found at a MitID step
    for flow_id, index in _rows(
        db,
        "SELECT f.flow_id, s.step_index FROM step_record s JOIN flow_run f ON f.id = s.flow_run_id "
        "WHERE s.obstacle = 'no_mitid'",
    ):
        assert index in catalog[flow_id].mitid_steps
    active = _rows(
        db, "SELECT visit_id, count(*) FROM flow_run WHERE status = 'active' GROUP BY visit_id"
    )
    assert all(n == 1 for _, n in active)


def test_assessments_are_the_real_instrument_scored_by_the_real_rules(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    instrument = real_instrument()
    answers: dict[int, dict] = {}
    for assessment_id, item_id, value, choice in _rows(
        db, "SELECT assessment_id, item_id, score, choice FROM assessment_answer"
    ):
        item = instrument.item(item_id)  # KeyError: not a real item
        answer = value if item.scored else choice
        assert (value is None) == (not item.scored) and (choice is None) == item.scored
        assert item.scale.accepts(answer), (item_id, answer)
        answers.setdefault(assessment_id, {})[item_id] = answer
    rows = _rows(
        db,
        "SELECT id, instrument_id, instrument_version, computed_level, level, override_reason, "
        "digitally_challenged, route, barriers, level_low, level_high, level_final, "
        "proposed_route, route_override_reason FROM assessment_result",
    )
    overridden, routes, levels, unsettled, other_way = 0, set(), set(), 0, 0
    for row in rows:
        aid, inst_id, version, computed, level, reason, flag, route, barriers = row[:9]
        assert (inst_id, version) == (instrument.id, instrument.version)
        result = score(instrument, answers[aid])
        # unknown stays unknown: a level only when final, the range always
        expected = (result.level, result.level_max, result.final) if result.started else (None,) * 3
        assert (row[9], row[10], bool(row[11]) if result.started else None) == expected
        assert computed == (result.level if result.final else None)
        unsettled += computed is None
        if reason is not None:
            overridden += 1
            assert level != computed
            result = score(instrument, answers[aid], override=level)
        else:
            assert level == computed
        # the proposal is kept; now and then staff chose another route, with a reason
        assert row[12] == result.route
        if row[13] is not None:
            other_way += 1
            assert route != row[12]
        else:
            assert route == result.route
        assert barriers == ",".join(result.barriers)
        assert (None if flag is None else bool(flag)) == result.digitally_challenged
        routes.add(route)
        levels.add(level)
    assert overridden > 0 and unsettled > 0  # information visits observe nothing
    assert other_way > 0  # the dashboard's "route changed by staff" has something to show
    assert levels - {None} == {0, 1, 2, 3}
    assert len(routes) >= 4 and routes <= {route.id for route in instrument.routes}


def test_outcomes_follow_ups_and_audit_are_what_the_services_write(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    marks: dict[int, list] = {}
    for visit_id, actor in _rows(
        db,
        "SELECT f.visit_id, s.actor FROM step_record s JOIN flow_run f ON f.id = s.flow_run_id "
        "ORDER BY s.recorded_at, s.id",
    ):
        marks.setdefault(visit_id, []).append(actor)
    outcomes = _rows(
        db, "SELECT visit_id, derived_autonomy, citizen_share, completion, reason FROM outcome"
    )
    stopped_alone = 0  # every step alone, but the errand not completed: "with help"
    for visit_id, derived, share, completion, reason in outcomes:
        # as the close dialog derives it (services/outcome.py): with the completion
        expected = derive_autonomy(marks.get(visit_id, []), completion == "completed")
        assert derived == (expected.value if expected else None)
        if completion != "completed" and derive_autonomy(marks.get(visit_id, [])) == "autonomous":
            stopped_alone += 1
        expected_share = citizen_share(marks.get(visit_id, []))
        assert (share is None) == (expected_share is None)
        if share is not None:
            assert share == pytest.approx(expected_share)
        assert (reason is None) == (completion == "completed")
    assert stopped_alone > 0
    results = {
        r for (r,) in _rows(db, "SELECT DISTINCT result FROM follow_up WHERE result IS NOT NULL")
    }
    assert results == {r.value for r in FollowUpResult}
    # the follow-up list is worked through: nothing older than two weeks is still due
    old_due = _scalar(
        db, "SELECT count(*) FROM follow_up WHERE status = 'due' AND due_date < '2026-02-25'"
    )
    assert old_due == 0
    assert _scalar(db, "SELECT count(*) FROM follow_up WHERE status = 'due'") > 0
    actions = {a for (a,) in _rows(db, "SELECT DISTINCT action FROM audit_event")}
    assert actions == REAL_AUDIT_ACTIONS


def test_demo_visits_open_in_the_real_services(demo) -> None:  # type: ignore[no-untyped-def]
    db, _ = demo
    services = Services(db)
    # a returning citizen: found by the code, the history opens
    ((citizen_id, code, staff_id),) = _rows(
        db,
        "SELECT c.id, c.citizen_code, max(v.staff_id) FROM citizen c JOIN visit v ON v.citizen_id = c.id "
        "JOIN staff s ON s.id = v.staff_id WHERE s.role = 'staff' "
        "GROUP BY c.id HAVING count(*) >= 3 ORDER BY c.id LIMIT 1",
    )
    actor = _actor_for_staff(db, staff_id)
    found = services.citizens.find(actor, code)
    assert found.citizen is not None and found.citizen.id == citizen_id
    history = services.tracking.citizen_history(actor, citizen_id)
    assert len(history.visits) >= 3 and history.tasks
    # a closed, assessed visit with flows: runs, assessment and outcome read back
    ((visit_id, staff_id),) = _rows(
        db,
        "SELECT v.id, v.staff_id FROM visit v JOIN assessment_result a ON a.visit_id = v.id "
        "WHERE v.status = 'closed' AND v.id IN (SELECT visit_id FROM flow_run) ORDER BY v.id LIMIT 1",
    )
    actor = _actor_for_staff(db, staff_id)
    runs = services.flows.runs(actor, visit_id)
    assert runs and all(run.step_count > 0 for run in runs)
    state = services.assessment.current(actor, visit_id)
    assert state.answers and state.level == state.result.effective_level
    assert services.outcome.outcome(actor, visit_id) is not None
    # every site's follow-up list opens
    for site_id in (1, 2, 3):
        ((staff_id,),) = _rows(
            db, f"SELECT min(id) FROM staff WHERE site_id = {site_id} AND role = 'staff'"
        )
        rows = services.tracking.due_follow_ups(_actor_for_staff(db, staff_id))
        assert all(row.tasks or row.visit_id for row in rows)


def test_an_open_demo_visit_can_be_carried_on_and_closed(sqlite_url: str) -> None:
    from medbetjening.services.outcome import CloseRequest

    db, _ = _fill(sqlite_url, 400)
    try:
        services = Services(db)
        open_visits = _rows(
            db,
            "SELECT v.id, v.staff_id FROM visit v JOIN flow_run f ON f.visit_id = v.id "
            "WHERE v.status = 'open' AND f.status = 'active' ORDER BY v.id",
        )
        assert open_visits
        visit_id, staff_id = open_visits[0]
        actor = _actor_for_staff(db, staff_id)
        (run,) = [r for r in services.flows.runs(actor, visit_id) if r.status == "active"]
        after = services.flows.mark_step(actor, run.id, "citizen_alone")
        assert len(after.marks) >= len(run.marks)
        services.assessment.record_answer(actor, visit_id, "stand_in", "yes")
        defaults = services.outcome.defaults(actor, visit_id)
        services.outcome.close_visit(
            actor,
            visit_id,
            CloseRequest(
                completion=defaults.completion,
                autonomy=defaults.autonomy,
                duration_minutes=defaults.duration_minutes,
                expected_version=defaults.version,
                reason=defaults.reason
                or (None if defaults.completion == "completed" else BlockReason.OUT_OF_TIME),
            ),
        )
        assert services.outcome.outcome(actor, visit_id) is not None
    finally:
        db.dispose()


def test_demo_leads_have_the_documented_password_and_others_none(demo) -> None:  # type: ignore[no-untyped-def]
    """The window cannot make a lead without a password, so the demo does not either."""
    from medbetjening.demo.demo_sites import DEMO_LEAD_PASSWORD

    db, _ = demo
    rows = _rows(db, "SELECT id, role, password_hash FROM staff")
    leads = [staff_id for staff_id, role, password in rows if role == Role.LEAD and password]
    assert leads and all(password for _, role, password in rows if role == Role.LEAD)
    assert not [s for s, role, password in rows if role != Role.LEAD and password]
    services = Services(db)
    assert services.staff.authenticate(leads[0], DEMO_LEAD_PASSWORD).role == Role.LEAD
    assert DEMO_LEAD_PASSWORD in Path("README.md").read_text(encoding="utf-8")
