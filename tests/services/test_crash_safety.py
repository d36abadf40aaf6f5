"""Crash safety: SIGKILL a process recording a visit at random points, 50 times.

The children are forked from a fork server that has the program's modules imported
already (so 50 runs take seconds, not a minute); each child opens its own engine and
records a scripted visit through the services, confirming every commit down a pipe.
After every kill the SQLite file passes ``PRAGMA integrity_check``, every confirmed step
is in the database, and the unfinished visits are offered again by
``VisitService.open_visits``.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import sys

import pytest

from medbetjening.services.visits import VisitService
from tests.services.crash_child import run_with_pipe

RUNS = 50
STEPS = 25

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def _record_until_killed(context, url: str, actor, rng: random.Random):  # type: ignore[no-untyped-def]
    """Start a child, let it confirm a random number of commits, then SIGKILL it."""
    target = rng.randint(0, STEPS + 2)  # 0: killed while starting up
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=run_with_pipe, args=(url, actor.staff_id, actor.site_id, STEPS, sender)
    )
    child.start()
    sender.close()
    lines: list[str] = []
    try:
        while len(lines) < target:
            lines.append(receiver.recv())
    except EOFError:  # the child finished the visit before the target
        pass
    child.kill()  # SIGKILL, wherever the child is now
    child.join()
    assert child.exitcode in (-9, 0)
    while receiver.poll():  # what it confirmed before the kill landed counts too
        try:
            lines.append(receiver.recv())
        except EOFError:
            break
    receiver.close()
    visit_id = next((int(line.split()[1]) for line in lines if line.startswith("visit")), None)
    steps = {line.split()[2] for line in lines if line.startswith("step")}
    return visit_id, steps


def test_sigkill_at_random_points_loses_nothing_confirmed(database, actor) -> None:  # type: ignore[no-untyped-def]
    url, path = database.url, database.sqlite_file
    database.dispose()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.services.crash_child"])
    rng = random.Random(7)
    confirmed: dict[int, set[str]] = {}
    killed_mid_visit = 0
    for _ in range(RUNS):
        visit_id, steps = _record_until_killed(context, url, actor, rng)
        if visit_id is not None:
            confirmed[visit_id] = steps
            killed_mid_visit += len(steps) < STEPS

        with sqlite3.connect(path) as raw:  # as the next start-up would: the WAL recovered
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for known_visit, known_steps in confirmed.items():
                stored = {
                    row[0]
                    for row in raw.execute(
                        "SELECT s.step_id FROM step_record s JOIN flow_run r "
                        "ON r.id = s.flow_run_id WHERE r.visit_id = ?",
                        (known_visit,),
                    )
                }
                assert known_steps <= stored, f"visit {known_visit} lost confirmed steps"

    offered = {row.id for row in VisitService(database.uow_factory).open_visits(actor)}
    assert set(confirmed) <= offered
    assert len(confirmed) >= RUNS // 2 and killed_mid_visit >= RUNS // 3
