"""Demo data: reproducible, spread over sites and months, consistent, never CPR-like."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from medbetjening.cli import main as cli_main
from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.demo_catalog import DEFAULT_FLOW_CATALOG, OPENING_HOURS
from medbetjening.services.demo_data import citizen_code, generate_demo_data
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import Base

NOW = dt.datetime(2026, 3, 11, 12, 30)  # a Wednesday
SHARED_FLOW_IDS = {
    "mitid-app-pas", "mitid-borgerservice", "digital-post", "digital-post-fritagelse",
    "laeseadgang", "digital-fuldmagt", "flytning", "boligstoette", "sundhedskort", "pas",
    "koerekort-fornyelse", "folkepension", "dagtilbud", "forskudsopgoerelse", "varmetillaeg",
    "byggetilladelse",
}  # fmt: skip
CPR_LIKE = re.compile(r"\d{6}-?\d{4}")


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
            for row in connection.execute(select(table).order_by(table.c.id)):
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
    flows = {flow for (flow,) in _rows(db, "SELECT DISTINCT flow_id FROM flow_run")}
    assert flows <= SHARED_FLOW_IDS and len(flows) >= 12
    for flow_id, step_id, index in _rows(
        db,
        "SELECT f.flow_id, s.step_id, s.step_index FROM step_record s JOIN flow_run f ON f.id = s.flow_run_id",
    ):
        assert DEFAULT_FLOW_CATALOG[flow_id][index] == step_id
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
    assert all((h is None) != (c is None) for h, c in hashes)
    assert any(c is not None for _, c in hashes)


def test_citizen_codes_are_unique_and_short() -> None:
    codes = {citizen_code(n, 12345) for n in range(1, 20001)}
    assert len(codes) == 20000
    assert all(len(code) == 9 and code[4] == "-" for code in codes)


def test_a_database_with_visits_is_refused(sqlite_url: str) -> None:
    db, _ = _fill(sqlite_url, 50)
    try:
        with pytest.raises(InvalidInput, match="allerede besøg"):
            generate_demo_data(db.engine, 50, now=NOW)
    finally:
        db.dispose()


def test_flow_catalog_and_after_generate_hooks_are_used(sqlite_url: str) -> None:
    called: list[Engine] = []
    catalog = {"digital-post": ["log-ind", "laes-brevet"], "flytning": ["log-ind", "send"]}
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
        assert steps <= {(f, s) for f, ids in catalog.items() for s in ids}
        assert {f for f, _ in steps} == set(catalog)
    finally:
        db.dispose()


def test_cli_fills_the_database_and_shows_progress(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--db", sqlite_url, "demo-data", "--visits", "400", "--seed", "3"]) == 0
    out, err = capsys.readouterr()
    assert "Demodata [" in err and "100%" in err
    assert out.startswith("400 besøg,")
    db = open_database(sqlite_url)
    try:
        assert _scalar(db, "SELECT count(*) FROM visit") == 400
        today = dt.date.today().isoformat()
        assert _scalar(db, f"SELECT count(*) FROM visit WHERE started_at >= '{today}'") > 0
    finally:
        db.dispose()
    assert cli_main(["--db", sqlite_url, "demo-data", "--visits", "10"]) == 1
    assert "allerede besøg" in capsys.readouterr().err
