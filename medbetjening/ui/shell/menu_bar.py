"""The menu bar's titles before the first paint; its menus are filled right after it.

A window's menus show nothing until opened, but making their ≈ 30 actions (with their
shortcuts and the modules that own them: ui/shell/main_actions.py) was ≈ 7 % of the
CPU time to the first paint. A plain start paints the bar's titles (the same texts, in
the same order, so the bar does not move), then ``MainWindow.finish_menus`` builds the
real menus before any key is handed over (app.py paints with user input held back).
``tests/ui/test_menu_bar.py`` checks the titles are the built menus' titles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from medbetjening.domain.roles import Action, allowed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from medbetjening.services.context import ActorContext


def menu_titles(actor: ActorContext) -> list[str]:
    """The titles ``build_menus`` gives the bar for ``actor``, in its order."""
    titles = [
        QCoreApplication.translate("MainWindow", "&Filer"),
        QCoreApplication.translate("MainWindow", "&Besøg"),
    ]
    if actor.is_lead:  # AdminActions.add_menu
        titles.append(QCoreApplication.translate("AdminActions", "Ad&ministration"))
    if allowed(actor.role, Action.VIEW_STATISTICS):  # ExportActions.add_to_menus
        titles.append(QCoreApplication.translate("ExportActions", "S&tatistik"))
    titles.append(QCoreApplication.translate("MainWindow", "&Hjælp"))
    return titles


def show_titles(window: Any) -> list[QMenu]:
    """Empty menus with the bar's titles (replaced by ``finish_menus``)."""
    bar = window.menuBar()
    return [bar.addMenu(title) for title in menu_titles(window.actor)]


def enable_booking(window: Any) -> None:
    """The today screen's booking buttons, as the first paint shows them."""
    may_book = allowed(window.actor.role, Action.IMPORT_APPOINTMENTS)
    window.today.add_appointment_button.setEnabled(may_book)
    window.today.import_button.setEnabled(may_book)
