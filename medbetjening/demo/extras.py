"""The hook point for more demo data beside the visits (referrals, workshops, ...).

A module that adds demo rows of its own (``demo/demo_<kind>.py``) defines one function
``(connection, DemoRun) -> None`` and is named in ``registered()`` below with one line.
Each is called once, after the visits are written and their indexes built, with its own
seeded generator (drawn from the main one after the visits, so they stay as they are),
the reference time, the sites with their staff, and the id counter; the generator
commits after each.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from medbetjening.demo.demo_sites import SitePlan


@dataclass(frozen=True)
class DemoRun:
    rng: random.Random
    now: dt.datetime
    sites: list[SitePlan]
    new_id: Callable[[str], int]  # next free id of a table the generator knows


Extra = Callable[[Connection, DemoRun], None]


def registered() -> list[Extra]:
    """The extras, imported only when demo data is made. Add yours here, one line each."""
    return []


def add_extras(connection: Connection, run: DemoRun, extras: list[Extra] | None = None) -> None:
    for extra in registered() if extras is None else extras:
        extra(connection, replace(run, rng=random.Random(run.rng.getrandbits(64))))
        connection.commit()
