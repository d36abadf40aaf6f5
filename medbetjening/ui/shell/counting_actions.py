"""Menu actions for counting: the quick tally and workshops (everyone), the KOMHEN week
(leads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
        self.workshop_dialog = None
        self.quick_tally_action = self._action(
            self.tr("&Kort henvendelse …"),
            self.tr("Tæl en kort henvendelse uden besøg og borger (Ctrl+T, Enter)"),
            self.show_quick_tally,
            Action.START_VISIT,
            "Ctrl+T",
        )
        self.komhen_action = self._action(
            self.tr("&KOMHEN-tælleuge …"),
            self.tr("Henvendelser pr. sted, kanal, opgave og type for en uge"),
            self.show_komhen,
            Action.VIEW_STATISTICS,
        )
        self.workshop_action = self._action(
            self.tr("Works&hop …"),
            self.tr("Registrér et kursus, en it-café eller holdundervisning (Ctrl+Shift+W)"),
            self.show_workshop,
            Action.RECORD_WORKSHOP,
            "Ctrl+Shift+W",
        )

    def _action(
        self,
        text: str,
        tip: str,
        slot: Callable[[], None],
        needs: Action,
        shortcut: str | None = None,
    ) -> QAction:
        action = QAction(self.window)  # then the text: why in ui/shell/window_actions.py
        action.setText(text)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])  # why: ui/shell/window_actions.py
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        action.setEnabled(allowed(self.window.actor.role, needs))
        self.window.addAction(action)
        return action

    def add_to_menus(self, visit_menu: QMenu, statistics_menu: QMenu | None) -> None:
        visit_menu.addAction(self.quick_tally_action)
        visit_menu.addAction(self.workshop_action)
        if statistics_menu is not None:
            statistics_menu.addAction(self.komhen_action)

    def _open(self, attribute: str, make: Callable[..., Any]) -> Any:
        """The dialog kept in ``attribute`` (made on first use), shown and in front."""
        window = self.window
        window.services.ready()
        dialog = getattr(self, attribute)
        if dialog is None:
            dialog = make(window.services, window.actor, window)
            setattr(self, attribute, dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_quick_tally(self) -> None:
        from medbetjening.ui.desk.quick_tally_dialog import QuickTallyDialog

        self._open("quick_tally_dialog", QuickTallyDialog).task.setFocus()

    def show_workshop(self) -> None:
        from medbetjening.ui.desk.workshop_dialog import WorkshopDialog

        self._open("workshop_dialog", WorkshopDialog)

    def show_komhen(self) -> None:
        from medbetjening.ui.lead.komhen_dialog import KomhenDialog

        window = self.window
        window.services.ready()
        self.komhen_dialog = KomhenDialog(window.services, window.actor, window)
        self.komhen_dialog.show()
