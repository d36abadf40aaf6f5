"""Realistic, reproducible synthetic visits in bulk: ``medbetjening demo-data``.

Twelve months of visits at three sites (a town hall and two libraries) up to today (some
of today's still open), with pseudonymous citizens who come back and get better, assessed
(routes staff changed: ``demo_routes``), flow runs with who did each step, outcomes,
follow-ups, audit events. Who the citizens are: ``demo_citizens`` (never a CPR number);
the sites and staff: ``demo_sites``; what runs after the visits (workshops, referrals,
statistics): ``demo_after``. Built for a million visits: tuples straight to the driver
in chunks (``bulk_insert``: explicit ids, a transaction each, the secondary indexes built
once at the end), so memory stays bounded on both engines. The visits are made by
independent seeded streams (``demo_stream``); from ``WORKER_FROM`` visits on each
stream runs in a worker process while this one writes (``demo_pipeline``). When the
visits happen: ``demo_schedule``. The same seed and reference time: the same rows.

The flows and the assessment are the real content (see ``demo_catalog``), loaded only
when the caller passes none, so every screen opens demo visits.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, func, select, text

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.bulk_insert import COLUMNS, BulkInserter, indexes_set_aside
from medbetjening.demo.chunk_pack import PackedChunk, pack
from medbetjening.demo.demo_after import DEFAULT_AFTER_GENERATE  # noqa: F401 (the CLI uses it)
from medbetjening.demo.demo_citizens import citizen_code  # noqa: F401 (tests use it)
from medbetjening.demo.demo_pipeline import cpu_seconds, in_turn, worker_available
from medbetjening.demo.demo_schedule import plan, span_days
from medbetjening.demo.demo_sites import SitePlan, create_sites_and_staff
from medbetjening.demo.demo_stream import STREAMS, VisitStream
from medbetjening.demo.load_pragmas import loading_pragmas
from medbetjening.demo.shape_expand import Expander
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

GENERATOR_VERSION = 11  # bump when the generated content changes (benchmark caches use it)
WORKER_FROM = 20_000  # visits from which worker processes generate (start-up ≈ 0.1 s)


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
TABLE_NAMES = tuple(model.__tablename__ for model in TABLES)


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]
    seconds: float
    # seconds per part: "visits" (generated, written, indexed), then each after-hook by name
    phases: dict[str, float] = field(default_factory=dict)
    # CPU seconds per part, this process and its workers (load-independent)
    phase_cpu: dict[str, float] = field(default_factory=dict)


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
    generate in worker processes (one per stream) while this one writes (default: from
    ``WORKER_FROM`` visits on, where the platform forks). Both ways give the same rows.
    """
    if visits < 1:
        raise InvalidInput("Antallet af besøg skal være mindst 1.")
    started, cpu_started = time.perf_counter(), cpu_seconds()
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
    with engine.connect() as connection, _load_settings(connection):
        generator.run(connection, progress, in_worker)
    phases = {"visits": time.perf_counter() - started}
    phase_cpu = {"visits": cpu_seconds() - cpu_started}
    for callback in after_generate:
        begun, cpu_begun = time.perf_counter(), cpu_seconds()
        callback(engine)
        name = getattr(callback, "__name__", type(callback).__name__)
        phases[name] = time.perf_counter() - begun
        phase_cpu[name] = cpu_seconds() - cpu_begun
    return DemoSummary(generator.counts, time.perf_counter() - started, phases, phase_cpu)


def _load_settings(connection: Connection) -> AbstractContextManager[object]:
    """SQLite: how safely depends on what the file held before (``load_pragmas``)."""
    return loading_pragmas(connection) if connection.dialect.name == "sqlite" else nullcontext()


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
        self.seed = seed
        self.rng = random.Random(seed)  # the plan and the sites; the visits: the streams'
        self.now = now
        self.chunk_size = max(100, chunk_size)
        self.code_salt = self.rng.getrandbits(32)
        self.flow_catalog = flow_catalog
        self.instrument = instrument
        self.counts: dict[str, int] = {model.__tablename__: 0 for model in TABLES}
        self.ids: dict[str, itertools.count[int]] = {}

    # -- ids --------------------------------------------------------------------
    def _new_id(self, table: str) -> int:
        return next(self.ids[table])

    def _load_next_ids(self, connection: Connection) -> None:
        for model in (Site, Desk, Staff, *TABLES):
            table = model.__table__
            current = connection.scalar(select(func.max(table.c.id))) or 0
            self.ids[table.name] = itertools.count(current + 1)

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
        if connection.scalar(select(func.count()).select_from(Staff.__table__)):
            # its demo leads' password is in the README: never in a real municipality's
            raise InvalidInput(
                "Databasen har allerede medarbejderprofiler. Demodata lægges kun i en ny "
                "database (brug fx --db sqlite:///demo.sqlite); demoens teamledere har en "
                "kendt adgangskode. Intet er ændret."
            )
        self._load_next_ids(connection)
        sites = create_sites_and_staff(
            connection, self.rng, self.now, span_days(self.total) + 30, self._new_id
        )
        connection.commit()
        streams = self.streams(sites)
        inserter = BulkInserter(connection)
        # generated in worker processes while this one writes (see ``demo_pipeline``)
        # on SQLite the workers bind their own rows (``chunk_pack``): the writer copies
        packed = in_worker and connection.dialect.name == "sqlite"
        expander = Expander()  # step records and answers where no worker packs
        with indexes_set_aside(connection, list(COLUMNS)):
            for rows, done in in_turn(streams, in_worker, pack if packed else None):
                if isinstance(rows, PackedChunk):
                    counted = inserter.insert_packed(rows, TABLE_NAMES)
                else:
                    rows = expander.expand(rows)
                    for name in TABLE_NAMES:
                        inserter.insert(name, rows[name])
                    counted = {name: len(rows[name]) for name in TABLE_NAMES}
                for name in TABLE_NAMES:
                    self.counts[name] += counted[name]
                connection.commit()
                if progress:
                    progress(done, self.total)
            if packed:
                inserter.finish_packed()
        self._finish(connection)
        if progress:
            progress(self.total, self.total)

    def streams(self, sites: list[SitePlan]) -> list[VisitStream]:
        cells = plan(self.rng, self.now, sites, self.total)
        first_ids = {name: next(self.ids[name]) for name in COLUMNS}
        return [
            VisitStream(
                number,
                self.seed,
                self.now,
                cells,
                first_ids,
                self.code_salt,
                self.flow_catalog,
                self.instrument,
                self.chunk_size,
            )  # fmt: skip
            for number in range(STREAMS)
        ]

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
