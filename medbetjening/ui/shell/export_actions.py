"""Menu actions for handouts, case notes, statistics and exports (added to the main window)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from medbetjening.domain.roles import Action, allowed
from medbetjening.services.errors import ServiceError
from medbetjening.ui.desk.today_model import TodayVisitsModel
from medbetjening.ui.shell.window_actions import window_action


class ExportActions(QObject):
    """Owns the actions; ``window`` is the MainWindow (services, actor, settings, screens)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dashboard = None
        role = window.actor.role

        def make(text: str, shortcut: str | None, slot, tip: str) -> QAction:  # type: ignore[no-untyped-def]
            return window_action(window, text, shortcut, slot, tip)

        self.handout_action = make(
            self.tr("&Papir til borgeren …"),
            "Ctrl+P",
            self.show_handout,
            self.tr("Udskriv eller gem borgerens papir for besøget"),
        )
        self.handout_action.setEnabled(allowed(role, Action.EXPORT_HANDOUT))
        self.case_note_action = make(
            self.tr("&Journalnotat …"),
            "Ctrl+J",
            self.show_case_note,
            self.tr("Journalnotat til kommunens sagssystem"),
        )
        self.case_note_action.setEnabled(allowed(role, Action.EXPORT_CASE_NOTE))
        self.statistics_action = make(
            self.tr("&Statistik …"),
            "Ctrl+Shift+S",
            self.show_dashboard,
            self.tr("Statistik for perioden, steder og medarbejdere"),
        )
        self.export_action = make(
            self.tr("&Eksportér besøg …"),
            "Ctrl+Shift+E",
            self.show_export,
            self.tr("Besøg som CSV eller Excel"),
        )
        self.show_statistics = allowed(role, Action.VIEW_STATISTICS)
        self.statistics_action.setEnabled(self.show_statistics)
        self.export_action.setEnabled(allowed(role, Action.EXPORT_VISITS))

    def add_to_menus(self, bar: QMenuBar, visit_menu: QMenu) -> None:
        visit_menu.addSeparator()
        visit_menu.addAction(self.handout_action)
        visit_menu.addAction(self.case_note_action)
        if self.show_statistics:  # leads only: the menu is not shown to others
            self.statistics_menu = QMenu(self.tr("S&tatistik"), bar)
            self.statistics_menu.addAction(self.statistics_action)
            self.statistics_menu.addAction(self.export_action)
            bar.insertMenu(bar.actions()[-1], self.statistics_menu)  # before Hjælp

    # -- which visit -----------------------------------------------------------------------
    def current_visit_id(self) -> int | None:
        window = self.window
        if window.visit_screen is not None and window.stack.currentWidget() is window.visit_screen:
            return window.visit_screen.visit_id
        index = window.today.table.currentIndex()
        if index.isValid():
            return window.today.model.data(index, TodayVisitsModel.VisitIdRole)
        return None

    def _visit_or_say(self) -> int | None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        visit_id = self.current_visit_id()
        if visit_id is None:
            QMessageBox.information(
                self.window, self.tr("Intet besøg valgt"), self.tr("Vælg eller åbn et besøg først.")
            )
        return visit_id

    # -- actions ---------------------------------------------------------------------------
    def show_handout(self) -> None:
        from medbetjening.ui.visit.handout_dialog import HandoutDialog

        visit_id = self._visit_or_say()
        if visit_id is None:
            return
        window = self.window
        dialog = HandoutDialog(
            window.services,
            window.actor,
            visit_id,
            window.services.policies.current().visit_months,  # the municipality's policy
            window,
        )
        dialog.exec()

    def offer_handout(self, visit_id: int) -> None:
        """Right after a visit is closed: the citizen's paper, with Udskriv as the default
        (Enter prints, Esc skips). Not blocking: the window goes on to today's list."""
        from PySide6.QtCore import Qt  # not at import: see ui/common/roles.py

        from medbetjening.ui.visit.handout_dialog import HandoutDialog

        window = self.window
        if not allowed(window.actor.role, Action.EXPORT_HANDOUT):
            return
        dialog = HandoutDialog(
            window.services,
            window.actor,
            visit_id,
            window.services.policies.current().visit_months,
            window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_case_note(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        from medbetjening.reports.export_jobs import case_note_text  # not at start-up
        from medbetjening.ui.visit.case_note_dialog import CaseNoteDialog

        visit_id = self._visit_or_say()
        if visit_id is None:
            return
        try:
            text = case_note_text(self.window.services.exports, self.window.actor, visit_id)
        except ServiceError as error:
            QMessageBox.warning(self.window, self.tr("Journalnotat"), str(error))
            return
        CaseNoteDialog(text, visit_id, self.window).exec()

    def show_dashboard(self) -> None:
        from medbetjening.ui.lead.dashboard import DashboardWindow

        if self.dashboard is None:
            self.dashboard = DashboardWindow(self.window.services, self.window.actor, self.window)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        self.dashboard.refresh()

    def show_export(self) -> None:
        from medbetjening.ui.lead.export_dialog import VisitExportDialog

        VisitExportDialog(self.window.services, self.window.actor, self.window).exec()
