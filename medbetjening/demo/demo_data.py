"""Realistic, reproducible synthetic visits in bulk: ``medbetjening demo-data``.

Twelve months of visits at three sites (a town hall and two libraries) up to today (some
of today's still open), with pseudonymous citizens who come back and get better, assessed
(routes staff changed: ``demo_routes``), flow runs with who did each step, outcomes,
follow-ups, audit events. Who the citizens are: ``demo_citizens`` (never a CPR number);
the sites and staff: ``demo_sites``; what runs after the visits (workshops, referrals,
statistics): ``demo_after``. Built for a million visits: tuples straight to the driver
in chunks (``bulk_insert``: explicit ids, a transaction each, the secondary indexes built
once at the end), so memory stays bounded on both engines; from ``WORKER_FROM`` visits
on the rows are generated in a worker process while this one writes (``demo_pipeline``).
When the visits happen: ``demo_schedule``. The same seed and reference time: the same rows.

The flows and the assessment are the real content (see ``demo_catalog``), loaded only
when the caller passes none, so every screen opens demo visits.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select, text

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.bulk_insert import COLUMNS, BulkInserter, Rows, indexes_set_aside, ts
from medbetjening.demo.demo_after import DEFAULT_AFTER_GENERATE  # noqa: F401 (the CLI uses it)
from medbetjening.demo.demo_citizens import CitizenPool, citizen_code, fake_cpr_hash
from medbetjening.demo.demo_clock import DayStamps
from medbetjening.demo.demo_flow_runs import CitizenState
from medbetjening.demo.demo_pipeline import chunks_in_worker, worker_available
from medbetjening.demo.demo_routes import choose_routes
from medbetjening.demo.demo_schedule import DAYS, plan, start_times
from medbetjening.demo.demo_sites import SitePlan, create_sites_and_staff
from medbetjening.demo.demo_visit import AUDIT_CREATE_CITIZEN, AUDIT_EXPORT, VisitBuilder
from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    AuditEvent,
    Citizen,
    Desk,
    FlowRun,
    FollowUp,
    Outcome,
    Site,
    Staff,
    StepRecord,
    Visit,
)

if TYPE_CHECKING:
    from medbetjening.domain.assessment import Instrument

GENERATOR_VERSION = 7  # bump when the generated content changes (benchmark caches use it)
MAX_ACTIVE_CITIZENS = 20_000  # returning citizens are drawn from a bounded pool
WORKER_FROM = 20_000  # visits from which a worker process generates (start-up ≈ 0.1 s)


# Insert order respects the foreign keys within one chunk.
TABLES = (
    Citizen,
    Visit,
    AssessmentResult,
    AssessmentAnswer,
    FlowRun,
    StepRecord,
    Outcome,
    FollowUp,
    AuditEvent,
)


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    seconds: float
    # seconds per part: "visits" (generated, written, indexed), then each after-hook by name
    phases: dict[str, float] = field(default_factory=dict)


def generate_demo_data(
    engine: Engine,
    visits: int,
    *,
    seed: int = 1,
    now: dt.datetime | None = None,
    flow_catalog: Mapping[str, cat.DemoFlow] | None = None,
    instrument: Instrument | None = None,
    chunk_size: int = 10_000,
    progress: Callable[[int, int], None] | None = None,
    after_generate: Sequence[Callable[[Engine], None]] = (),
    in_worker: bool | None = None,
) -> DemoSummary:
    """Fill a database that has no visits yet with ``visits`` synthetic visits.

    ``now`` is the reference time (default: now); ``flow_catalog`` maps flow id to its
    title and step ids (default: the shipped flow library, ``demo_catalog.real_flow_catalog``);
    ``instrument`` is the assessment (default: the bundled instrument); ``in_worker``:
    generate in a second process while this one writes (default: from ``WORKER_FROM``
    visits on, where the platform forks). Both ways give the same rows.
    """
    if visits < 1:
        raise InvalidInput("Antallet af besøg skal være mindst 1.")
    started = time.perf_counter()
    generator = _Generator(
        visits,
        seed,
        (now or dt.datetime.now()).replace(microsecond=0),
        flow_catalog if flow_catalog is not None else cat.real_flow_catalog(),
        instrument if instrument is not None else cat.real_instrument(),
        chunk_size,
    )
    if in_worker is None:
        in_worker = visits >= WORKER_FROM and worker_available()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # demo data is not precious: no fsync per chunk while loading
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
        try:
            generator.run(connection, progress, in_worker)
        finally:
            if sqlite:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
    phases = {"visits": time.perf_counter() - started}
    for callback in after_generate:
        begun = time.perf_counter()
        callback(engine)
        name = getattr(callback, "__name__", type(callback).__name__)
        phases[name] = time.perf_counter() - begun
    return DemoSummary(generator.counts, time.perf_counter() - started, phases)


class _Generator:
    def __init__(
        self,
        visits: int,
        seed: int,
        now: dt.datetime,
        flow_catalog: Mapping[str, cat.DemoFlow],
        instrument: Instrument,
        chunk_size: int,
    ) -> None:
        self.total = visits
        self.rng = random.Random(seed)
        self.now = now
        self.today = now.date()
        self.chunk_size = max(100, chunk_size)
        self.code_salt = self.rng.getrandbits(32)
        self.code_number = 0
        self.pools = {"cpr": CitizenPool(), "code": CitizenPool()}
        self.states: dict[int, CitizenState] = {}
        self.buffers: dict[str, list[tuple]] = {model.__tablename__: [] for model in TABLES}
        self.counts: dict[str, int] = {model.__tablename__: 0 for model in TABLES}
        self.next_ids: dict[str, int] = {}
        self.sites: list[SitePlan] = []
        self.builder = VisitBuilder(self.rng, now, flow_catalog, instrument, self._new_id)
        self.route_ids = frozenset(route.id for route in instrument.routes)

    # -- ids --------------------------------------------------------------------
    def _new_id(self, table: str) -> int:
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def _load_next_ids(self, connection: Connection) -> None:
        for model in (Site, Desk, Staff, *TABLES):
            table = model.__table__
            current = connection.scalar(select(func.max(table.c.id))) or 0
            self.next_ids[table.name] = current + 1

    # -- the whole run ----------------------------------------------------------------
    def run(
        self,
        connection: Connection,
        progress: Callable[[int, int], None] | None,
        in_worker: bool,
    ) -> None:
        if connection.scalar(select(func.count()).select_from(Visit.__table__)):
            raise InvalidInput(
                "Databasen har allerede besøg. Demodata lægges kun i en database uden besøg "
                "(brug fx --db sqlite:///demo.sqlite)."
            )
        self._load_next_ids(connection)
        self.sites = create_sites_and_staff(connection, self.rng, self.now, DAYS + 30, self._new_id)
        connection.commit()
        inserter = BulkInserter(connection)
        # generated in a worker process while this one writes (see ``demo_pipeline``)
        chunks = chunks_in_worker(self) if in_worker else self.chunks()
        with indexes_set_aside(connection, list(COLUMNS)):
            for rows, done in chunks:
                for model in TABLES:
                    name = model.__tablename__
                    inserter.insert(name, rows[name])
                    self.counts[name] += len(rows[name])
                connection.commit()
                if progress:
                    progress(done, self.total)
        self._finish(connection)
        if progress:
            progress(self.total, self.total)

    def chunks(self) -> Iterator[tuple[Rows, int]]:
        """The visits' rows, ``chunk_size`` visits at a time, with the visits made so far."""
        done = 0
        for day, site, count in plan(self.rng, self.now, self.sites, self.total):
            self._export_event(day, site)
            starts = start_times(self.rng, self.now, day, site, count)
            stamps = DayStamps(day)
            for index, start in enumerate(starts):
                # today, the latest visits per site are still open: someone is being helped
                self._one_visit(site, stamps, start, day == self.today and index >= len(starts) - 2)
                done += 1
                if len(self.buffers["visit"]) >= self.chunk_size:
                    yield self._take(), done
        yield self._take(), done

    def _take(self) -> Rows:
        choose_routes(self.buffers, self._new_id, self.route_ids)
        rows, self.buffers = self.buffers, {model.__tablename__: [] for model in TABLES}
        return rows

    def _finish(self, connection: Connection) -> None:
        connection.execute(
            text(
                "UPDATE citizen SET last_visit_at = (SELECT max(v.started_at) FROM visit v "
                "WHERE v.citizen_id = citizen.id) WHERE last_visit_at IS NULL"
            )
        )
        if connection.dialect.name == "postgresql":
            for model in (Site, Desk, Staff, *TABLES):
                name = model.__tablename__
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
                    )
                )
        connection.commit()
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("ANALYZE")
        connection.commit()

    # -- one visit ------------------------------------------------------------------------
    def _one_visit(self, site: SitePlan, stamps: DayStamps, start: int, forced_open: bool) -> None:
        rng = self.rng
        role = self._role(site)
        staff_id = site.staff[role][int(rng.random() * len(site.staff[role]))]
        contact_type = rng.choices(
            ("information", "interaction", "transaction"), cum_weights=(0.2, 0.7, 1.0)
        )[0]
        citizen_id, state, returning = self._citizen(
            role, contact_type, stamps, start, staff_id, site.id
        )
        self.builder.build(
            self.buffers,
            site_id=site.id,
            site_kind=site.kind,
            desk_id=site.desks[int(rng.random() * len(site.desks))] if site.desks else None,
            staff_id=staff_id,
            role=role,
            contact_type=contact_type,
            stamps=stamps,
            start=start,
            citizen_id=citizen_id,
            state=state,
            returning=returning,
            forced_open=forced_open,
            follow_up_staff=site.staff["staff"],
        )
        if state is not None and state.visits_left <= 0:
            self.pools["cpr" if state.kind == "cpr" else "code"].remove(citizen_id or 0)
            self.states.pop(citizen_id or 0, None)

    def _role(self, site: SitePlan) -> str:
        r = self.rng.random()
        if site.kind == SiteKind.LIBRARY:
            return "ambassador" if r < 0.55 else "staff" if r < 0.93 else "lead"
        return "staff" if r < 0.85 else "lead" if r < 0.93 else "ambassador"

    def _citizen(
        self,
        role: str,
        contact_type: str,
        stamps: DayStamps,
        start: int,
        staff_id: int,
        site_id: int,
    ) -> tuple[int | None, CitizenState | None, bool]:
        rng = self.rng
        r = rng.random()
        if role == "ambassador":
            kind = "code" if r < 0.5 else None
        elif contact_type == "information":
            kind = "cpr" if r < 0.35 else None
        else:
            kind = "cpr" if r < 0.82 else "code" if r < 0.9 else None
        if kind is None:
            return None, None, False
        pool = self.pools[kind]
        if pool.ids and rng.random() < 0.5:
            citizen_id = pool.pick(rng)
            state = self.states[citizen_id]
            state.visits_left -= 1
            return citizen_id, state, True
        citizen_id = self._new_id("citizen")
        age_band = rng.choices([a for a, _ in cat.AGE_BANDS], [w for _, w in cat.AGE_BANDS])[0]
        language = rng.choices([c for c, _ in cat.LANGUAGES], [w for _, w in cat.LANGUAGES])[0]
        consent = rng.random() < 0.45
        cpr_hash = fake_cpr_hash(rng) if kind == "cpr" else None
        self.buffers["citizen"].append(
            (citizen_id, cpr_hash, self._next_code(), age_band, language, consent, stamps(start),
             None)
        )  # fmt: skip
        self.builder.audit(
            self.buffers, stamps(start + 50), staff_id, site_id,
            AUDIT_CREATE_CITIZEN, "citizen", citizen_id,
            "med CPR-kobling" if kind == "cpr" else "kun borgerkode",
        )  # fmt: skip
        skill = min(0.95, max(0.02, rng.gauss(cat.AGE_SKILL[age_band], 0.15)))
        visits_left = rng.choices((1, 2, 3, 4, 6, 9), (35, 25, 15, 10, 9, 6))[0] - 1
        state = CitizenState(kind, skill, visits_left, language, consent)
        if visits_left > 0:
            if len(pool.ids) >= MAX_ACTIVE_CITIZENS:
                evicted = pool.pick(rng)
                pool.remove(evicted)
                self.states.pop(evicted, None)
            pool.add(citizen_id)
            self.states[citizen_id] = state
        return citizen_id, state, False

    def _export_event(self, day: dt.date, site: SitePlan) -> None:
        """The lead exports statistics on the first Monday of each month."""
        if day.weekday() != 0 or day.day > 7:
            return
        self.builder.audit(
            self.buffers, ts(dt.datetime.combine(day, dt.time(9, 5))), site.staff["lead"][0],
            site.id, AUDIT_EXPORT, "visit", None, "csv",
        )  # fmt: skip

    def _next_code(self) -> str:
        while True:
            self.code_number += 1
            code = citizen_code(self.code_number, self.code_salt)
            if not code.replace("-", "").isdigit():
                return code
