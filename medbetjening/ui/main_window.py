"""The main window: today's visits, the open visit, menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from medbetjening import __version__
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.settings import WINDOW_GEOMETRY, Settings
from medbetjening.ui.export_actions import ExportActions
from medbetjening.ui.labels import label
from medbetjening.ui.today_screen import TodayScreen
from medbetjening.ui.visit_screen import VisitScreen


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
        self.setWindowTitle(self.tr("Medbetjening"))
        self.setAccessibleName(self.tr("Medbetjening – hovedvindue"))

        self.stack = QStackedWidget()
        self.today = TodayScreen()
        self.today.new_visit_requested.connect(self.new_visit)
        self.today.open_visit_requested.connect(self.open_visit)
        self.stack.addWidget(self.today)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
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
            self.tr("&Opdatér"),
            QKeySequence.StandardKey.Refresh,
            self.refresh_today,
            self.tr("Hent listen igen"),
        )
        self.quit_action = self._action(
            self.tr("&Afslut"), QKeySequence.StandardKey.Quit, self.close, self.tr("Luk programmet")
        )
        self.about_action = self._action(
            self.tr("&Om Medbetjening"), None, self.show_about, self.tr("Version og database")
        )
        self.export_actions = ExportActions(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        self.file_menu.addAction(self.quit_action)
        self.visit_menu = bar.addMenu(self.tr("&Besøg"))
        for action in (
            self.new_visit_action,
            self.resume_action,
            self.today_action,
            self.refresh_action,
        ):
            self.visit_menu.addAction(action)
        self.help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.help_menu.addAction(self.about_action)
        self.export_actions.add_to_menus(bar, self.visit_menu)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel(self.services.database.description)
        self.db_label.setAccessibleName(self.tr("Database i brug"))
        self.user_label = QLabel(f"{self.actor.name} · {label('role', self.actor.role.value)}")
        self.user_label.setAccessibleName(self.tr("Logget ind som"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def _restore_geometry(self) -> None:
        saved = self.settings.get(WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.resize(1100, 720)

    # -- actions --------------------------------------------------------------
    def refresh_today(self) -> None:
        self.today.set_rows(self.services.visits.todays_visits(self.actor))

    def show_today(self) -> None:
        self.refresh_today()
        self.stack.setCurrentWidget(self.today)
        self.today.table.setFocus()

    def new_visit(self) -> None:
        try:
            visit_id = self.services.visits.start_visit(self.actor)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke starte besøget"), str(error))
            return
        self.open_visit(visit_id)

    def open_visit(self, visit_id: int) -> None:
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
        self.visit_screen.tabs.setFocus()
        self.visit_opened.emit(visit_id)

    def resume_visit(self) -> None:
        from medbetjening.ui.resume_dialog import ResumeDialog

        rows = self.services.visits.open_visits(self.actor)
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

        rows = self.services.visits.open_visits(self.actor)
        if not rows:
            return
        dialog = ResumeDialog(rows, self, unfinished=True)
        if dialog.exec() and dialog.selected_id is not None:
            self.open_visit(dialog.selected_id)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Medbetjening"),
            self.tr("Medbetjening %1\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.services.database.description),
        )

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.visit_screen:
            self.show_today()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
        super().closeEvent(event)
