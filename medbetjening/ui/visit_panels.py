"""The panels of a visit screen, in the order a visit has them.

Each capability adds one factory here; the visit screen shows them as tabs.
A factory takes (services, actor, visit_id, parent) and returns a QWidget that
has a ``title`` attribute (translated tab text).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

PanelFactory = Callable[..., QWidget]


def panel_factories() -> list[PanelFactory]:
    from medbetjening.ui.citizen_panel import citizen_panel_factory

    factories: list[PanelFactory] = [citizen_panel_factory]  # Borger (issue 5b) first
    return factories
