"""Menu actions for counting: the quick tally (everyone) and the KOMHEN week (leads)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from medbetjening.domain.roles import Action, allowed


class CountingActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quick_tally_dialog = None
        self.komhen_dialog = None
        self.quick_tally_action = QAction(self.tr("&Kort henvendelse …"), window)
        self.quick_tally_action.setShortcut(QKeySequence("Ctrl+T"))
        tip = self.tr("Tæl en kort henvendelse uden besøg og borger (Ctrl+T, Enter)")
        self.quick_tally_action.setToolTip(tip)
        self.quick_tally_action.setStatusTip(tip)
        self.quick_tally_action.triggered.connect(self.show_quick_tally)
        self.quick_tally_action.setEnabled(allowed(window.actor.role, Action.START_VISIT))
        window.addAction(self.quick_tally_action)
        self.komhen_action = QAction(self.tr("&KOMHEN-tælleuge …"), window)
        tip = self.tr("Henvendelser pr. sted, kanal, opgave og type for en uge")
        self.komhen_action.setToolTip(tip)
        self.komhen_action.setStatusTip(tip)
        self.komhen_action.triggered.connect(self.show_komhen)
        self.komhen_action.setEnabled(allowed(window.actor.role, Action.VIEW_STATISTICS))
        window.addAction(self.komhen_action)

    def add_to_menus(self, visit_menu: QMenu, statistics_menu: QMenu | None) -> None:
        visit_menu.addAction(self.quick_tally_action)
        if statistics_menu is not None:
            statistics_menu.addAction(self.komhen_action)

    def show_quick_tally(self) -> None:
        from medbetjening.ui.desk.quick_tally_dialog import QuickTallyDialog

        window = self.window
        window.services.ready()
        if self.quick_tally_dialog is None:
            self.quick_tally_dialog = QuickTallyDialog(window.services, window.actor, window)
        self.quick_tally_dialog.show()
        self.quick_tally_dialog.raise_()
        self.quick_tally_dialog.activateWindow()
        self.quick_tally_dialog.task.setFocus()

    def show_komhen(self) -> None:
        from medbetjening.ui.lead.komhen_dialog import KomhenDialog

        window = self.window
        window.services.ready()
        self.komhen_dialog = KomhenDialog(window.services, window.actor, window)
        self.komhen_dialog.show()
