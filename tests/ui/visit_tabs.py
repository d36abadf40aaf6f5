"""Find a panel of the visit screen by its type, not by its tab's position."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from medbetjening.ui.visit.visit_screen import VisitScreen

P = TypeVar("P", bound=QWidget)


def panel_index(screen: VisitScreen, cls: type[P]) -> int:
    """The tab index of the one panel of type ``cls``."""
    [index] = [i for i in range(screen.tabs.count()) if isinstance(screen.tabs.widget(i), cls)]
    return index


def select_panel(screen: VisitScreen, cls: type[P]) -> P:
    """Make the tab of the panel of type ``cls`` current and return the panel."""
    index = panel_index(screen, cls)
    screen.tabs.setCurrentIndex(index)
    panel = screen.tabs.widget(index)
    assert isinstance(panel, cls)
    return panel
