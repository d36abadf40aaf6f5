"""Today's list a page at a time: the pages add up to the whole day, newest first."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from medbetjening.storage.models import Visit


def _pages(services, actor, size: int):  # type: ignore[no-untyped-def]
    pages, after = [], None
    while True:
        page = services.visits.todays_visits(actor, limit=size, after=after)
        pages.append(page)
        if len(page) < size:
            return pages
        after = page[-1]


def test_pages_add_up_to_the_whole_day(services, actor, ambassador) -> None:  # type: ignore[no-untyped-def]
    ids = [services.visits.start_visit(actor) for _ in range(6)]
    ids.append(services.visits.start_visit(ambassador))
    noon = dt.datetime.combine(dt.date.today(), dt.time(12))
    with services.database.uow_factory() as uow:  # ties on the start time, and yesterday
        uow.session.execute(update(Visit).where(Visit.id.in_(ids[:4])).values(started_at=noon))
        uow.session.execute(
            update(Visit).where(Visit.id == ids[4]).values(started_at=noon - dt.timedelta(days=1))
        )
        uow.commit()
    whole = services.visits.todays_visits(actor)
    assert len(whole) == 6
    keys = [(row.started_at, row.id) for row in whole]
    assert keys == sorted(keys, reverse=True)
    for size in (1, 2, 3, 4, 6, 10):
        pages = _pages(services, actor, size)
        assert [row for page in pages for row in page] == whole
        assert all(len(page) == size for page in pages[:-1])
    own = _pages(services, ambassador, 1)
    assert [row.id for page in own for row in page] == [ids[6]]
