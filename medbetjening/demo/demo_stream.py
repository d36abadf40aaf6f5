"""One stream of demo visits: its own seeded random numbers, its share of each day.

The generator splits the visits into ``STREAMS`` independent streams so that two
processes can make them at once (``demo_pipeline``; generating, not writing, is what a
million visits wait for). A stream takes its share of every (day, site) of the plan,
keeps its own returning citizens and draws from ``Random("demo-<seed>-<stream>")``;
its ids are ``first + stream + STREAMS * n`` per table, so the streams never collide and
the rows do not depend on which process made them or in which order they are written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from medbetjening.demo import demo_catalog as cat
from medbetjening.demo.bulk_insert import COLUMNS, Rows, ts
from medbetjening.demo.demo_access import draw_access
from medbetjening.demo.demo_citizens import CitizenPool, citizen_code, fake_cpr_hash
from medbetjening.demo.demo_clock import DayStamps
from medbetjening.demo.demo_draws import Weighted
from medbetjening.demo.demo_flow_runs import CitizenState
from medbetjening.demo.demo_routes import choose_routes
from medbetjening.demo.demo_schedule import start_times
from medbetjening.demo.demo_sites import SitePlan
from medbetjening.demo.demo_visit import AUDIT_CREATE_CITIZEN, AUDIT_EXPORT, VisitBuilder
from medbetjening.domain.vocabulary import SiteKind

if TYPE_CHECKING:
    from medbetjening.domain.assessment import Instrument

STREAMS = 2
MAX_ACTIVE_CITIZENS = 20_000  # returning citizens are drawn from a bounded pool (all streams)
_CONTACT_TYPES = Weighted(
    ("information", "interaction", "transaction"), cum_weights=(0.2, 0.7, 1.0)
)
_AGE_BANDS = Weighted.of(cat.AGE_BANDS)
_LANGUAGES = Weighted.of(cat.LANGUAGES)
_VISITS = Weighted((1, 2, 3, 4, 6, 9), (35, 25, 15, 10, 9, 6))


class VisitStream:
    def __init__(
        self,
        number: int,
        seed: int,
        now: dt.datetime,
        plan: list[tuple[dt.date, SitePlan, int]],
        first_ids: Mapping[str, int],
        code_salt: int,
        flow_catalog: Mapping[str, cat.DemoFlow],
        instrument: Instrument,
        chunk_size: int,
    ) -> None:
        self.number = number
        self.rng = random.Random(f"demo-{seed}-{number}")
        self.now = now
        self.today = now.date()
        self.plan = plan
        self.chunk_size = chunk_size
        self.code_salt = code_salt
        self.code_number = number + 1 - STREAMS  # this stream's citizen-code numbers
        self.next_ids = {table: first + number for table, first in first_ids.items()}
        self.next_ids.update(run_shape=number, answer_shape=number)  # ``demo_shapes``
        self.pools = {"cpr": CitizenPool(), "code": CitizenPool()}
        self.states: dict[int, CitizenState] = {}
        self.buffers: Rows = {name: [] for name in COLUMNS}
        self.builder = VisitBuilder(self.rng, now, flow_catalog, instrument, self._new_id)
        self.route_ids = frozenset(route.id for route in instrument.routes)

    def _new_id(self, table: str, count: int = 1) -> int:
        """The first of ``count`` ids of this stream's sequence (``first + STREAMS * k``)."""
        first = self.next_ids[table]
        self.next_ids[table] = first + STREAMS * count
        return first

    def share(self, cell: int, count: int) -> int:
        """This stream's part of a cell's visits (the odd one goes round the streams)."""
        extra = 1 if (self.number - cell) % STREAMS < count % STREAMS else 0
        return count // STREAMS + extra

    def chunks(self) -> Iterator[tuple[Rows, int]]:
        """This stream's rows, ``chunk_size`` visits at a time, with its visits so far."""
        done = 0
        for cell, (day, site, count) in enumerate(self.plan):
            if self.number == 0:
                self._export_event(day, site)
            mine = self.share(cell, count)
            if not mine:
                continue
            starts = start_times(self.rng, self.now, day, site, mine)
            stamps = DayStamps(day)
            last = len(starts) - 1
            for index, start in enumerate(starts):
                # today, each stream's latest visit per site is still open: being helped
                self._one_visit(site, stamps, start, day == self.today and index == last)
                done += 1
                if len(self.buffers["visit"]) >= self.chunk_size:
                    yield self._take(), done
        yield self._take(), done

    def _take(self) -> Rows:
        choose_routes(self.buffers, self._new_id, self.route_ids)
        rows, self.buffers = self.buffers, {name: [] for name in COLUMNS}
        rows.update(self.builder.shapes.take_new())  # templates first used in this chunk
        return rows

    # -- one visit ------------------------------------------------------------------------
    def _one_visit(self, site: SitePlan, stamps: DayStamps, start: int, forced_open: bool) -> None:
        rng = self.rng
        role = self._role(site)
        staff_id = site.staff[role][int(rng.random() * len(site.staff[role]))]
        contact_type = _CONTACT_TYPES.pick(rng.random)
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
        age_band = _AGE_BANDS.pick(rng.random)
        language = _LANGUAGES.pick(rng.random)
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
        visits_left = _VISITS.pick(rng.random) - 1
        access = draw_access(rng.random, skill)
        state = CitizenState(kind, skill, visits_left, language, consent, access)
        if visits_left > 0:
            if len(pool.ids) >= MAX_ACTIVE_CITIZENS // STREAMS:
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
            self.code_number += STREAMS
            code = citizen_code(self.code_number, self.code_salt)
            if not code.replace("-", "").isdigit():
                return code
