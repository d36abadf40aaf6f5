"""What runs after the demo visits are written, with the engine (the CLI passes the list)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from medbetjening.demo.demo_workshops import add_demo_workshops


def rebuild_statistics(engine: Engine) -> None:
    """Aggregate the generated visits, so the first dashboard opens at once."""
    from medbetjening.storage.aggregates import rebuild_aggregates
    from medbetjening.storage.unit_of_work import unit_of_work_factory

    with unit_of_work_factory(engine)() as uow:
        rebuild_aggregates(uow.session)
        uow.commit()


# the library workshops first: they need the visits' period and citizens, not the aggregates
DEFAULT_AFTER_GENERATE: list[Callable[[Engine], None]] = [add_demo_workshops, rebuild_statistics]
