"""PostgreSQL under load through the services (issue 22 item 5): 20 PCs × 200 visits.

Runs ``pg_load`` once per run (about ten minutes on two cores) when
MEDBETJENING_BENCH_PG_URL names a server; without it both measures are reported as
not run (never as passed). Two measures from the one run: nothing lost, and the
p99 time per save against the p50 of the same run.
"""

from __future__ import annotations

import os
from typing import Any

from tests.benchmarks.runner import Context, Result, measure

PG_URL_VARIABLE = "MEDBETJENING_BENCH_PG_URL"
CLIENTS = 20
VISITS_PER_CLIENT = 200
NOT_RUN = f"not run: set {PG_URL_VARIABLE} (a PostgreSQL server; a throw-away database is made)"


def _load_run(ctx: Context) -> dict[str, Any] | None:
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        return None

    def compute() -> dict[str, Any]:
        from tests.benchmarks.pg_load import run

        before = os.getloadavg()
        outcome = run(url, CLIENTS, VISITS_PER_CLIENT)
        outcome["load_before"] = before
        outcome["load_after"] = os.getloadavg()
        return outcome

    return ctx.shared("pg_load", compute)


def _load_text(outcome: dict[str, Any]) -> str:
    before, after = outcome["load_before"], outcome["load_after"]
    return (
        f"load average {before[0]:.1f} before, {after[0]:.1f} after "
        f"({os.cpu_count()} cores, the {CLIENTS} client processes included)"
    )


@measure("pg_load_lost")
def pg_load_lost(ctx: Context) -> Result:
    outcome = _load_run(ctx)
    if outcome is None:
        return Result("pg_load_lost", None, "problems", max_value=0, note=NOT_RUN, not_run=True)
    problems = outcome["problems"]
    shown = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
    return Result(
        "pg_load_lost", len(problems), "problems", max_value=0,
        note=f"{CLIENTS} PCs × {VISITS_PER_CLIENT} visits through the services: "
        f"{outcome['saved_steps']} saves; rows lost, duplicated or overwritten silently: "
        f"{shown or 'none'}; {outcome['shared_saves']} saves in shared visits, "
        f"{outcome['conflicts']} refused as conflicts, {outcome['retries']} retries after "
        f"deadlock/serialization failure",
    )  # fmt: skip


@measure("pg_load_p99")
def pg_load_p99(ctx: Context) -> Result:
    outcome = _load_run(ctx)
    if outcome is None:
        return Result(
            "pg_load_p99", None, "ms", None, "p50", max_ratio=3, note=NOT_RUN, not_run=True
        )
    return Result(
        "pg_load_p99", outcome["p99_ms"], "ms", outcome["p50_ms"], "p50 of the same saves",
        max_ratio=3,
        note=f"time per save (its retries included) over {outcome['saved_steps']} saves in "
        f"{outcome['seconds']} s ({outcome['saves_per_second']}/s): p50 {outcome['p50_ms']} "
        f"ms, p95 {outcome['p95_ms']} ms, p99 {outcome['p99_ms']} ms, max "
        f"{outcome['max_ms']} ms; {_load_text(outcome)}",
    )  # fmt: skip
