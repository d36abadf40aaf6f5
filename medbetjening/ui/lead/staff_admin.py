"""Staff accounts for team leads: create, change role, deactivate, set a password.

Also the small dialog everyone uses to change their own password.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.staff import StaffAccount
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.labels import choices, label
from medbetjening.ui.common.table_models import ListTableModel, list_table

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("StaffAccountsModel", "Nr."),  # the CLI's --staff NR
        QCoreApplication.translate("StaffAccountsModel", "Navn"),
        QCoreApplication.translate("StaffAccountsModel", "Rolle"),
        QCoreApplication.translate("StaffAccountsModel", "Sted"),
        QCoreApplication.translate("StaffAccountsModel", "Brugernavn"),
        QCoreApplication.translate("StaffAccountsModel", "Adgangskode"),
        QCoreApplication.translate("StaffAccountsModel", "Status"),
        QCoreApplication.translate("StaffAccountsModel", "Sidst logget ind"),
    ]


class StaffAccountsModel(ListTableModel[StaffAccount]):
    """A thin adapter over a list of StaffAccount."""

    StaffIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(_headers, parent)

    def set_rows(self, rows: list[StaffAccount]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, staff_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == staff_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == self.StaffIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#5f5f5f"))
        if role == Qt.ItemDataRole.FontRole and not row.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return str(row.id)
        if column == 1:
            return row.name
        if column == 2:
            return label("role", row.role)
        if column == 3:
            return row.site_name
        if column == 4:
            return row.os_user or "–"
        if column == 5:
            return (
                QCoreApplication.translate("StaffAccountsModel", "Ja")
                if row.has_password
                else QCoreApplication.translate("StaffAccountsModel", "Nej")
            )
        if column == 6:
            return (
                QCoreApplication.translate("StaffAccountsModel", "Aktiv")
                if row.active
                else QCoreApplication.translate("StaffAccountsModel", "Deaktiveret")
            )
        if column == 7:
            return f"{row.last_seen_at:%d.%m.%Y %H:%M}" if row.last_seen_at else "–"
        return None


class NewStaffDialog(QDialog):
    def __init__(
        self, sites: list[tuple[int, str]], site_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny medarbejder"))
        self.setAccessibleName(self.tr("Ny medarbejder"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Navn"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rolle"))
        for code, text in choices("role"):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Sted"))
        for sid, name in sites:
            self.site.addItem(name, sid)
        self.site.setCurrentIndex(max(0, self.site.findData(site_id)))
        self.os_user = QLineEdit()
        self.os_user.setAccessibleName(self.tr("Brugernavn på pc'en"))
        self.os_user.setToolTip(self.tr("Bruges til at vælge profilen af sig selv ved login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.password.setToolTip(
            self.tr(
                "Skal udfyldes for en teamleder. For andre valgfri: uden adgangskode vælger "
                "medarbejderen selv én ved første login, hvis pc'en er delt."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Rolle:"), self.role)
        form.addRow(self.tr("&Sted:"), self.site)
        form.addRow(self.tr("&Brugernavn:"), self.os_user)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opret"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StaffAdminDialog(QDialog):
    """Leads see every account of the municipality; the services enforce MANAGE_STAFF."""

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Medarbejdere"))
        self.setAccessibleName(self.tr("Medarbejdere"))
        self.resize(900, 480)

        self.model = StaffAccountsModel(self)
        self.table = list_table(self.model, self.tr("Medarbejderprofiler"))
        table_label = QLabel(self.tr("&Profiler:"))
        table_label.setBuddy(self.table)

        self.new_button = QPushButton(self.tr("&Ny medarbejder …"))
        self.new_button.setAccessibleName(self.tr("Ny medarbejder"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.create_staff)

        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Rolle for den valgte"))
        for code, text in choices("role"):
            self.role.addItem(text, code)
        self.role_button = QPushButton(self.tr("&Gem rolle"))
        self.role_button.setAccessibleName(self.tr("Gem rolle"))
        self.role_button.clicked.connect(self.save_role)
        self.active_button = QPushButton(self.tr("&Deaktivér"))
        self.active_button.setAccessibleName(self.tr("Deaktivér eller genaktivér"))
        self.active_button.clicked.connect(self.toggle_active)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Ny adgangskode for den valgte"))
        self.password.setPlaceholderText(self.tr("tom: vælges ved næste login"))
        self.password_button = QPushButton(self.tr("&Sæt adgangskode"))
        self.password_button.setAccessibleName(self.tr("Sæt adgangskode"))
        self.password_button.clicked.connect(self.set_password)

        self.selected_box = QGroupBox(self.tr("Valgt medarbejder"))
        selected = QFormLayout(self.selected_box)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.role_button)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.password_button)
        role_label = QLabel(self.tr("&Rolle:"))
        role_label.setBuddy(self.role)
        password_label = QLabel(self.tr("&Adgangskode:"))
        password_label.setBuddy(self.password)
        selected.addRow(role_label, role_row)
        selected.addRow(password_label, password_row)
        selected.addRow("", self.active_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(table_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.selected_box)
        layout.addWidget(close)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.refresh()

    # -- state -------------------------------------------------------------------
    def current(self) -> StaffAccount | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.current(), "id", None)
        self.model.set_rows(self.services.staff.accounts(self.actor))
        row = self.model.row_of(keep) if keep is not None else -1
        self.table.selectRow(max(row, 0))
        self._selection_changed()

    def _selection_changed(self) -> None:
        account = self.current()
        self.selected_box.setEnabled(account is not None)
        if account is None:
            return
        self.selected_box.setTitle(self.tr("Valgt: %1").replace("%1", account.name))
        self.role.setCurrentIndex(self.role.findData(account.role))
        self.active_button.setText(
            self.tr("&Deaktivér") if account.active else self.tr("Gen&aktivér")
        )
        self.password.clear()

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Medarbejdere"), str(error))
            return False
        return True

    # -- actions -----------------------------------------------------------------
    def create_staff(self) -> None:
        sites = [(s.id, s.name) for s in self.services.setup.sites(open_only=True)]
        dialog = NewStaffDialog(sites, self.actor.site_id, self)
        if not dialog.exec():
            return
        created: list[StaffAccount] = []
        if self._run(
            lambda: created.append(
                self.services.staff.create(
                    self.actor,
                    dialog.name.text(),
                    int(dialog.site.currentData()),
                    Role(dialog.role.currentData()),
                    dialog.os_user.text(),
                    dialog.password.text() or None,
                )
            )
        ):
            self.refresh(created[0].id)

    def save_role(self) -> None:
        account = self.current()
        if account is not None and self._run(
            lambda: self.services.staff.change_role(
                self.actor, account.id, Role(self.role.currentData())
            )
        ):
            self.refresh(account.id)

    def toggle_active(self) -> None:
        account = self.current()
        if account is not None and self._run(
            lambda: self.services.staff.set_active(self.actor, account.id, not account.active)
        ):
            self.refresh(account.id)

    def set_password(self) -> None:
        account = self.current()
        if account is not None and self._run(
            lambda: self.services.staff.reset_password(
                self.actor, account.id, self.password.text() or None
            )
        ):
            self.refresh(account.id)


class ChangePasswordDialog(QDialog):
    """Change one's own password (the current one is needed if there is one)."""

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Skift adgangskode"))
        self.setAccessibleName(self.tr("Skift adgangskode"))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field, name in (
            (self.current, self.tr("Nuværende adgangskode")),
            (self.new, self.tr("Ny adgangskode")),
            (self.repeat, self.tr("Gentag ny adgangskode")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Nuværende:"), self.current)
        form.addRow(self.tr("N&y:"), self.new)
        form.addRow(self.tr("Gen&tag:"), self.repeat)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        show_as_error(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("De to nye adgangskoder er ikke ens."))
            return
        try:
            self.services.staff.change_own_password(
                self.actor, self.current.text(), self.new.text()
            )
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.accept()
