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


def test_a_new_visit_resets_the_list(services, actor, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    main_window.refresh_today()
    model = main_window.today.model
    seen = _signals(model)
    new_id = services.visits.start_visit(actor)
    main_window.refresh_today()
    assert ("reset", -1, -1) in seen
    shown = [model.data(model.index(r, 0), model.VisitIdRole) for r in range(model.rowCount())]
    assert new_id in shown
