"""The today list loads a busy day a page at a time (fetchMore), the rest on demand."""

from __future__ import annotations

import pytest

from medbetjening.ui.desk import today_model
from medbetjening.ui.shell.main_window import MainWindow


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(today_model, "PAGE_SIZE", 3)
    return 3


def test_first_page_then_more_on_demand(
    qtmodeltester, small_pages, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = [services.visits.start_visit(actor) for _ in range(7)]
    main_window.refresh_today()
    model = main_window.today.model
    assert model.rowCount() == small_pages
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.data(model.index(row, 0), model.VisitIdRole) for row in range(model.rowCount())]
    assert shown == sorted(ids, reverse=True)
    assert not main_window.today.empty_label.isVisible()
    qtmodeltester.check(model)


def test_a_short_day_needs_no_second_page(
    small_pages, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    main_window.refresh_today()
    assert main_window.today.model.rowCount() == 1
    assert not main_window.today.model.canFetchMore()
