"""UI fixtures: a main window on a fresh database, modal dialogs never block."""

from __future__ import annotations

import pytest


@pytest.fixture
def settings(isolated_home):  # type: ignore[no-untyped-def]
    from medbetjening.settings import Settings

    return Settings(isolated_home / "settings.ini")


@pytest.fixture
def main_window(qtbot, services, actor, settings):  # type: ignore[no-untyped-def]
    from medbetjening.ui.main_window import MainWindow

    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
