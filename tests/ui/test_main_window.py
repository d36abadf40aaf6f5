"""The main window: today's list, Ctrl+N, resume after a crash, geometry, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import select

from medbetjening.storage.models import Visit
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.shell.resume_dialog import ResumeDialog


def _visits(services):  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return list(uow.session.scalars(select(Visit)))


def test_window_has_danish_title_menus_and_status_bar(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "Medbetjening"
    menus = [action.text() for action in main_window.menuBar().actions()]
    assert menus == ["&Filer", "&Besøg", "&Hjælp"]
    assert "SQLite" in main_window.about_text()
    assert "SQLite" not in main_window.statusBar().findChild(QLabel).text()  # no paths there
    assert main_window.today.empty_label.isVisible()


def test_ctrl_n_creates_a_visit_in_the_database(qtbot, main_window: MainWindow, services) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    visits = _visits(services)
    assert len(visits) == 1 and visits[0].status == "open"
    assert main_window.stack.currentWidget() is main_window.visit_screen
    assert main_window.visit_screen.visit_id == visits[0].id
    qtbot.keyClick(main_window, Qt.Key.Key_Escape)
    assert main_window.stack.currentWidget() is main_window.today
    assert main_window.today.model.rowCount() == 1


def test_open_visit_is_offered_again_after_a_restart(
    qtbot, services, actor, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(services, actor, settings)
    qtbot.addWidget(first)
    first.new_visit()
    left_open = first.visit_screen.visit_id
    first.deleteLater()  # the "crash": the window goes, the visit stays open in the database

    offered: list[list[int]] = []

    def fake_exec(dialog: ResumeDialog) -> int:
        offered.append([dialog.list.item(i).data(256) for i in range(dialog.list.count())])
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResumeDialog, "exec", fake_exec)
    second = MainWindow(services, actor, settings)
    qtbot.addWidget(second)
    second.offer_unfinished_visits()
    assert offered == [[left_open]]
    assert second.visit_screen is not None and second.visit_screen.visit_id == left_open


def test_window_geometry_is_persisted(qtbot, services, actor, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.resize(700, 520)
    window.show()
    window.close()
    again = MainWindow(services, actor, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_enter_in_todays_list_opens_the_visit(
    qtbot, main_window: MainWindow, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    main_window.show_today()
    assert main_window.today.model.rowCount() == 1
    qtbot.keyClick(main_window.today.table, Qt.Key.Key_Return)
    assert main_window.visit_screen is not None and main_window.visit_screen.visit_id == visit_id
