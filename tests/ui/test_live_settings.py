"""Indstillinger apply at once: language, text size and contrast change every open window
(the main window with a visit, the statistics with its charts, the guide) without a
restart, and back again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from medbetjening.settings import LANGUAGE
from medbetjening.ui.common import i18n
from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.lead.chart_card import ChartCard
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.shell.preferences_dialog import PreferencesDialog


@pytest.fixture
def danish_again():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    before = QLocale()
    yield
    i18n.remove_translations(app)
    QLocale.setDefault(before)
    apply_appearance(app, 100, False)


def _save_preferences(qtbot, settings, language: str, scale: int, contrast: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.font_scale.setValue(scale)
    dialog.high_contrast.setChecked(contrast)
    dialog.buttons.accepted.emit()


def test_language_size_and_contrast_change_every_open_window_at_once(
    qtbot, services, lead, settings, danish_again
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    i18n.install_translations(app, "da")
    apply_appearance(app, 100, False)
    base = app.font().pointSizeF()
    window = MainWindow(services, lead, settings)
    qtbot.addWidget(window)
    window.show()
    window.new_visit()
    visit_id = window.visit_screen.visit_id
    window.export_actions.show_dashboard()
    window.show_help()
    card = window.export_actions.dashboard.findChild(ChartCard)
    assert card.chart.titleFont().pointSizeF() == pytest.approx(base)

    _save_preferences(qtbot, settings, "en", 200, True)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert settings.get(LANGUAGE) == "en"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Visit"]
    assert window.visit_screen.visit_id == visit_id  # still in the same visit
    assert window.stack.currentWidget() is window.visit_screen
    assert window.visit_screen.back_button.text().startswith("← ")
    assert "today" in window.visit_screen.back_button.text()
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.help_dialog.windowTitle() == "User guide"
    dashboard = window.export_actions.dashboard
    assert dashboard is not None and dashboard.isVisible()
    card = dashboard.findChild(ChartCard)
    assert card.png_button.text() == "Save as image …"
    qtbot.waitUntil(lambda: card.chart.titleFont().pointSizeF() == pytest.approx(base * 2))
    assert card.chart.backgroundBrush().color().name() == "#000000"
    assert card.chart.legend().labelColor().name() == "#ffffff"
    assert window.today.empty_label.font().pointSizeF() == pytest.approx(base * 2)
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"

    _save_preferences(qtbot, settings, "da", 100, False)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Filer")
    card = window.export_actions.dashboard.findChild(ChartCard)
    assert card.png_button.text() == "Gem som billede …"
    qtbot.waitUntil(lambda: card.chart.titleFont().pointSizeF() == pytest.approx(base))
    assert card.chart.backgroundBrush().color().name() != "#000000"
    assert window.help_dialog.windowTitle() == "Brugervejledning"


def test_stored_flow_titles_follow_a_language_change(
    qtbot, main_window, settings, danish_again
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.visit.flow_walker import FlowWalker
    from tests.ui.visit_tabs import select_panel

    app = QApplication.instance()
    i18n.install_translations(app, "da")
    main_window.new_visit()
    select_panel(main_window.visit_screen, FlowWalker).start_flow("flytning")
    _save_preferences(qtbot, settings, "en", 100, False)
    qtbot.waitUntil(lambda: main_window.menuBar().actions()[0].text() == "&File")

    def shown() -> str:  # English titles come once the background content check has read them
        return select_panel(main_window.visit_screen, FlowWalker).runs_list.item(0).text()

    qtbot.waitUntil(lambda: shown().startswith("Change of address"), timeout=20000)
    assert "Flytning" not in shown()
    row = main_window.today.model.index(0, 3)
    qtbot.waitUntil(
        lambda: "Change of address" in str(main_window.today.model.data(row)), timeout=20000
    )
