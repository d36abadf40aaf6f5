"""Administration → Hjælpesteder: a team lead keeps the outside places citizens can be
referred to (name, address, opening hours, phone, what they help with; when and where
the facts were checked). The service checks the role and audits every change.

A field left empty stays unknown: the handout prints only what is filled in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.help_points import HelpPointDraft, HelpPointInfo
from medbetjening.ui.common.i18n import date_edit_format
from medbetjening.ui.common.service_messages import in_ui_language


class HelpPointsDialog(QDialog):
    def __init__(self, services, actor: ActorContext, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.points: list[HelpPointInfo] = []
        self.setWindowTitle(self.tr("Hjælpesteder"))
        self.setAccessibleName(self.tr("Hjælpesteder"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Hjælpesteder"))
        self.list.currentRowChanged.connect(self._show)
        list_label = QLabel(self.tr("&Hjælpesteder:"))
        list_label.setBuddy(self.list)

        self.name = QLineEdit()
        self.helps_with = QLineEdit()
        self.address = QLineEdit()
        self.hours = QLineEdit()
        self.phone = QLineEdit()
        self.source = QLineEdit()
        self.checked = QCheckBox(self.tr("Oplysningerne er &tjekket den:"))
        self.checked_on = QDateEdit(QDate.currentDate())
        self.checked_on.setDisplayFormat(date_edit_format())
        self.checked_on.setCalendarPopup(True)
        self.checked.toggled.connect(self.checked_on.setEnabled)
        self.checked_on.setEnabled(False)
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("&Navn:"), self.name, self.tr("Hjælpestedets navn")),
            (self.tr("Hjælper &med:"), self.helps_with, self.tr("Hvad stedet hjælper med")),
            (self.tr("&Adresse:"), self.address, self.tr("Adresse (tom: ikke afklaret)")),
            (self.tr("Åbn&ingstider:"), self.hours, self.tr("Åbningstider (tom: ikke afklaret)")),
            (self.tr("T&elefon:"), self.phone, self.tr("Telefon (tom: ikke afklaret)")),
            (self.tr("&Kilde:"), self.source, self.tr("Hvor oplysningerne er tjekket")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
            form.addRow(text, widget)
        self.checked_on.setAccessibleName(self.tr("Dato for tjek af oplysningerne"))
        self.checked_on.setToolTip(self.tr("Dato for tjek af oplysningerne"))
        form.addRow(self.checked, self.checked_on)

        self.new_button = QPushButton(self.tr("N&yt hjælpested"))
        self.new_button.setAccessibleName(self.tr("Nyt hjælpested"))
        self.new_button.clicked.connect(self._new)
        self.save_button = QPushButton(self.tr("&Gem"))
        self.save_button.setAccessibleName(self.tr("Gem hjælpestedet"))
        self.save_button.clicked.connect(self.save)
        self.retire_button = QPushButton(self.tr("&Brug ikke mere"))
        self.retire_button.setAccessibleName(self.tr("Brug ikke hjælpestedet mere"))
        self.retire_button.setToolTip(self.tr("Tilbydes ikke mere; tidligere henvisninger bevares"))
        self.retire_button.clicked.connect(self.retire)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 560)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        try:
            self.points = self.services.help_points.help_points(self.actor)
        except ServiceError as error:
            self.message.setText(in_ui_language(str(error)))
            return
        self.list.clear()
        for point in self.points:
            self.list.addItem(QListWidgetItem(point.name))
        row = next((i for i, p in enumerate(self.points) if p.id == select_id), -1)
        if row < 0 and self.points:
            row = 0
        self.list.setCurrentRow(row)
        if row < 0:
            self._new()

    def current(self) -> HelpPointInfo | None:
        row = self.list.currentRow()
        return self.points[row] if 0 <= row < len(self.points) else None

    def _show(self, _row: int) -> None:
        point = self.current()
        if point is None:
            return
        self.name.setText(point.name)
        self.helps_with.setText(point.helps_with)
        self.address.setText(point.address or "")
        self.hours.setText(point.opening_hours or "")
        self.phone.setText(point.phone or "")
        self.source.setText(point.source or "")
        self.checked.setChecked(point.checked_on is not None)
        if point.checked_on is not None:
            self.checked_on.setDate(QDate(point.checked_on))
        self.retire_button.setEnabled(True)

    def _new(self) -> None:
        self.list.setCurrentRow(-1)
        for field in (
            self.name,
            self.helps_with,
            self.address,
            self.hours,
            self.phone,
            self.source,
        ):
            field.clear()
        self.checked.setChecked(False)
        self.retire_button.setEnabled(False)
        self.name.setFocus()

    def draft(self) -> HelpPointDraft:
        day = self.checked_on.date()
        return HelpPointDraft(
            name=self.name.text(),
            helps_with=self.helps_with.text(),
            address=self.address.text() or None,
            opening_hours=self.hours.text() or None,
            phone=self.phone.text() or None,
            checked_on=dt.date(day.year(), day.month(), day.day())
            if self.checked.isChecked()
            else None,
            source=self.source.text() or None,
        )

    def save(self) -> None:
        current = self.current()
        try:
            point = self.services.help_points.save_help_point(
                self.actor, self.draft(), current.id if current else None
            )
        except ServiceError as error:  # nothing saved: the form keeps what was typed
            self.message.setText(in_ui_language(str(error)))
            return
        self.message.setText(self.tr("Hjælpestedet '%1' er gemt.").replace("%1", point.name))
        self.refresh(point.id)

    def retire(self) -> None:
        current = self.current()
        if current is None:
            return
        try:
            self.services.help_points.retire_help_point(self.actor, current.id)
        except ServiceError as error:
            self.message.setText(in_ui_language(str(error)))
            return
        self.message.setText(
            self.tr("'%1' tilbydes ikke mere på afslutningen.").replace("%1", current.name)
        )
        self.refresh()
