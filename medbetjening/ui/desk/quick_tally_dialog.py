"""Quick tally (Ctrl+T): register a short contact and clear, as library desk loggers do.

Channel, type and task only; no citizen. Enter registers and the form stays open for the
next one (Esc closes). The task list is KOMHEN's short list first, then the flows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.contact import QUICK_TASKS
from medbetjening.domain.vocabulary import Channel, ContactType
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.quick_tally import QuickTally
from medbetjening.ui.common.code_combo import code_combo, select_code
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.common.labels import label


class QuickTallyDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Kort henvendelse"))
        self.setAccessibleName(self.tr("Registrér en kort henvendelse"))

        self.channel = code_combo("channel")
        select_code(self.channel, services.visits.site_channel(actor).value)
        self.contact_type = code_combo("contact_type")
        self.task = QComboBox()
        for code in QUICK_TASKS:
            self.task.addItem(label("quick_task", code), ("task", code))
        for flow in services.flows.flows():
            self.task.addItem(flow.title.get(current_language()), ("flow", flow.id))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Registrerede henvendelser"))
        self.status.setWordWrap(True)

        for widget, name, tip in (
            (self.channel, self.tr("Kanal"), self.tr("Hvor henvendelsen kom ind")),
            (
                self.contact_type,
                self.tr("Henvendelsestype"),
                self.tr("Information, interaktion eller transaktion"),
            ),
            (
                self.task,
                self.tr("Opgave"),
                self.tr("KOMHEN-opgaven eller forløbet det drejede sig om"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Kanal:"), self.channel),
            (self.tr("&Type:"), self.contact_type),
            (self.tr("&Opgave:"), self.task),
        ):
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.register_button = buttons.addButton(
            self.tr("&Registrér (Enter)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.register_button.setAccessibleName(self.tr("Registrér henvendelsen"))
        self.register_button.setToolTip(self.tr("Gem og ryd til den næste (Enter)"))
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register_contact)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Luk"))
        close.setToolTip(self.tr("Luk (Esc)"))
        close.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.task.setFocus()

    def register_contact(self) -> None:
        kind, code = self.task.currentData()
        tally = QuickTally(
            Channel(self.channel.currentData()),
            ContactType(self.contact_type.currentData()),
            flow_id=code if kind == "flow" else None,
            task=code if kind == "task" else None,
        )
        try:
            self.services.quick_tally.register(self.actor, tally)
            today = self.services.quick_tally.count_today(self.actor)
        except ServiceError as error:
            self.status.setText(str(error))
            return
        self.status.setText(
            self.tr("Registreret: %1, %2, %3. I dag: %4.")
            .replace("%1", label("channel", tally.channel.value))
            .replace("%2", label("contact_type", tally.contact_type.value).lower())
            .replace("%3", self.task.currentText())
            .replace("%4", str(today))
        )
        # cleared for the next contact: the type and task start over, the channel stays
        self.contact_type.setCurrentIndex(0)
        self.task.setCurrentIndex(0)
        self.task.setFocus()
