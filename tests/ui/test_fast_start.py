"""The fast start: the window shows today's list from the sqlite3 reads, and everything
that needs the full stack works at once (loaded on demand, or after the warm-up)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medbetjening.services.container import Services
from medbetjening.services.startup_reads import ServiceStartupReads, SqliteStartupReads
from medbetjening.ui.shell.main_window import MainWindow


def _deferred(services, actor) -> Services:  # type: ignore[no-untyped-def]
    """Yesterday's program left one open visit; the window starts on the same file."""
    services.visits.start_visit(actor)
    services.database.dispose()
    deferred = Services.open(services.database.url)
    assert not deferred.loaded and isinstance(deferred.startup, SqliteStartupReads)
    return deferred


def _window(qtbot, deferred, actor, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(deferred, actor, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_paint_reads_with_sqlite3_and_ctrl_n_loads_on_demand(
    qtbot, services, actor, settings
) -> None:  # type: ignore[no-untyped-def]
    deferred = _deferred(services, actor)
    window = _window(qtbot, deferred, actor, settings)
    assert window.today.model.rowCount() == 1
    assert f"SQLite: {services.database.sqlite_file}" in window.about_text()
    assert not deferred.loaded  # the window is up without the full stack
    window.new_visit_action.trigger()  # Ctrl+N
    assert deferred.loaded  # Ctrl+N did not wait for a warm-up that never started
    assert window.stack.currentWidget() is window.visit_screen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert isinstance(deferred.startup, ServiceStartupReads)  # the full services from now on
    assert window.today.model.rowCount() == 2
    deferred.close()


def test_opening_a_visit_during_the_warm_up_waits_for_it(qtbot, services, actor, settings) -> None:  # type: ignore[no-untyped-def]
    deferred = _deferred(services, actor)
    window = _window(qtbot, deferred, actor, settings)
    assert window.services.startup.open_visits(actor)  # offered after a crash, no full stack
    deferred.warm_up()
    deferred.warm_up()  # once
    visit_id = window.today.model.row_at(0).id
    window.open_visit(visit_id)  # on the GUI thread while the warm-up may still run
    assert deferred.loaded and window.visit_screen.visit_id == visit_id
    deferred.close()
    assert deferred._warm_up_thread is not None and not deferred._warm_up_thread.is_alive()


def test_a_database_opened_the_normal_way_reads_through_the_services(main_window, services) -> None:  # type: ignore[no-untyped-def]
    assert services.loaded and isinstance(services.startup, ServiceStartupReads)
    services.warm_up()  # nothing to do
    assert services._warm_up_thread is None
