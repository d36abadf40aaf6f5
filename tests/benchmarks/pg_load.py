"""Load test for a municipality on one shared PostgreSQL: 20 PCs, 200 visits each.

Not part of the default test run. Run it against a real server:

    MEDBETJENING_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55432/postgres \\
        python -m tests.benchmarks.pg_load [--clients 20] [--visits 200]

or ``pytest tests/benchmarks/pg_load.py``. It creates a throw-away database, starts
``--clients`` processes (each one a PC with its own engine and staff profile, spread over
three sites) that each record ``--visits`` complete visits — start, assessment, a flow
run with six step marks, outcome and close, each saved in its own transaction through
the services and the optimistic visit version — against returning citizens shared by all
PCs. Deadlocks and serialization failures are retried (``services.concurrency``) and
counted. At the end it checks that no row was lost or duplicated and prints the p50,
p95 and p99 time per saved step, and a JSON line for benchmark runners.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.concurrency import claim_visit, with_retry
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.visits import VisitService
from medbetjening.storage.engine import make_engine
from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    Citizen,
    FlowRun,
    Outcome,
    StepRecord,
    Visit,
)
from medbetjening.storage.unit_of_work import unit_of_work_factory
from tests.seed import add_site, add_staff

PG_URL_ENV = "MEDBETJENING_TEST_PG_URL"
STEPS_PER_VISIT = 6
SHARED_CITIZENS = 40
# saves per visit: start, assessment, flow run, the step marks, outcome + close
SAVES_PER_VISIT = 3 + STEPS_PER_VISIT + 1


@dataclass
class ClientResult:
    staff_id: int
    visit_ids: list[int] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    retries: int = 0
    error: str | None = None


def _timed(result: ClientResult, action):  # type: ignore[no-untyped-def]
    def counted(_error: BaseException) -> None:
        result.retries += 1

    started = time.perf_counter()
    value = with_retry(action, attempts=8, on_retry=counted)
    result.latencies.append(time.perf_counter() - started)
    return value


def run_client(
    url: str, actor: ActorContext, citizen_ids: list[int], visits: int, seed: int
) -> ClientResult:
    """One PC: its own engine and connection pool, one staff member, ``visits`` visits."""
    rng = random.Random(seed)
    engine = make_engine(url)
    uow_factory = unit_of_work_factory(engine)
    visit_service = VisitService(uow_factory)
    result = ClientResult(staff_id=actor.staff_id)
    try:
        for _ in range(visits):
            visit_id = _timed(result, lambda: visit_service.start_visit(actor))
            result.visit_ids.append(visit_id)
            citizen_id = rng.choice(citizen_ids)
            version = [1]

            def save(change, visit_id=visit_id, version=version):  # type: ignore[no-untyped-def]
                def action() -> None:
                    with uow_factory() as uow:
                        visit = claim_visit(uow.session, visit_id, version[0])
                        change(uow.session)
                        uow.commit()
                    version[0] = visit.version

                _timed(result, action)

            def assess(session, visit_id=visit_id, citizen_id=citizen_id):  # type: ignore[no-untyped-def]
                session.get(Visit, visit_id).citizen_id = citizen_id
                result_row = AssessmentResult(visit_id=visit_id, instrument_id="basis", level=2)
                for item in ("mitid", "email", "digital-post"):
                    result_row.answers.append(
                        AssessmentAnswer(item_id=item, score=rng.randint(0, 3))
                    )
                session.add(result_row)

            save(assess)
            run_id: list[int] = []

            def start_run(session, visit_id=visit_id, run_id=run_id):  # type: ignore[no-untyped-def]
                run = FlowRun(visit_id=visit_id, flow_id="digital-post", flow_title="Digital Post")
                session.add(run)
                session.flush()
                run_id.append(run.id)

            save(start_run)
            for index in range(STEPS_PER_VISIT):
                save(
                    lambda session, index=index, run_id=run_id: session.add(
                        StepRecord(
                            flow_run_id=run_id[-1],
                            step_index=index,
                            step_id=f"trin-{index}",
                            actor=rng.choice(["citizen_alone", "citizen_guided", "staff"]),
                        )
                    )
                )

            def close(session, visit_id=visit_id, citizen_id=citizen_id):  # type: ignore[no-untyped-def]
                session.add(
                    Outcome(visit_id=visit_id, completion="completed", autonomy="autonomous")
                )
                visit = session.get(Visit, visit_id)
                visit.status = "closed"
                visit.ended_at = visit.started_at
                # returning citizens are shared by all PCs: a hot row, updated in place
                session.execute(
                    update(Citizen)
                    .where(Citizen.id == citizen_id)
                    .values(
                        last_visit_at=func.greatest(
                            func.coalesce(Citizen.last_visit_at, visit.started_at), visit.started_at
                        )
                    )
                )

            save(close)
    except Exception as error:  # noqa: BLE001 - reported to the parent, which fails the run
        result.error = f"{type(error).__name__}: {error}"
    finally:
        engine.dispose()
    return result


def _client_entry(args):  # type: ignore[no-untyped-def]
    return run_client(*args)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


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

        started = time.perf_counter()
        context = multiprocessing.get_context("spawn")
        with context.Pool(clients) as pool:
            results: list[ClientResult] = pool.map(
                _client_entry,
                [(url, actor, citizen_ids, visits, n) for n, actor in enumerate(actors)],
            )
        elapsed = time.perf_counter() - started

        errors = [r.error for r in results if r.error]
        with db.uow_factory() as uow:
            session = uow.session
            visit_count = session.scalar(select(func.count()).select_from(Visit))
            closed = session.scalar(
                select(func.count()).select_from(Visit).where(Visit.status == "closed")
            )
            steps = session.scalar(select(func.count()).select_from(StepRecord))
            outcomes = session.scalar(select(func.count()).select_from(Outcome))
            runs = session.scalar(select(func.count()).select_from(FlowRun))
            answers = session.scalar(select(func.count()).select_from(AssessmentAnswer))
            per_staff = dict(
                session.execute(select(Visit.staff_id, func.count()).group_by(Visit.staff_id)).all()
            )
            # every save bumped the version once, and the two that also changed the
            # visit row (citizen link, close) once more
            wrong_versions = session.scalar(
                select(func.count()).select_from(Visit).where(Visit.version != SAVES_PER_VISIT + 2)
            )
        db.dispose()
        latencies = [value for r in results for value in r.latencies]
        expected = clients * visits
        recorded_ids = [i for r in results for i in r.visit_ids]
        problems = list(errors)
        checks = {
            "visits": (visit_count, expected),
            "closed visits": (closed, expected),
            "flow runs": (runs, expected),
            "step marks": (steps, expected * STEPS_PER_VISIT),
            "outcomes": (outcomes, expected),
            "assessment answers": (answers, expected * 3),
            "distinct visit ids reported": (len(set(recorded_ids)), expected),
            "visits with an unexpected version": (wrong_versions, 0),
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
        f"{outcome['retries']} gentagelser efter deadlock/serialiseringsfejl."
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
