"""What runs after the demo visits are written, with the engine (the CLI passes the list)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from medbetjening.demo.demo_referrals import add_demo_referrals
from medbetjening.demo.demo_stat_indexes import unread_indexes_set_aside
from medbetjening.demo.demo_workshops import add_demo_workshops


def rebuild_statistics(engine: Engine) -> None:
    """Aggregate the generated visits, so the first dashboard opens at once."""
    from medbetjening.storage.aggregates import rebuild_aggregates
    from medbetjening.storage.unit_of_work import unit_of_work_factory

    with unit_of_work_factory(engine)() as uow:
        with unread_indexes_set_aside(uow.session):
            rebuild_aggregates(uow.session)
        uow.commit()


# The one hook point for more demo rows beside the visits: each runs with the engine after
# the visits are written and indexed. Workshops and referrals first: they need the visits'
# period and citizens, not the aggregates; the statistics last, over everything.
DEFAULT_AFTER_GENERATE: list[Callable[[Engine], None]] = [
    add_demo_workshops,
    add_demo_referrals,
    rebuild_statistics,
]
