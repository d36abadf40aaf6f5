"""Load test for a municipality on one shared PostgreSQL: 20 PCs, 200 visits each.

Not part of the default test run. Run it against a real server:

    MEDBETJENING_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55432/postgres \\
        python -m tests.benchmarks.pg_load [--clients 20] [--visits 200]

or ``pytest tests/benchmarks/pg_load.py``. It creates a throw-away database, starts
``--clients`` processes (each one a PC with its own connection pool, services and staff
profile, spread over three sites) that each record ``--visits`` complete visits through
the services, as the window does — start, link a returning citizen (shared by all PCs),
three assessment answers, a flow run with six step marks, close — each save passing the
visit version the previous one returned. A quarter of the time a PC also saves one change
(a step mark or an answer) in a visit shared with the other PCs of its site, from the
version it read a moment before: a colleague's save in between is refused as a conflict
and counted. Deadlocks and serialization failures are retried by the services
(``services.concurrency``) and counted. At the end it checks that no row was lost or
duplicated, that each visit has the version its last save returned and that each shared
visit's version counts exactly its successful saves (nothing overwritten silently), and
prints the p50, p95 and p99 time per save, the retries and the conflicts, and a JSON
line for benchmark runners.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import uuid

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    Citizen,
    FlowRun,
    Outcome,
    StepRecord,
    Visit,
)
from tests.benchmarks.pg_load_client import (
    ANSWERS_PER_VISIT,
    FLOW_ID,
    STEPS_PER_VISIT,
    ClientResult,
    SharedVisit,
    client_entry,
)
from tests.seed import add_site, add_staff

PG_URL_ENV = "MEDBETJENING_TEST_PG_URL"
SHARED_CITIZENS = 40
SHARED_VISITS_PER_SITE = 3


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _by_action(results: list[ClientResult]) -> dict[str, dict[str, float]]:
    """p50/p99 (ms) per use case: which save makes the tail."""
    merged: dict[str, list[float]] = {}
    for r in results:
        for name, values in r.by_action.items():
            merged.setdefault(name, []).extend(values)
    return {
        name: {
            "saves": len(values),
            "p50_ms": round(1000 * statistics.median(values), 1),
            "p99_ms": round(1000 * _percentile(values, 0.99), 1),
        }
        for name, values in sorted(merged.items())
    }


def run(admin_url: str, clients: int = 20, visits: int = 200) -> dict:  # type: ignore[type-arg]
    name = f"mb_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        db = open_database(url)
        services = Services(db)
        sites = [
            add_site(services, "Borgerservice Rådhuset", SiteKind.TOWN_HALL),
            add_site(services, "Hovedbiblioteket", SiteKind.LIBRARY),
            add_site(services, "Biblioteket Nord", SiteKind.LIBRARY),
        ]
        actors = []
        for number in range(clients):
            site = sites[number % len(sites)]
            staff = add_staff(services, f"Pc {number + 1}", site.id, Role.STAFF)
            actors.append(ActorContext(staff.id, site.id, Role.STAFF, staff.name))
        with db.uow_factory() as uow:
            citizens = [Citizen(citizen_code=f"L{n:04d}") for n in range(SHARED_CITIZENS)]
            uow.session.add_all(citizens)
            uow.commit()
            citizen_ids = [c.id for c in citizens]

        shared = []
        for site in sites:
            opener = next((a for a in actors if a.site_id == site.id), None)
            for _ in range(SHARED_VISITS_PER_SITE if opener else 0):  # a site with a PC
                visit_id = services.visits.start_visit(opener)
                run = services.flows.start_run(opener, visit_id, FLOW_ID)
                shared.append(SharedVisit(visit_id, run.id, site.id))
        with db.uow_factory() as uow:
            ids = [visit.visit_id for visit in shared]
            shared_start = dict(
                uow.session.execute(select(Visit.id, Visit.version).where(Visit.id.in_(ids))).all()
            )

        context = multiprocessing.get_context("spawn")
        with context.Manager() as manager, context.Pool(clients) as pool:
            start = manager.Barrier(clients)
            results: list[ClientResult] = pool.map(
                client_entry,
                [
                    (url, actor, citizen_ids, shared, visits, n, start)
                    for n, actor in enumerate(actors)
                ],
            )
        elapsed = max(r.ended for r in results) - min(r.began for r in results)

        errors = [r.error for r in results if r.error]
        recorded_ids = [i for r in results for i in r.visit_ids]
        final_versions = {k: v for r in results for k, v in r.final_versions.items()}
        with db.uow_factory() as uow:
            session = uow.session
            own = Visit.id.in_(recorded_ids)
            visit_count = session.scalar(select(func.count()).select_from(Visit).where(own))
            closed = session.scalar(
                select(func.count()).select_from(Visit).where(own, Visit.status == "closed")
            )
            steps = session.scalar(
                select(func.count())
                .select_from(StepRecord)
                .join(FlowRun)
                .where(FlowRun.visit_id.in_(recorded_ids))
            )
            outcomes = session.scalar(
                select(func.count()).select_from(Outcome).where(Outcome.visit_id.in_(recorded_ids))
            )
            runs = session.scalar(
                select(func.count()).select_from(FlowRun).where(FlowRun.visit_id.in_(recorded_ids))
            )
            answers = session.scalar(
                select(func.count())
                .select_from(AssessmentAnswer)
                .join(AssessmentResult)
                .where(AssessmentResult.visit_id.in_(recorded_ids))
            )
            per_staff = dict(
                session.execute(
                    select(Visit.staff_id, func.count()).where(own).group_by(Visit.staff_id)
                ).all()
            )
            versions = dict(session.execute(select(Visit.id, Visit.version)).all())
        db.dispose()
        latencies = [value for r in results for value in r.latencies]
        expected = clients * visits
        problems = list(errors)
        # a visit's version is the one its last save returned: nobody else wrote it
        wrong_versions = sum(1 for k, v in final_versions.items() if versions.get(k) != v)
        # every successful save of a shared visit bumped its version exactly once: a
        # change lost or overwritten silently would show as a difference
        shared_saved = {v.visit_id: 0 for v in shared}
        for r in results:
            for visit_id, count in r.shared_saves.items():
                shared_saved[visit_id] += count
        lost_shared = sum(1 for k, n in shared_saved.items() if versions[k] != shared_start[k] + n)
        checks = {
            "visits": (visit_count, expected),
            "closed visits": (closed, expected),
            "flow runs": (runs, expected),
            "step marks": (steps, expected * STEPS_PER_VISIT),
            "outcomes": (outcomes, expected),
            "assessment answers": (answers, expected * ANSWERS_PER_VISIT),
            "distinct visit ids reported": (len(set(recorded_ids)), expected),
            "visits with another version than their last save returned": (wrong_versions, 0),
            "shared visits whose version does not count their saves": (lost_shared, 0),
        }
        for label, (found, wanted) in checks.items():
            if found != wanted:
                problems.append(f"{label}: {found}, expected {wanted}")
        for actor in actors:
            if per_staff.get(actor.staff_id) != visits:
                problems.append(f"{actor.name}: {per_staff.get(actor.staff_id)} visits")
        return {
            "clients": clients,
            "visits_per_client": visits,
            "saved_steps": len(latencies),
            "seconds": round(elapsed, 2),
            "saves_per_second": round(len(latencies) / elapsed, 1),
            "p50_ms": round(1000 * statistics.median(latencies), 2),
            "p95_ms": round(1000 * _percentile(latencies, 0.95), 2),
            "p99_ms": round(1000 * _percentile(latencies, 0.99), 2),
            "max_ms": round(1000 * max(latencies), 2),
            "retries": sum(r.retries for r in results),
            "shared_saves": sum(shared_saved.values()),
            "conflicts": sum(r.conflicts for r in results),
            "by_action": _by_action(results),
            "problems": problems,
        }
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _report(outcome: dict) -> None:  # type: ignore[type-arg]
    print(
        f"{outcome['clients']} klienter × {outcome['visits_per_client']} besøg: "
        f"{outcome['saved_steps']} gemte trin på {outcome['seconds']} s "
        f"({outcome['saves_per_second']}/s); pr. gemt trin p50 {outcome['p50_ms']} ms, "
        f"p95 {outcome['p95_ms']} ms, p99 {outcome['p99_ms']} ms, max {outcome['max_ms']} ms; "
        f"{outcome['retries']} gentagelser efter deadlock/serialiseringsfejl; i delte besøg "
        f"{outcome['shared_saves']} gemt og {outcome['conflicts']} afvist som konflikt "
        "(»En anden har ændret dette besøg …«)."
    )
    for name, figures in outcome["by_action"].items():
        print(
            f"  {name}: {figures['saves']} gemt, p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms"
        )
    for problem in outcome["problems"]:
        print(f"FEJL: {problem}")
    print(json.dumps({"benchmark": "pg_load", **outcome}, ensure_ascii=False))


def test_pg_load() -> None:
    import pytest

    admin_url = os.environ.get(PG_URL_ENV)
    if not admin_url:
        pytest.skip(f"{PG_URL_ENV} not set")
    outcome = run(admin_url)
    _report(outcome)
    assert outcome["problems"] == []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get(PG_URL_ENV))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--visits", type=int, default=200)
    args = parser.parse_args(argv)
    if not args.url:
        parser.error(f"--url or {PG_URL_ENV} is needed")
    outcome = run(args.url, args.clients, args.visits)
    _report(outcome)
    return 1 if outcome["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
