"""First run: name the site and the staff member, or pick existing ones."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services.dto import StaffInfo
from medbetjening.services.errors import ServiceError
from medbetjening.services.setup import SetupService
from medbetjening.ui.common.labels import choices


class FirstRunDialog(QDialog):
    """Creates the site and the first profile (a team lead, who can add others)."""

    def __init__(self, setup: SetupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self.created: StaffInfo | None = None
        self.setWindowTitle(self.tr("Velkommen til Medbetjening"))
        self.setAccessibleName(self.tr("Første opstart"))

        intro = QLabel(
            self.tr(
                "Skriv navnet på stedet (fx Borgerservice Rådhuset eller Hovedbiblioteket) "
                "og dit eget navn. Den første profil bliver teamleder og kan oprette flere."
            )
        )
        intro.setWordWrap(True)

        self.site_name = QLineEdit()
        self.site_name.setAccessibleName(self.tr("Stedets navn"))
        self.site_name.setPlaceholderText(self.tr("fx Borgerservice Rådhuset"))
        self.site_kind = QComboBox()
        self.site_kind.setAccessibleName(self.tr("Slags sted"))
        for code, text in choices("site_kind"):
            self.site_kind.addItem(text, code)
        self.staff_name = QLineEdit()
        self.staff_name.setAccessibleName(self.tr("Dit navn"))
        self.os_user = QLineEdit(getpass.getuser())
        self.os_user.setAccessibleName(self.tr("Brugernavn på pc'en"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.password.setToolTip(self.tr("Mindst 8 tegn; en teamleder skal altid have en"))
        self.repeat_password = QLineEdit()
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.setAccessibleName(self.tr("Gentag adgangskode"))

        form = QFormLayout()
        form.addRow(self.tr("&Sted:"), self.site_name)
        form.addRow(self.tr("Sla&gs sted:"), self.site_kind)
        form.addRow(self.tr("Dit &navn:"), self.staff_name)
        form.addRow(self.tr("&Brugernavn:"), self.os_user)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        form.addRow(self.tr("G&entag:"), self.repeat_password)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opret"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        # wide enough for the wrapped intro and the placeholders, in any text size
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _create(self) -> None:
        if self.password.text() != self.repeat_password.text():
            QMessageBox.warning(
                self, self.tr("Kan ikke oprette"), self.tr("De to adgangskoder er ikke ens.")
            )
            return
        try:
            self.created = self._setup.create_first(
                self.site_name.text(),
                SiteKind(self.site_kind.currentData()),
                self.staff_name.text(),
                self.os_user.text().strip() or None,
                self.password.text(),
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Kan ikke oprette"), str(error))
            return
        self.accept()
