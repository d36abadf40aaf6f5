"""The "Dagens besøg" screen: today's booked appointments and open and closed visits."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.dto import AppointmentRow, VisitRow
from medbetjening.ui.common.labels import choices
from medbetjening.ui.common.reflow import WrappingLayout
from medbetjening.ui.desk.referrals_here import ReferredHerePanel
from medbetjening.ui.desk.today_model import PageLoader, TodayVisitsModel
from medbetjening.ui.desk.today_table import TodayTable

FLOWS_COLUMN = 3  # "Forløb" in TodayVisitsModel


class TodayScreen(QWidget):
    new_visit_requested = Signal()
    open_visit_requested = Signal(int)
    start_appointment_requested = Signal(int)
    add_appointment_requested = Signal()
    import_appointments_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dagens besøg"))
        self.heading = QLabel(self.tr("<h2>Dagens besøg</h2>"))
        self.heading.setAccessibleName(self.tr("Dagens besøg"))

        self.model = TodayVisitsModel(self)
        self._build_table()
        self.heading.setBuddy(self.table)  # the visible heading labels the list

        self.empty_label = QLabel(self.tr("Ingen besøg i dag endnu. Tryk Ctrl+N for et nyt besøg."))
        self.empty_label.setAccessibleName(self.tr("Ingen besøg i dag"))
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.referred_here = ReferredHerePanel(self)  # issue 21: "henvist hertil"
        layout.addWidget(self.referred_here)
        self.setTabOrder(self.channel, self.new_button)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.add_appointment_button)
        self.setTabOrder(self.add_appointment_button, self.import_button)
        self.setTabOrder(self.import_button, self.table)

    def _build_table(self) -> None:
        self.table = TodayTable(FLOWS_COLUMN)  # measures one cell per column and row
        # The headers show their labels from a model of their own: to hand a Python
        # headerData its orientation, PySide builds all of its Qt enums, ≈ 40 ms of the
        # first paint (ui/common/roles.py). Hidden while the list's model is set (a
        # visible header asks it at once); the list's model still answers headerData for
        # screen readers and tests.
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setVisible(False)
        self.table.setModel(self.model)
        self.header_labels = QStandardItemModel(0, self.model.columnCount(), self)
        self.header_labels.setHorizontalHeaderLabels(self.model.header_labels())
        header.setModel(self.header_labels)  # before the sections' resize modes
        header.setVisible(True)
        self.table.setAccessibleName(self.tr("Liste over dagens besøg"))
        self.table.setAccessibleDescription(
            self.tr("Enter åbner det valgte besøg eller starter besøget for en booket tid")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the flows take the width that is left and wrap, so the list never scrolls
        # sideways (three flows at 200 % text are wider than a 1366 px screen)
        header.setSectionResizeMode(FLOWS_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # size the columns from the rows on screen, not from every visit of a busy day
        header.setResizeContentsPrecision(0)
        self.table.setWordWrap(True)
        # wrapped rows are taller, but a ResizeToContents vertical header measures every
        # cell of every row at each layout pass (20 000 data() calls for 57 visits: the
        # start and each refresh stalled the GUI); size only the rows on screen, once
        # per change (model, flows width, scroll)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_visible_rows)
        # rows measured at the current column widths: a new visit measures its own row,
        # not every row on screen again (the rows below keep their heights as they move)
        self._sized: set[VisitRow | AppointmentRow] = set()
        header.sectionResized.connect(self._forget_sizes)
        self.table.verticalScrollBar().valueChanged.connect(self._schedule_fit)
        model = self.model
        for signal in (model.modelReset, model.rowsMoved):
            signal.connect(self._forget_sizes)
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(self._schedule_fit)
        model.dataChanged.connect(self._rows_changed)
        self.table.activated.connect(self._activated)

    def _schedule_fit(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._fit_timer.start(0)

    def _forget_sizes(self, *_args) -> None:  # type: ignore[no-untyped-def]
        """Widths or rows changed wholesale: every row on screen is measured again."""
        self._sized.clear()
        self._schedule_fit()

    def _rows_changed(self, first, last, *_roles) -> None:  # type: ignore[no-untyped-def]
        for row in range(first.row(), last.row() + 1):
            self._sized.discard(self.model.row_at(row))
        self._schedule_fit()

    def _fit_visible_rows(self) -> None:
        """Each row on screen as tall as its wrapped text (rows below are sized when
        scrolled to)."""
        count = self.model.rowCount()
        if not count:
            return
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport_height() - 1)
        last = count - 1 if last < 0 else last
        for row in range(first, last + 1):
            shown = self.model.row_at(row)
            if shown not in self._sized:
                # not resizeRowToContents: it also asks the hidden vertical header, whose
                # Python headerData makes PySide build its Qt enums (see _build_table)
                self.table.setRowHeight(row, self.table.sizeHintForRow(row))
                self._sized.add(shown)
        if self.table.rowAt(self.table.viewport_height() - 1) not in (-1, last):
            self._schedule_fit()  # rows got shorter: more of them fit on screen now

    def _build_buttons(self) -> WrappingLayout:
        self.new_button = QPushButton(self.tr("&Nyt besøg"))
        self.new_button.setAccessibleName(self.tr("Nyt besøg"))
        self.new_button.setToolTip(self.tr("Start et nyt besøg (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_visit_requested)
        # The channel the next visit is counted under; the site's kind decides by default.
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Stedets kanal"), None)
        for code, name in choices("channel"):
            self.channel.addItem(name, code)
        # as wide as its longest channel at any text size
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel.setAccessibleName(self.tr("Kanal for det nye besøg"))
        self.channel.setToolTip(
            self.tr("Skranke, bibliotek, telefon, video eller udgående; tælles i statistikken")
        )
        self.channel_label = QLabel(self.tr("&Kanal:"))
        self.channel_label.setBuddy(self.channel)
        self.open_button = QPushButton(self.tr("Å&bn besøg"))
        self.open_button.setAccessibleName(self.tr("Åbn det valgte besøg"))
        self.open_button.setToolTip(self.tr("Åbn det valgte besøg (Enter)"))
        self.open_button.clicked.connect(self._open_selected)

        self.add_appointment_button = QPushButton(self.tr("Ny &aftale …"))
        self.add_appointment_button.setAccessibleName(self.tr("Tilføj en booket tid"))
        self.add_appointment_button.setToolTip(self.tr("Skriv en booket tid ind i hånden"))
        self.add_appointment_button.clicked.connect(self.add_appointment_requested)
        self.import_button = QPushButton(self.tr("&Importér aftaler …"))
        self.import_button.setAccessibleName(self.tr("Importér aftaler fra booking-systemet"))
        self.import_button.setToolTip(
            self.tr("Hent bookede tider fra en iCalendar- (.ics) eller CSV-fil")
        )
        self.import_button.clicked.connect(self.import_appointments_requested)

        buttons = WrappingLayout(spacing=6)  # wraps at large text instead of widening the window
        for widget in (
            self.channel_label,
            self.channel,
            self.new_button,
            self.open_button,
            self.add_appointment_button,
            self.import_button,
        ):
            buttons.addWidget(widget)
        return buttons

    def chosen_channel(self) -> str | None:
        """The channel picked for the next visit (None: the site's own)."""
        return self.channel.currentData()

    def set_rows(
        self, rows: list[VisitRow], appointments: list[AppointmentRow] | None = None
    ) -> None:
        self.model.set_rows(rows, appointments or [])
        self._shown()

    def set_loader(
        self, loader: PageLoader, appointments: list[AppointmentRow] | None = None
    ) -> None:
        """Today's visits a page at a time (the view fetches more when scrolled)."""
        self.model.set_loader(loader, appointments or [])
        self._shown()

    def _shown(self) -> None:
        rows = self.model.rowCount()
        # the columns sized to their contents take a new longer text ("Kode RXK-6UZ"
        # after only "Anonym"); the header re-measures only at its own layout otherwise
        self.table.horizontalHeader().resizeSections()
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if self.isVisible():
            self._select_first_row()
        # else showEvent does it: a current row set before the first show makes the
        # header size its columns twice (once for a window that has no size yet)

    def _select_first_row(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._select_first_row()

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        appointment_id = self.model.data(index, TodayVisitsModel.AppointmentIdRole)
        if appointment_id is not None:
            self.start_appointment_requested.emit(appointment_id)
            return
        self.open_visit_requested.emit(self.model.data(index, TodayVisitsModel.VisitIdRole))

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt  # not at import: see ui/common/roles.py

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._open_selected()
            return
        super().keyPressEvent(event)
