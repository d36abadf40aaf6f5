"""The pseudonymisation key in the window: status for all, export/import for the lead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.roles import Action, allowed
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.pseudonym_key import EXPORT_WARNING
from medbetjening.ui.common.service_messages import in_ui_language


class KeyDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Pseudonymiseringsnøgle"))
        self.setAccessibleName(self.tr("Pseudonymiseringsnøgle"))
        self.setMinimumWidth(520)

        self.intro = intro = QLabel(
            self.tr(
                "CPR-numre gemmes aldrig. Borgere genkendes ved en nøglebaseret kode af "
                "CPR-nummeret. Nøglen ligger uden for databasen og skal være den samme på "
                "alle kommunens pc'er."
            )
        )
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Nøglens status"))
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("Nøglens fingeraftryk"))
        self.fingerprint.setToolTip(self.tr("Sammenlign fingeraftrykket på kommunens pc'er"))

        may_manage = allowed(actor.role, Action.MANAGE_KEY)
        self.export_button = QPushButton(self.tr("&Eksportér nøglen …"))
        self.export_button.setAccessibleName(self.tr("Eksportér nøglen til en fil"))
        self.export_button.setToolTip(self.tr("Til kommunens andre pc'er (kun teamleder)"))
        self.export_button.setEnabled(may_manage)
        self.export_button.clicked.connect(self.export_key)
        self.import_button = QPushButton(self.tr("&Importér nøglen …"))
        self.import_button.setAccessibleName(self.tr("Importér kommunens nøgle fra en fil"))
        self.import_button.setToolTip(self.tr("Brug kommunens fælles nøgle (kun teamleder)"))
        self.import_button.setEnabled(may_manage)
        self.import_button.clicked.connect(self.import_key)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint)
        layout.addLayout(row)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        status = self.services.pseudonym_keys.status()
        message = in_ui_language(status.message)  # the reason when CPR look-up is off
        if status.available and status.key_file:
            message = self.tr("CPR-opslag er slået til. Nøglen ligger i filen %1.").replace(
                "%1", status.key_file
            )
        elif status.available:
            message = self.tr("CPR-opslag er slået til. Nøglen ligger i styresystemets nøglering.")
        self.status.setText(f"<b>{message}</b>")
        self.fingerprint.setText(
            self.tr("Fingeraftryk: %1").replace("%1", status.fingerprint)
            if status.fingerprint
            else self.tr("Ingen nøgle på denne pc.")
        )
        # Wrapped texts need height for their width; Qt does not grow a window for that itself.
        margins = self.layout().contentsMargins()
        narrowest = self.minimumWidth() - margins.left() - margins.right()
        for label in (self.intro, self.status):
            label.setMinimumHeight(label.heightForWidth(narrowest))

    def export_key(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Eksportér nøglen"),
            in_ui_language(EXPORT_WARNING),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem nøglen"), "medbetjening.key", self.tr("Nøglefil (*.key)")
        )
        if not name:
            return
        try:
            self.services.pseudonym_keys.export_key(self.actor, Path(name))
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Nøglen blev ikke gemt"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Nøglen er gemt"),
            self.tr("Nøglen er gemt i %1. Slet kopien, når den er importeret.").replace("%1", name),
        )

    def import_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importér nøglen"), "", self.tr("Nøglefil (*.key);;Alle filer (*)")
        )
        if not name:
            return
        keys = self.services.pseudonym_keys
        try:
            check = keys.check_import(self.actor, Path(name))
            accept = False
            if check.warning:
                answer = QMessageBox.warning(
                    self,
                    self.tr("Anden nøgle"),
                    in_ui_language(check.warning)
                    + "\n\n"
                    + self.tr("Vil du importere nøglen alligevel?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                accept = True
            message = keys.import_key(self.actor, Path(name), accept_mismatch=accept)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Nøglen blev ikke importeret"), str(error))
            return
        QMessageBox.information(self, self.tr("Nøglen"), in_ui_language(message))
        self.refresh()
