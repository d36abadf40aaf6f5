"""A refresh of today's list rewrites only the rows that changed (issue 22: no stall)."""

from __future__ import annotations

from medbetjening.ui.shell.main_window import MainWindow


def _signals(model) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    model.dataChanged.connect(lambda a, b, _roles=(): seen.append(("changed", a.row(), b.row())))
    return seen


def test_same_rows_no_reset_and_changed_row_only(
    qtmodeltester, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = [services.visits.start_visit(actor) for _ in range(3)]
    main_window.refresh_today()
    model = main_window.today.model
    seen = _signals(model)
    main_window.refresh_today()
    assert seen == []  # nothing changed: nothing is measured or painted again

    row_of = {model.data(model.index(r, 0), model.VisitIdRole): r for r in range(3)}
    before = model.data(model.index(row_of[ids[1]], 3))
    services.flows.start_run(actor, ids[1], "flytning")
    main_window.refresh_today()
    changed = [entry for entry in seen if entry[0] == "changed"]
    assert ("reset", -1, -1) not in seen
    assert changed == [("changed", row_of[ids[1]], row_of[ids[1]])]  # that row alone
    assert model.data(model.index(row_of[ids[1]], 3)) != before  # its flow is shown
    qtmodeltester.check(model)


def _shown(model) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(kind, id) of each row, as the model answers it."""
    shown = []
    for r in range(model.rowCount()):
        visit = model.data(model.index(r, 0), model.VisitIdRole)
        booked = model.data(model.index(r, 0), model.AppointmentIdRole)
        shown.append(("visit", visit) if visit is not None else ("booked", booked))
    return shown


def _rows_signals(model) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    seen = _signals(model)
    for name in ("rowsInserted", "rowsRemoved"):
        getattr(model, name).connect(lambda _p, a, b, name=name: seen.append((name, a, b)))
    model.rowsMoved.connect(lambda _p, a, _b, _d, to: seen.append(("rowsMoved", a, to)))
    return seen


def test_a_new_visit_is_inserted_and_the_selection_stays(
    qtmodeltester, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = [services.visits.start_visit(actor) for _ in range(3)]
    main_window.refresh_today()
    table, model = main_window.today.table, main_window.today.model
    picked = _shown(model).index(("visit", ids[0]))
    table.setCurrentIndex(model.index(picked, 0))
    seen = _rows_signals(model)
    new_id = services.visits.start_visit(actor)
    main_window.refresh_today()
    assert seen == [("rowsInserted", 0, 0)]  # the newest first; no reset, nothing else
    assert _shown(model)[0] == ("visit", new_id)
    assert model.data(table.currentIndex(), model.VisitIdRole) == ids[0]  # still chosen
    qtmodeltester.check(model)


def test_a_started_booking_leaves_and_its_visit_arrives(
    services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from medbetjening.ui.desk.today_model import TodayVisitsModel

    services.visits.start_visit(actor)
    soon = dt.datetime.combine(dt.date.today(), dt.time(23, 0))
    booking = services.appointments.add(actor, soon, None, "Pas")
    main_window.refresh_today()
    model = main_window.today.model
    assert _shown(model)[0] == ("booked", booking.id)
    seen = _rows_signals(model)
    visit_id = services.appointments.start_visit(actor, booking.id)
    main_window.refresh_today()
    assert ("reset", -1, -1) not in seen
    assert [s[0] for s in seen if s[0].startswith("rows")] == ["rowsRemoved", "rowsInserted"]
    fresh = TodayVisitsModel()  # what a list built from scratch shows
    fresh.set_rows(
        services.visits.todays_visits(actor), services.appointments.todays_appointments(actor)
    )
    assert _shown(model) == _shown(fresh)
    assert ("visit", visit_id) in _shown(model)
    # its row shows the booking's time: the same text as the list built afresh
    row = _shown(model).index(("visit", visit_id))
    assert model.data(model.index(row, 0)) == fresh.data(fresh.index(row, 0))


def test_pages_scrolled_to_stay_after_a_refresh(
    monkeypatch, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.desk import today_model

    monkeypatch.setattr(today_model, "PAGE_SIZE", 2)
    ids = [services.visits.start_visit(actor) for _ in range(5)]
    main_window.refresh_today()
    model = main_window.today.model
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    new_id = services.visits.start_visit(actor)
    main_window.refresh_today()
    assert model.rowCount() == 4  # as many as were shown, the newest on top
    assert _shown(model)[0] == ("visit", new_id)
    while model.canFetchMore():
        model.fetchMore()
    assert sorted(v for _, v in _shown(model)) == sorted([*ids, new_id])  # each once


def test_a_new_visit_measures_far_fewer_cells_than_a_reset(
    monkeypatch, qtbot, services, actor, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Counted, not timed: the rows the view measures (their height) after a refresh
    with one new visit, against those after a reset of the same list. Both repaint the
    rows on screen (they all moved down one)."""
    from medbetjening.ui.desk.today_table import TodayTable

    for _ in range(40):  # more than fit on screen: the scrollbar is there before and after
        services.visits.start_visit(actor)
    main_window.refresh_today()
    model = main_window.today.model
    qtbot.wait(50)  # the first sizing and paint
    measured = [0]
    measure = TodayTable.sizeHintForRow

    def counted(self, row):  # type: ignore[no-untyped-def]
        measured[0] += 1
        return measure(self, row)

    monkeypatch.setattr(TodayTable, "sizeHintForRow", counted)
    seen = _signals(model)
    services.visits.start_visit(actor)
    main_window.refresh_today()
    qtbot.wait(50)
    inserted, measured[0] = measured[0], 0
    model.beginResetModel()  # what a refresh did before
    model.endResetModel()
    qtbot.wait(50)
    reset = measured[0]
    assert [entry for entry in seen if entry[0] == "reset"] == [("reset", -1, -1)]  # ours
    assert 0 < inserted < reset / 2, (inserted, reset)
