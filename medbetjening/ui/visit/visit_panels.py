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
    from medbetjening.ui.visit.assessment_panel import AssessmentPanel
    from medbetjening.ui.visit.citizen_panel import citizen_panel_factory
    from medbetjening.ui.visit.flow_walker import flow_walker_panel
    from medbetjening.ui.visit.outcome_panel import outcome_panel

    return [
        citizen_panel_factory,  # "Borger" (issue 5b)
        AssessmentPanel,  # "Kompetence" (issue 3)
        flow_walker_panel,  # "Forløb" (issue 4)
        outcome_panel,  # "Afslut" (issue 5): keep it the last tab
    ]
