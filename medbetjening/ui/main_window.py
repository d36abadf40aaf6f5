"""The main window: today's visits, the open visit, menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from medbetjening import __version__
from medbetjening.domain.roles import Action, allowed
from medbetjening.domain.vocabulary import Channel
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.settings import WINDOW_GEOMETRY, Settings
from medbetjening.ui.counting_actions import CountingActions
from medbetjening.ui.export_actions import ExportActions
from medbetjening.ui.i18n import current_language
from medbetjening.ui.labels import label
from medbetjening.ui.tasks import BackgroundTask
from medbetjening.ui.today_screen import TodayScreen
from medbetjening.ui.visit_screen import VisitScreen

CONTENT_CHECK_DELAY_MS = 800


class MainWindow(QMainWindow):
    visit_opened = Signal(int)

    def __init__(
        self, services, actor: ActorContext, settings: Settings, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = settings
        self.visit_screen: VisitScreen | None = None
        self.help_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Medbetjening"))
        self.setAccessibleName(self.tr("Medbetjening – hovedvindue"))

        self.stack = QStackedWidget()
        self.today = TodayScreen()
        self.today.new_visit_requested.connect(self.new_visit)
        self.today.open_visit_requested.connect(self.open_visit)
        self.today.start_appointment_requested.connect(self.start_appointment)
        self.today.add_appointment_requested.connect(self.add_appointment)
        self.today.import_appointments_requested.connect(self.import_appointments)
        self.stack.addWidget(self.today)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.flow_warning = None
        # content is checked off the GUI thread once the window is up (start-up stays lean)
        # a child timer dies with the window: a window closed within the delay (tests open
        # and close many) must not start a worker over a deleted window
        self._content_timer = QTimer(self)
        self._content_timer.setSingleShot(True)
        self._content_timer.timeout.connect(self._check_content)
        self._content_timer.start(CONTENT_CHECK_DELAY_MS)
        self._restore_geometry()
        self.refresh_today()

    # -- construction -------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot, tip: str) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_visit_action = self._action(
            self.tr("&Nyt besøg"),
            QKeySequence.StandardKey.New,
            self.new_visit,
            self.tr("Start et nyt besøg"),
        )
        self.resume_action = self._action(
            self.tr("&Genoptag besøg …"),
            "Ctrl+R",
            self.resume_visit,
            self.tr("Genoptag et åbent besøg"),
        )
        self.today_action = self._action(
            self.tr("&Dagens besøg"), "Ctrl+D", self.show_today, self.tr("Vis dagens besøg")
        )
        self.refresh_action = self._action(
            self.tr("Opda&tér"),
            QKeySequence.StandardKey.Refresh,
            self.refresh_today,
            self.tr("Hent listen igen"),
        )
        self.add_appointment_action = self._action(
            self.tr("Ny &aftale …"),
            "Ctrl+Shift+N",
            self.add_appointment,
            self.tr("Skriv en booket tid ind i hånden"),
        )
        self.import_appointments_action = self._action(
            self.tr("&Importér aftaler …"),
            "Ctrl+I",
            self.import_appointments,
            self.tr("Hent bookede tider fra booking-systemets .ics- eller .csv-fil"),
        )
        self.key_action = self._action(
            self.tr("&Pseudonymiseringsnøgle …"),
            None,
            self.show_key_dialog,
            self.tr("Nøglen til CPR-opslag: status, eksport og import"),
        )
        self.key_action.setEnabled(not self.actor.is_ambassador)
        may_book = allowed(self.actor.role, Action.IMPORT_APPOINTMENTS)
        for appointment_action in (self.add_appointment_action, self.import_appointments_action):
            appointment_action.setEnabled(may_book)
        self.today.add_appointment_button.setEnabled(may_book)
        self.today.import_button.setEnabled(may_book)
        self.quit_action = self._action(
            self.tr("&Afslut"), QKeySequence.StandardKey.Quit, self.close, self.tr("Luk programmet")
        )
        self.history_action = self._action(
            self.tr("Borgerens &historik …"),
            "Ctrl+H",
            self.show_citizen_history,
            self.tr("Vis historikken for borgeren i det valgte besøg"),
        )
        self.follow_ups_action = self._action(
            self.tr("&Opfølgning …"),
            "Ctrl+U",
            self.show_follow_ups,
            self.tr("Vis forfaldne opfølgninger for dette sted"),
        )
        self.follow_ups_action.setEnabled(allowed(self.actor.role, Action.MANAGE_FOLLOW_UPS))
        from medbetjening.ui.citizen_screen import CitizenScreenController

        self.citizen_screen = CitizenScreenController(self)
        self.citizen_screen_action = self._action(
            self.tr("&Borgerens skærm"),
            "F9",
            self.citizen_screen.toggle,
            self.tr("Vis eller skjul borgerens skærm med det aktuelle trin (F9)"),
        )
        self.about_action = self._action(
            self.tr("&Om Medbetjening"), None, self.show_about, self.tr("Version og database")
        )
        self.help_action = self._action(
            self.tr("&Brugervejledning"),
            QKeySequence.StandardKey.HelpContents,
            self.show_help,
            self.tr("Sådan går et besøg, og genveje (F1)"),
        )
        self.preferences_action = self._action(
            self.tr("&Indstillinger …"),
            "Ctrl+,",
            self.show_preferences,
            self.tr("Sprog, tekststørrelse og høj kontrast"),
        )
        self.password_action = self._action(
            self.tr("Skift adgangs&kode …"),
            None,
            self.change_password,
            self.tr("Skift din egen adgangskode"),
        )
        self.staff_admin_action = self._action(
            self.tr("&Medarbejdere …"),
            "Ctrl+Shift+M",
            self.show_staff_admin,
            self.tr("Opret medarbejdere, skift rolle, deaktivér (teamleder)"),
        )
        self.audit_action = self._action(
            self.tr("&Revisionslog …"),
            "Ctrl+Shift+L",
            self.show_audit_log,
            self.tr("Hvem har set, eksporteret eller slettet borgerdata (teamleder)"),
        )
        self.citizen_requests_action = self._action(
            self.tr("&Borgerens rettigheder …"),
            None,
            self.show_citizen_requests,
            self.tr("Indsigt i og sletning af en borgers data (teamleder)"),
        )
        for action in (self.staff_admin_action, self.audit_action, self.citizen_requests_action):
            action.setEnabled(self.actor.is_lead)
        self.export_actions = ExportActions(self)
        self.counting_actions = CountingActions(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addAction(self.key_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.password_action)
        self.file_menu.addAction(self.quit_action)
        self.visit_menu = bar.addMenu(self.tr("&Besøg"))
        for action in (
            self.new_visit_action,
            self.resume_action,
            self.today_action,
            self.refresh_action,
        ):
            self.visit_menu.addAction(action)
        self.visit_menu.addSeparator()
        self.visit_menu.addAction(self.history_action)
        self.visit_menu.addAction(self.follow_ups_action)
        self.visit_menu.addAction(self.citizen_screen_action)
        self.visit_menu.addAction(self.add_appointment_action)
        self.visit_menu.addAction(self.import_appointments_action)
        if self.actor.is_lead:
            self.admin_menu = bar.addMenu(self.tr("Ad&ministration"))
            self.admin_menu.addAction(self.staff_admin_action)
            self.admin_menu.addAction(self.audit_action)
            self.admin_menu.addAction(self.citizen_requests_action)
            from medbetjening.ui.flow_review_dialog import add_flow_review_action

            self.flow_review_action = add_flow_review_action(
                self, self.admin_menu, self.services, self.actor
            )
        self.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)
        self.export_actions.add_to_menus(bar, self.visit_menu)
        self.counting_actions.add_to_menus(
            self.visit_menu, getattr(self.export_actions, "statistics_menu", None)
        )

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.services.description)
        self.db_label.setAccessibleName(self.tr("Database i brug"))
        self.user_label = QLabel(f"{self.actor.name} · {label('role', self.actor.role.value)}")
        self.user_label.setAccessibleName(self.tr("Logget ind som"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _check_content(self) -> None:
        """Off the GUI thread: read the content, to warn about broken files and to show
        the flow titles of stored runs in the interface's language."""
        from medbetjening.ui.flow_problems import content_problems, show_broken_content
        from medbetjening.ui.flow_titles import FLOW_TITLES, titles_for

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

        self._content_task = BackgroundTask(check, self)
        self._content_task.succeeded.connect(checked)
        self._content_task.start()

    def _restore_geometry(self) -> None:
        saved = self.settings.get(WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1100, 720)

    # -- actions --------------------------------------------------------------
    def refresh_today(self) -> None:
        # the start-up reads: sqlite3 on a fast start until the full stack is loaded
        reads, actor = self.services.startup, self.actor
        self.today.set_loader(
            lambda after, limit: reads.todays_visits(actor, limit=limit, after=after),
            reads.todays_appointments(actor),
        )

    def show_today(self) -> None:
        self.refresh_today()
        self.stack.setCurrentWidget(self.today)
        self.today.table.setFocus()

    def new_visit(self) -> None:
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
        self.services.ready()
        try:
            visit = self.services.visits.get_visit(self.actor, visit_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke åbne besøget"), str(error))
            return
        if self.visit_screen is not None:
            self.stack.removeWidget(self.visit_screen)
            self.visit_screen.deleteLater()
        self.visit_screen = VisitScreen(self.services, self.actor, visit)
        self.visit_screen.back_requested.connect(self.show_today)
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
        from medbetjening.ui.appointment_dialog import AppointmentDialog

        if AppointmentDialog(self.services, self.actor, self).exec():
            self.refresh_today()

    def import_appointments(self) -> None:
        self.services.ready()
        from medbetjening.ui.appointment_dialog import choose_and_import

        self._import_task = choose_and_import(
            self, self.services, self.actor, lambda _report: self.refresh_today()
        )

    def show_key_dialog(self) -> None:
        self.services.ready()
        from medbetjening.ui.key_dialog import KeyDialog

        KeyDialog(self.services, self.actor, self).exec()

    def resume_visit(self) -> None:
        from medbetjening.ui.resume_dialog import ResumeDialog

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
        from medbetjening.ui.resume_dialog import ResumeDialog

        rows = self.services.startup.open_visits(self.actor)  # sqlite3 on a fast start
        if not rows:
            return
        dialog = ResumeDialog(rows, self, unfinished=True)
        if dialog.exec() and dialog.selected_id is not None:
            self.open_visit(dialog.selected_id)

    def show_citizen_history(self, citizen_id: int | None = None) -> None:
        """Ctrl+H: the history of the open visit's citizen (or the selected visit's)."""
        self.services.ready()
        from medbetjening.ui.history_screen import HistoryDialog

        if not citizen_id:
            citizen_id = self._current_citizen_id()
        if citizen_id is None:
            self.statusBar().showMessage(
                self.tr("Besøget er ikke knyttet til en borger, så der er ingen historik."), 8000
            )
            return
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
        from medbetjening.ui.follow_up_screen import FollowUpDialog

        self.follow_up_dialog = FollowUpDialog(self.services, self.actor, self)
        self.follow_up_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.follow_up_dialog.screen_widget.history_requested.connect(self.show_citizen_history)
        self.follow_up_dialog.show()

    def change_password(self) -> None:
        from medbetjening.ui.staff_admin import ChangePasswordDialog

        ChangePasswordDialog(self.services, self.actor, self).exec()

    def show_staff_admin(self) -> None:
        from medbetjening.ui.staff_admin import StaffAdminDialog

        if self.actor.is_lead:
            StaffAdminDialog(self.services, self.actor, self).exec()

    def show_audit_log(self) -> None:
        from medbetjening.ui.audit_screen import AuditDialog

        if self.actor.is_lead:
            AuditDialog(self.services, self.actor, self).exec()

    def show_citizen_requests(self) -> None:
        from medbetjening.ui.citizen_requests_dialog import CitizenRequestsDialog

        if self.actor.is_lead:
            CitizenRequestsDialog(self.services, self.actor, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Medbetjening"),
            self.tr("Medbetjening %1\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.services.description),
        )

    def show_help(self) -> None:
        """The guide stays open beside the window (not modal); F1 brings it back."""
        from medbetjening.ui.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_preferences(self) -> None:
        from medbetjening.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.visit_screen:
            self.show_today()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
        super().closeEvent(event)
