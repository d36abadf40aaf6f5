"""The main window: today's visits, the open visit, menus and the status bar."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from medbetjening import __version__
from medbetjening.domain.vocabulary import Channel
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.settings import WINDOW_GEOMETRY, Settings
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.tasks import BackgroundTask
from medbetjening.ui.desk.today_screen import TodayScreen
from medbetjening.ui.shell.menu_bar import enable_booking, show_titles

if TYPE_CHECKING:  # the visit's screen loads when a visit opens, not before the first paint
    # QCloseEvent only names a type: importing it builds QEvent's Python enums (its
    # ≈ 180 event types, ≈ 4.5 ms of CPU before the first paint)
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QMenu

    from medbetjening.ui.shell.resume_dialog import ResumeDialog
    from medbetjening.ui.visit.visit_screen import VisitScreen

# No ``Qt`` at import or in the first paint: reading it builds all of PySide's Qt enums
# (ui/common/roles.py); the methods that need it import it.

CONTENT_CHECK_DELAY_MS = 800


class MainWindow(QMainWindow):
    visit_opened = Signal(int)

    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        settings: Settings,
        parent: QWidget | None = None,
        menus_after_paint: bool = False,
    ) -> None:
        """``menus_after_paint``: the bar shows its titles, and ``finish_menus`` (called
        by app.py right after the first paint) builds the menus and their actions."""
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = settings
        self.visit_screen: VisitScreen | None = None
        self.help_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Medbetjening"))
        self.setAccessibleName(self.tr("Medbetjening – hovedvindue"))

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_today()
        from medbetjening.ui.visit.citizen_screen_control import CitizenScreenController

        self.citizen_screen = CitizenScreenController(self)
        self._stand_in_menus: list[QMenu] | None = None
        if menus_after_paint:
            self._stand_in_menus = show_titles(self)
            enable_booking(self)
        else:
            self._build_menus()
        self._build_status_bar()
        self.flow_warning = None
        self._resume_offer: ResumeDialog | None = None  # the start-up's offer while it is open
        # content is checked off the GUI thread once the window is up (start-up stays lean)
        # a child timer dies with the window: a window closed within the delay (tests open
        # and close many) must not start a worker over a deleted window
        self._content_timer = QTimer(self)
        self._content_timer.setSingleShot(True)
        self._content_timer.timeout.connect(self._check_content)
        self._content_timer.start(CONTENT_CHECK_DELAY_MS)
        self._restore_geometry()
        self.refresh_today()

    def finish_menus(self) -> None:
        """The menus and actions (shortcuts included) in place of the titles shown first
        (nothing to do for a window built with its menus)."""
        stand_ins, self._stand_in_menus = self._stand_in_menus, None
        if stand_ins is None:
            return
        self.menuBar().clear()
        for menu in stand_ins:
            menu.deleteLater()
        self._build_menus()

    def _build_menus(self) -> None:
        from medbetjening.ui.shell.main_actions import build_actions, build_menus

        build_actions(self)
        build_menus(self)

    def _build_today(self) -> None:
        self.today = TodayScreen()
        self.today.new_visit_requested.connect(self.new_visit)
        self.today.open_visit_requested.connect(self.open_visit)
        self.today.start_appointment_requested.connect(self.start_appointment)
        self.today.add_appointment_requested.connect(self.add_appointment)
        self.today.import_appointments_requested.connect(self.import_appointments)
        self.stack.insertWidget(0, self.today)

    def retranslate(self) -> None:
        """After a language change: build the texts again, keep where the person was."""
        from medbetjening.ui.shell.window_rebuild import rebuild_main_window

        rebuild_main_window(self)

    def _build_status_bar(self) -> None:
        # who is signed in; the database's file or server is in Hjælp › Om (no paths here)
        self.user_label = QLabel(f"{self.actor.name} · {label('role', self.actor.role.value)}")
        self.user_label.setAccessibleName(self.tr("Logget ind som"))
        self.statusBar().addPermanentWidget(self.user_label)

    def _check_content(self) -> None:
        """Off the GUI thread: read the content, to warn about broken files and to show
        the flow titles of stored runs in the interface's language."""
        from medbetjening.ui.common.flow_titles import FLOW_TITLES, titles_for
        from medbetjening.ui.shell.flow_problems import content_problems, show_broken_content

        if not self.isVisible():  # closed meanwhile: nobody to warn
            return
        services, language = self.services, current_language()

        def check(_control) -> tuple[list[str], dict[str, str]]:  # type: ignore[no-untyped-def]
            return content_problems(services), titles_for(services.flows.flows(), language)

        def checked(result: tuple[list[str], dict[str, str]]) -> None:
            problems, titles = result
            self.flow_warning = show_broken_content(self, problems)
            if titles:
                FLOW_TITLES.set_titles(titles)
                self.today.model.titles_changed()
                self.today.referred_here.titles_changed()  # read before the titles were
                if self._resume_offer is not None:  # the start-up's offer is still open
                    self._resume_offer.titles_changed()

        self._content_task = BackgroundTask(check, self)
        self._content_task.succeeded.connect(checked)
        self._content_task.start()

    def _restore_geometry(self) -> None:
        # bytes, not QByteArray.fromBase64: PySide builds QByteArray's enums at its first
        # use, and the first paint needs none of them
        saved = self.settings.get(WINDOW_GEOMETRY)
        try:
            geometry = base64.b64decode(saved.encode("ascii"), validate=True) if saved else b""
        except ValueError:  # not base64 (a hand-edited settings file): the default size
            geometry = b""
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    # -- actions --------------------------------------------------------------
    def refresh_today(self) -> None:
        # the start-up reads: sqlite3 on a fast start until the full stack is loaded
        reads, actor = self.services.startup, self.actor
        self.today.set_loader(
            lambda after, limit: reads.todays_visits(actor, limit=limit, after=after),
            reads.todays_appointments(actor),
        )
        self.today.referred_here.load(self.services, actor)

    def show_today(self) -> None:
        self.refresh_today()
        self.stack.setCurrentWidget(self.today)
        self.today.table.setFocus()

    def new_visit(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        self.services.ready()  # the full stack (waits for the warm-up after a fast start)
        try:
            visit_id = self.services.visits.start_visit(self.actor, self._channel())
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke starte besøget"), str(error))
            return
        self.open_visit(visit_id)

    def _channel(self) -> Channel | None:
        code = self.today.chosen_channel()
        return Channel(code) if code else None

    def open_visit(self, visit_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        self.services.ready()
        try:
            visit = self.services.visits.open_visit(self.actor, visit_id)  # audited
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke åbne besøget"), str(error))
            return
        if self.visit_screen is not None:
            self.stack.removeWidget(self.visit_screen)
            self.visit_screen.deleteLater()
        from medbetjening.ui.visit.visit_screen import VisitScreen

        self.visit_screen = VisitScreen(self.services, self.actor, visit)
        self.visit_screen.back_requested.connect(self.show_today)
        for panel in self.visit_screen.panels:  # closing the visit offers the citizen's paper
            closed = getattr(panel, "visit_closed", None)
            if closed is not None:
                closed.connect(lambda closed_id: self.export_actions.offer_handout(closed_id))
        self.stack.addWidget(self.visit_screen)
        self.stack.setCurrentWidget(self.visit_screen)
        page = self.visit_screen.tabs.currentWidget()
        if page is not None and page.focusProxy() is not None:
            page.setFocus()  # the first tab's field, e.g. Borger: type the CPR number or code
        else:
            self.visit_screen.tabs.setFocus()
        self.visit_opened.emit(visit_id)

    def start_appointment(self, appointment_id: int) -> None:
        """Enter on a booked time: start (or reopen) the visit linked to it."""
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        self.services.ready()
        try:
            visit_id = self.services.appointments.start_visit(
                self.actor, appointment_id, self._channel()
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke starte besøget"), str(error))
            return
        self.open_visit(visit_id)

    def add_appointment(self) -> None:
        self.services.ready()
        from medbetjening.ui.desk.appointment_dialog import AppointmentDialog

        if AppointmentDialog(self.services, self.actor, self).exec():
            self.refresh_today()

    def import_appointments(self) -> None:
        self.services.ready()
        from medbetjening.ui.desk.appointment_dialog import choose_and_import

        self._import_task = choose_and_import(
            self, self.services, self.actor, lambda _report: self.refresh_today()
        )

    def show_key_dialog(self) -> None:
        self.services.ready()
        from medbetjening.ui.lead.key_dialog import KeyDialog

        KeyDialog(self.services, self.actor, self).exec()

    def resume_visit(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        from medbetjening.ui.shell.resume_dialog import ResumeDialog

        rows = self.services.startup.open_visits(self.actor)
        if not rows:
            QMessageBox.information(
                self, self.tr("Genoptag besøg"), self.tr("Du har ingen åbne besøg.")
            )
            return
        dialog = ResumeDialog(rows, self)
        if dialog.exec() and dialog.selected_id is not None:
            self.open_visit(dialog.selected_id)

    def offer_unfinished_visits(self) -> None:
        """After a crash or a forgotten close: offer the open visits again."""
        from medbetjening.ui.shell.resume_dialog import ResumeDialog

        rows = self.services.startup.open_visits(self.actor)  # sqlite3 on a fast start
        if not rows:
            return
        dialog = self._resume_offer = ResumeDialog(rows, self, unfinished=True)
        try:
            if dialog.exec() and dialog.selected_id is not None:
                self.open_visit(dialog.selected_id)
        finally:
            self._resume_offer = None

    def show_citizen_history(self, citizen_id: int | None = None) -> None:
        """Ctrl+H: the history of the open visit's citizen (or the selected visit's)."""
        self.services.ready()
        from medbetjening.ui.desk.history_screen import HistoryDialog

        if not citizen_id:
            citizen_id = self._current_citizen_id()
        if citizen_id is None:
            self.statusBar().showMessage(
                self.tr("Besøget er ikke knyttet til en borger, så der er ingen historik."), 8000
            )
            return
        from PySide6.QtCore import Qt

        self.history_dialog = HistoryDialog(self.services, self.actor, citizen_id, self)
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.show()

    def _current_citizen_id(self) -> int | None:
        if self.stack.currentWidget() is self.visit_screen and self.visit_screen is not None:
            visit_id = self.visit_screen.visit_id
        else:
            index = self.today.table.currentIndex()
            if not index.isValid():
                return None
            visit_id = self.today.model.row_at(index.row()).id
        try:
            return self.services.visits.get_visit(self.actor, visit_id).citizen_id
        except ServiceError:
            return None

    def show_follow_ups(self) -> None:
        """Ctrl+U: the "Opfølgning" list of this site."""
        self.services.ready()
        from PySide6.QtCore import Qt

        from medbetjening.ui.desk.follow_up_screen import FollowUpDialog

        self.follow_up_dialog = FollowUpDialog(self.services, self.actor, self)
        self.follow_up_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.follow_up_dialog.screen_widget.history_requested.connect(self.show_citizen_history)
        self.follow_up_dialog.show()

    def change_password(self) -> None:
        from medbetjening.ui.lead.staff_admin import ChangePasswordDialog

        ChangePasswordDialog(self.services, self.actor, self).exec()

    def about_text(self) -> str:
        return (
            self.tr("Medbetjening %1\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.services.description)
        )

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        QMessageBox.about(self, self.tr("Om Medbetjening"), self.about_text())

    def show_help(self) -> None:
        """The guide stays open beside the window (not modal); F1 brings it back."""
        from medbetjening.ui.shell.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_preferences(self) -> None:
        from medbetjening.ui.shell.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not getattr(self, "_focused_once", False) and self.stack.currentWidget() is self.today:
            self._focused_once = True
            self.today.table.setFocus()  # after sign-in: today's list, not its first button

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.visit_screen:
            self.show_today()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
        super().closeEvent(event)
