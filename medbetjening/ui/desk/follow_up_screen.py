""" "Opfølgning": due, this week's and later follow-ups, marked done from the list.

The result of a follow-up updates the citizen's task status: "Klarede det selv
derhjemme" counts as self-sufficient for the tasks of the visit it followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.labels import citizen_label, label
from medbetjening.ui.common.row_list import pick_rows_only
from medbetjening.ui.desk.follow_up_filters import FollowUpFilters
from medbetjening.ui.desk.referral_follow_ups import OverdueReferralsPanel
from medbetjening.ui.desk.tracking_models import FollowUpModel

PAGE = 50  # "Senere" holds every future follow-up: a page at a time


class FollowUpScreen(QWidget):
    history_requested = Signal(int)  # citizen id

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setAccessibleName(self.tr("Opfølgning"))
        self.heading = QLabel(self.tr("<h2>Opfølgning</h2>"))
        self.heading.setAccessibleName(self.tr("Opfølgning"))
        self.filters = FollowUpFilters(services, actor, self)
        self.filters.changed.connect(self.refresh)
        self.more_button = QPushButton(self.tr("Vis &flere"))
        self.more_button.setAccessibleName(self.tr("Vis flere opfølgninger"))
        self.more_button.setToolTip(self.tr("Hent de næste %1").replace("%1", str(PAGE)))
        self.more_button.clicked.connect(self.load_more)
        self.book_button = QPushButton(self.tr("&Book tid …"))
        self.book_button.setAccessibleName(self.tr("Book en tid til borgeren"))
        self.book_button.setToolTip(self.tr("Ny aftale for den valgte borger på opfølgningens dag"))
        self.book_button.clicked.connect(self.book)

        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste over opfølgninger"))
        self.table.setAccessibleDescription(
            self.tr("Vælg en opfølgning og registrér resultatet med knapperne nedenfor")
        )
        pick_rows_only(self.table)
        self.list_label = QLabel(self.tr("&Forfaldne opfølgninger:"))
        self.list_label.setBuddy(self.table)

        self.empty_label = QLabel(self.tr("Ingen opfølgninger forfalder nu."))
        self.empty_label.setAccessibleName(self.tr("Ingen opfølgninger"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))

        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.filters.layout_row)
        layout.addWidget(self.list_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.referrals = OverdueReferralsPanel(services, actor, self)  # issue 21
        layout.addWidget(self.referrals)
        self.setTabOrder(self.filters.last_widget, self.table)
        self.refresh()

    def _build_buttons(self) -> QHBoxLayout:
        """A follow-up's result in one press, booking a time and the citizen's history."""
        self.result_buttons: dict[FollowUpResult, QPushButton] = {}
        buttons = QHBoxLayout()
        for result, text, tip in (
            (
                FollowUpResult.MANAGED_ALONE,
                self.tr("Klarede det &selv"),
                self.tr("Borgeren klarede det selv derhjemme (Alt+S)"),
            ),
            (
                FollowUpResult.NEEDED_HELP,
                self.tr("Fik brug for &hjælp"),
                self.tr("Borgeren prøvede, men fik brug for hjælp (Alt+H)"),
            ),
            (
                FollowUpResult.NOT_REACHED,
                self.tr("Ikke &truffet"),
                self.tr("Borgeren blev ikke truffet (Alt+T)"),
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, r=result: self.mark_done(r))
            buttons.addWidget(button)
            self.result_buttons[result] = button
        self.history_button = QPushButton(self.tr("&Vis borgerens historik"))
        self.history_button.setAccessibleName(self.tr("Vis borgerens historik"))
        self.history_button.setToolTip(self.tr("Vis den valgte borgers historik (Ctrl+H)"))
        self.history_button.clicked.connect(self._history)
        QShortcut(QKeySequence("Ctrl+H"), self, self._history).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.history_button)
        return buttons

    def _page(self, offset: int) -> list:  # type: ignore[type-arg]
        try:
            return self.services.tracking.follow_ups(
                self.actor, self.filters.scope(), self.filters.filter(PAGE + 1, offset)
            )
        except ServiceError as error:
            self.message.setText(str(error))
            return []

    def refresh(self) -> None:
        self.referrals.refresh(self.filters.filter(PAGE, 0).site_id)
        rows = self._page(0)
        self.more_button.setVisible(len(rows) > PAGE)
        rows = rows[:PAGE]
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        for button in (*self.result_buttons.values(), self.history_button, self.book_button):
            button.setEnabled(bool(rows))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def load_more(self) -> None:
        shown = self.model.rowCount()
        rows = self._page(shown)
        self.more_button.setVisible(len(rows) > PAGE)
        self.model.set_rows([self.model.row_at(i) for i in range(shown)] + rows[:PAGE])
        self.table.setCurrentIndex(self.model.index(shown, 0))

    def book(self) -> None:
        """A "Ny aftale" follow-up: book the time for this citizen on its day."""
        from medbetjening.ui.desk.appointment_dialog import AppointmentDialog

        row = self.current_row()
        if row is None:
            return
        dialog = AppointmentDialog(self.services, self.actor, self, row.citizen_code, row.due_date)
        if dialog.exec() and dialog.created is not None:
            self.message.setText(
                self.tr("Tiden er booket %1.").replace(
                    "%1", dialog.created.starts_at.strftime("%d-%m-%Y %H:%M")
                )
            )

    def current_row(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def mark_done(self, result: FollowUpResult) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            self.services.tracking.mark_follow_up_done(self.actor, row.id, result)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        done = self.tr("Opfølgning for %1 registreret: %2.")
        self.message.setText(
            done.replace("%1", citizen_label(row.citizen_id, row.citizen_code)).replace(
                "%2", label("follow_up_result", result.value)
            )
        )
        position = self.table.currentIndex().row()
        self.refresh()
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(position, self.model.rowCount() - 1), 0)
            )
        self.table.setFocus()

    def _history(self) -> None:
        row = self.current_row()
        if row is not None and row.citizen_id is not None:
            self.history_requested.emit(row.citizen_id)


class FollowUpDialog(QDialog):
    """The follow-up list in its own window (from the main window's menu)."""

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opfølgning"))
        self.setAccessibleName(self.tr("Opfølgning"))
        self.screen_widget = FollowUpScreen(services, actor, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk opfølgningslisten"))
        close.setToolTip(self.tr("Luk listen (Esc)"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_widget)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.screen_widget.table.setFocus()
