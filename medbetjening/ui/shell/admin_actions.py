"""The Administration menu (team leads) and Log af: actions owned outside the main window.

Administration: Medarbejdere, Steder, Hjælpesteder, Regler for kommunen, Revisionslog, Borgerens
rettigheder. The services check the role again; the menu is only shown to leads.
Log af signs the current person out and shows the sign-in again, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar

from medbetjening.ui.shell.window_actions import window_action


class AdminActions(QObject):
    """``window`` is the MainWindow (services, actor, settings)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        lead = window.actor.is_lead

        def make(text: str, shortcut: str | None, slot, tip: str) -> QAction:  # type: ignore[no-untyped-def]
            action = window_action(window, text, shortcut, slot, tip)
            action.setEnabled(lead)
            return action

        self.staff_admin_action = make(
            self.tr("&Medarbejdere …"),
            "Ctrl+Shift+M",
            lambda: self._open("medbetjening.ui.lead.staff_admin", "StaffAdminDialog"),
            self.tr("Opret medarbejdere, skift rolle, deaktivér (teamleder)"),
        )
        self.sites_action = make(
            self.tr("&Steder …"),
            None,
            lambda: self._open("medbetjening.ui.lead.site_admin", "SiteAdminDialog"),
            self.tr("Tilføj, omdøb og luk steder: borgerservice, bibliotek, jobcenter, udkørende"),
        )
        self.help_points_action = make(
            self.tr("&Hjælpesteder …"),
            None,
            lambda: self._open("medbetjening.ui.lead.help_points_dialog", "HelpPointsDialog"),
            self.tr("Steder uden for kommunen, borgere kan henvises til (teamleder)"),
        )
        self.policies_action = make(
            self.tr("Regler for &kommunen …"),
            None,
            lambda: self._open("medbetjening.ui.lead.policies_dialog", "PoliciesDialog"),
            self.tr("Slettefrister og delte pc'er – for alle kommunens pc'er (teamleder)"),
        )
        self.audit_action = make(
            self.tr("&Revisionslog …"),
            "Ctrl+Shift+L",
            lambda: self._open("medbetjening.ui.lead.audit_screen", "AuditDialog"),
            self.tr("Hvem har set, eksporteret eller slettet borgerdata (teamleder)"),
        )
        self.citizen_requests_action = make(
            self.tr("&Borgerens rettigheder …"),
            None,
            lambda: self._open(
                "medbetjening.ui.lead.citizen_requests_dialog", "CitizenRequestsDialog"
            ),
            self.tr("Indsigt i og sletning af en borgers data (teamleder)"),
        )
        self.sign_out_action = make(
            self.tr("&Log af …"),
            "Ctrl+Shift+Q",
            self.sign_out,
            self.tr("Log af og lad en anden logge ind (uden at lukke programmet)"),
        )
        self.sign_out_action.setEnabled(True)

    def add_menu(self, bar: QMenuBar):  # type: ignore[no-untyped-def]
        menu = bar.addMenu(self.tr("Ad&ministration"))
        for action in (
            self.staff_admin_action,
            self.sites_action,
            self.help_points_action,
            self.policies_action,
            self.audit_action,
            self.citizen_requests_action,
        ):
            menu.addAction(action)
        return menu

    def _open(self, module: str, name: str) -> None:
        import importlib

        window = self.window
        if window.actor.is_lead:
            dialog_class = getattr(importlib.import_module(module), name)
            dialog_class(window.services, window.actor, window).exec()

    def sign_out(self) -> None:
        """Show the sign-in again; a new window for whoever signs in, the old one closes.
        Cancelled: the program ends (nobody is signed in)."""
        from medbetjening.ui.shell.main_window import MainWindow
        from medbetjening.ui.shell.sign_in import choose_actor

        window = self.window
        window.hide()
        actor = choose_actor(window.services, window.settings)
        if actor is None:
            window.close()
            QApplication.quit()
            return
        successor = MainWindow(window.services, actor, window.settings)
        successor.show()
        keep_open = QApplication.instance()
        if keep_open is not None:
            keep_open.setProperty("medbetjening_window", successor)  # outlives this one
        window.successor = successor  # type: ignore[attr-defined]
        window.close()
