"""What runs after the demo visits are written, with the engine (the CLI passes the list)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from medbetjening.demo.demo_referrals import add_demo_referrals
from medbetjening.demo.demo_workshops import add_demo_workshops


def start_statistics(engine: Engine) -> None:
    """Start the statistics' step-friction rows in a second process (they read only the
    visits' runs and step records), so they are ready when the rebuild wants them."""
    from medbetjening.demo.demo_stats_parallel import start_friction_early

    start_friction_early(engine)


def rebuild_statistics(engine: Engine) -> None:
    """Aggregate the generated visits, so the first dashboard opens at once (on two
    cores from ``demo_stats_parallel.WORKER_FROM`` visits on)."""
    from medbetjening.demo.demo_stats_parallel import rebuild_in_two

    rebuild_in_two(engine)


# The one hook point for more demo rows beside the visits: each runs with the engine after
# the visits are written and indexed. Workshops and referrals first: they need the visits'
# period and citizens, not the aggregates; the statistics last, over everything (their
# friction rows begun before the two, which write none of what those rows read).
DEFAULT_AFTER_GENERATE: list[Callable[[Engine], None]] = [
    start_statistics,
    add_demo_workshops,
    add_demo_referrals,
    rebuild_statistics,
]
