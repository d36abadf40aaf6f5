"""Keys where a person expects them: Ctrl+F from any tab of the visit, ↑/↓ between the
assessment's questions, focus on today's list after sign-in, one Alt key per action in
every window (a team lead's menus included)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.visit.assessment_panel import AssessmentPanel
from medbetjening.ui.visit.assessment_rows import ItemRow
from medbetjening.ui.visit.citizen_panel import CitizenPanel
from medbetjening.ui.visit.flow_walker import FlowWalker
from tests.ui.screen_catalog import (
    ScreenContext,
    all_screens,
    every_page,
    mnemonic_conflicts,
    mnemonic_conflicts_of_the_visit,
)
from tests.ui.visit_tabs import select_panel


def _active(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_focus_is_on_todays_list_when_the_window_opens(main_window: MainWindow) -> None:
    assert main_window.today.table.hasFocus() or (
        QApplication.focusWidget() is main_window.today.table
    )


def test_ctrl_f_finds_a_flow_from_the_citizen_tab(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _active(qtbot, main_window)
    main_window.new_visit()
    screen = main_window.visit_screen
    citizen = select_panel(screen, CitizenPanel)
    citizen.setFocus()
    assert citizen.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    walker = screen.tabs.currentWidget()
    assert isinstance(walker, FlowWalker)
    assert QApplication.focusWidget() is walker.search
    qtbot.keyClicks(walker.search, "flyt")
    assert walker.search.text() == "flyt"


def test_arrow_keys_move_between_assessment_questions(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _active(qtbot, main_window)
    main_window.new_visit()
    panel = select_panel(main_window.visit_screen, AssessmentPanel)
    rows = panel.findChildren(ItemRow)
    assert len(rows) > 3
    rows[0].setFocus()
    qtbot.keyClick(rows[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is rows[1]
    qtbot.keyClick(rows[1], Qt.Key.Key_Down)
    qtbot.keyClick(rows[2], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is rows[1]
    rows[0].setFocus()
    qtbot.keyClick(rows[0], Qt.Key.Key_Up)  # the top stays the top
    assert QApplication.focusWidget() is rows[0]


def test_a_team_lead_has_one_alt_key_per_action(qtbot, services, lead, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert any("Statistik" in a.text().replace("&", "") for a in window.menuBar().actions())
    assert mnemonic_conflicts_of_the_visit(window) == []


def test_no_window_gives_one_alt_key_to_two_actions(qtbot, services, lead, settings) -> None:  # type: ignore[no-untyped-def]
    screens, _unbuildable = all_screens(ScreenContext(services, lead, settings))
    problems = []
    for name, widget in screens:
        qtbot.addWidget(widget)
        if isinstance(widget, QMainWindow):
            continue  # the main window: the test above, tab by tab
        widget.show()
        for _page in every_page(widget):
            QApplication.processEvents()
            problems += [
                f"{name}: {key}: {what}" for key, what in mnemonic_conflicts(widget).items()
            ]
        widget.hide()
    assert problems == [], "\n".join(problems)


def test_a_team_lead_has_one_alt_key_per_action_in_english(qtbot, services, lead, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from medbetjening.ui.common import i18n

    app = QApplication.instance()
    before = QLocale()
    i18n.install_translations(app, "en")
    try:
        window = MainWindow(services, lead, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.menuBar().actions()[0].text() == "&File"
        assert mnemonic_conflicts_of_the_visit(window) == []
    finally:
        i18n.remove_translations(app)
        QLocale.setDefault(before)


def test_menu_tooltips_name_the_shortcut(main_window: MainWindow) -> None:
    assert main_window.new_visit_action.toolTip().endswith("(Ctrl+N)")
    assert main_window.history_action.toolTip().endswith("(Ctrl+H)")
    assert main_window.citizen_screen_action.toolTip().count("F9") == 1  # said once
