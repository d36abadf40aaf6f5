"""Start-up applies the language, text size and contrast settings and the icon."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from medbetjening.app import configure_application
from medbetjening.settings import FONT_SCALE, HIGH_CONTRAST, LANGUAGE
from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.common.i18n import remove_translations


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    application = QApplication.instance()
    locale = QLocale()
    apply_appearance(application, 100, False)
    base = application.font().pointSizeF()
    yield application, base
    remove_translations(application)
    apply_appearance(application, 100, False)
    QLocale.setDefault(locale)


def test_start_up_applies_the_saved_settings(app, settings) -> None:  # type: ignore[no-untyped-def]
    application, base = app
    settings.set(LANGUAGE, "en")
    settings.set(FONT_SCALE, 150)
    settings.set(HIGH_CONTRAST, True)
    assert configure_application(application, settings) == "en"
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    assert QLocale().language() == QLocale.Language.English
    assert application.font().pointSizeF() == pytest.approx(base * 1.5)
    assert application.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert not application.windowIcon().isNull()


def test_command_line_language_wins_and_danish_is_the_default(app, settings) -> None:  # type: ignore[no-untyped-def]
    application, base = app
    settings.set(LANGUAGE, "en")
    assert configure_application(application, settings, "da") == "da"
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&Filer"
    assert QLocale().language() == QLocale.Language.Danish
    assert application.font().pointSizeF() == pytest.approx(base)


def test_the_default_look_keeps_the_system_style(app) -> None:  # type: ignore[no-untyped-def]
    """At 100 % and without high contrast start-up creates no new style (~25 ms)."""
    application, base = app
    style = application.style()
    apply_appearance(application, 100, False)
    assert application.style() is style
    apply_appearance(application, 120, True)
    assert application.style() is not style
    apply_appearance(application, 100, False)
    assert application.font().pointSizeF() == pytest.approx(base)
    assert application.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    assert application.styleSheet() == ""
