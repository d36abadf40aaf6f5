"""On the follow-up screen: the sender's referrals not taken up in time (issue 21).

A referral to a site is taken up by the citizen's visit there; one to an outside help
point only by what the citizen tells us. Either can be marked "did not go"; the time
before a referral shows here is the municipality's policy (Regler: "frist for at tage
en henvisning op").
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.labels import citizen_label
from medbetjening.ui.common.row_list import pick_rows_only
from medbetjening.ui.common.service_messages import in_ui_language


class OverdueReferralsPanel(QWidget):
    def __init__(self, services, actor: ActorContext, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.rows: list = []  # type: ignore[type-arg]
        self._site_id: int | None = None
        self.setAccessibleName(self.tr("Henvisninger, der ikke er taget op"))
        self.heading = QLabel(self.tr("<b>Henvisninger, der ikke er taget op</b>"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Borger"),
                self.tr("Henvist til"),
                self.tr("Opgave"),
                self.tr("Frist"),
                self.tr("Medarbejder"),
            ]
        )
        self.table.setAccessibleName(self.tr("Henvisninger, der ikke er taget op"))
        pick_rows_only(self.table, max_lines=8)
        self.table.currentCellChanged.connect(self._selected)
        self.heading.setBuddy(self.table)
        self.went_button = QPushButton(self.tr("Borgeren &kom derhen"))
        self.went_button.setAccessibleName(self.tr("Borgeren kom hen til hjælpestedet"))
        self.went_button.setToolTip(
            self.tr("Kun for hjælpesteder: et af kommunens steder registrerer selv besøget")
        )
        self.went_button.clicked.connect(lambda: self.record(True))
        self.not_went_button = QPushButton(self.tr("Borgeren kom &ikke"))
        self.not_went_button.setAccessibleName(self.tr("Borgeren kom ikke derhen"))
        self.not_went_button.setToolTip(self.tr("Henvisningen blev ikke taget op"))
        self.not_went_button.clicked.connect(lambda: self.record(False))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked om henvisninger"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.went_button)
        buttons.addWidget(self.not_went_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setVisible(False)  # the follow-up screen's refresh fills it

    def refresh(self, site_id: int | None = None) -> None:
        """``site_id``: the site the follow-up list shows (None: the actor's own)."""
        self._site_id = site_id
        self.message.clear()
        try:
            self.rows = self.services.referrals.overdue_referrals(self.actor, site_id)
        except ServiceError as error:
            self.rows = []
            self.message.setText(in_ui_language(str(error)))
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = (
                citizen_label(row.citizen_id, row.citizen_code),
                row.destination,
                shown_flow_titles(row.task)
                if row.task != "ikke angivet"
                else self.tr("ikke angivet"),
                row.due_date.strftime("%d-%m-%Y"),
                row.staff_name,
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.setVisible(bool(self.rows) or bool(self.message.text()))
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._selected()

    def current(self):  # type: ignore[no-untyped-def]
        number = self.table.currentRow()
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def _selected(self, *_args: int) -> None:
        row = self.current()
        self.not_went_button.setEnabled(row is not None)
        self.went_button.setEnabled(row is not None and row.outside)

    def record(self, went: bool) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.services.referrals.record_result(self.actor, row.id, went)
        except ServiceError as error:
            self.message.setText(in_ui_language(str(error)))
            return
        text = (
            self.tr("Registreret: %1 kom derhen.") if went else self.tr("Registreret: %1 kom ikke.")
        ).replace("%1", citizen_label(row.citizen_id, row.citizen_code))
        self.refresh(self._site_id)
        self.message.setText(text)
        self.setVisible(True)
