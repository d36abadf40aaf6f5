"""Sign-in: staff pick their profile and type its password whenever it has one.

A team lead always has a password; on a shared PC (the municipality's policy, set by a
lead) every profile needs one, and a profile without one chooses it at its first
sign-in. The profile whose PC user name matches the one signed in to the operating
system is preselected (else the one used last on this PC).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.policies import Policies
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import StaffInfo
from medbetjening.services.errors import PasswordNotSet, ServiceError
from medbetjening.settings import LAST_STAFF_ID, Settings
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.labels import label
from medbetjening.ui.shell.profiles import (  # noqa: F401 - callers import them from here too
    actor_for,
    os_user,
    preferred_profile,
    preselected_actor,
)


class SignInDialog(QDialog):
    def __init__(
        self,
        staff_service,  # type: ignore[no-untyped-def]
        profiles: list[StaffInfo],
        *,
        policies: Policies,
        os_user: str,
        last_staff_id: int = 0,
        site_names: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._staff = staff_service
        self._profiles = profiles
        self._policies = policies
        self._choosing_first = False
        self.actor: ActorContext | None = None
        self.setWindowTitle(self.tr("Log ind – Medbetjening"))
        self.setAccessibleName(self.tr("Log ind"))
        self.setMinimumWidth(460)

        intro = QLabel(self.tr("Vælg din profil. Har profilen en adgangskode, skal du skrive den."))
        intro.setWordWrap(True)
        self.os_user_label = QLabel(self.tr("Brugernavn på pc'en: %1").replace("%1", os_user))
        self.os_user_label.setAccessibleName(self.tr("Brugernavn på pc'en"))

        site_names = site_names or {}
        multi_site = len({p.site_id for p in profiles}) > 1
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profil"))
        self.profile.setToolTip(self.tr("Din medarbejderprofil"))
        for staff in profiles:
            text = f"{staff.name} · {label('role', staff.role)}"
            if multi_site and staff.site_id in site_names:
                text += f" · {site_names[staff.site_id]}"
            self.profile.addItem(text, staff.id)
        self.profile.setCurrentIndex(preferred_profile(profiles, os_user, last_staff_id))
        self.profile.currentIndexChanged.connect(self._profile_changed)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setAccessibleName(self.tr("Ny adgangskode"))
        self.new_password.setToolTip(self.tr("Mindst 8 tegn; en sætning er let at huske"))
        self.repeat_password = QLineEdit()
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.setAccessibleName(self.tr("Gentag ny adgangskode"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Profil:"), self.profile)
        self.form.addRow(self.tr("&Adgangskode:"), self.password)
        self.form.addRow(self.tr("&Ny adgangskode:"), self.new_password)
        self.form.addRow(self.tr("&Gentag:"), self.repeat_password)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        show_as_error(self.message)
        self.message.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Log ind"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.os_user_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_fields()
        (self.password if self._asks_password() else self.profile).setFocus()

    @property
    def selected(self) -> StaffInfo:
        return self._profiles[self.profile.currentIndex()]

    def _asks_password(self) -> bool:
        """Asked whenever the profile has one; a lead and everyone on a shared PC must."""
        profile = self.selected
        return profile.has_password or self._policies.password_required(profile.role)

    def _show_fields(self) -> None:
        self.form.setRowVisible(self.password, self._asks_password() and not self._choosing_first)
        self.form.setRowVisible(self.new_password, self._choosing_first)
        self.form.setRowVisible(self.repeat_password, self._choosing_first)

    def _profile_changed(self) -> None:
        self._choosing_first = False
        self.password.clear()
        self.message.hide()
        self._show_fields()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def sign_in(self) -> None:
        staff_id = self.selected.id
        try:
            if self._choosing_first:
                if self.new_password.text() != self.repeat_password.text():
                    self._say(self.tr("De to adgangskoder er ikke ens."))
                    self.repeat_password.setFocus()
                    return
                self.actor = self._staff.set_first_password(staff_id, self.new_password.text())
            else:
                self.actor = self._staff.authenticate(
                    staff_id, self.password.text() or None, password_required=self._asks_password()
                )
        except PasswordNotSet:
            self._choosing_first = True
            self._show_fields()
            self._say(
                self.tr(
                    "Profilen har ingen adgangskode endnu. Vælg en adgangskode på mindst "
                    "8 tegn, og skriv den to gange."
                )
            )
            self.new_password.setFocus()
            return
        except ServiceError as error:
            self._say(str(error))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


def make_sign_in_dialog(
    services: Services,
    settings: Settings,
    parent: QWidget | None = None,
) -> SignInDialog:
    return SignInDialog(
        services.staff,
        services.setup.staff(),
        policies=services.policies.current(),
        os_user=os_user(),
        last_staff_id=settings.get(LAST_STAFF_ID),
        site_names={site.id: site.name for site in services.setup.sites()},
        parent=parent,
    )


def choose_actor(
    services: Services,
    settings: Settings,
    parent: QWidget | None = None,
) -> ActorContext | None:
    if not services.startup.staff():
        return None
    dialog = make_sign_in_dialog(services, settings, parent)
    if not dialog.exec() or dialog.actor is None:
        return None
    settings.set(LAST_STAFF_ID, dialog.actor.staff_id)
    return dialog.actor
