"""Administration → Steder: a team lead adds, renames and closes sites (with their kind).

The kind decides the visits' channel (a library's visits count as channel "library" in
the dashboard and KOMHEN). The services check the role and audit every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.sites import SiteAccount
from medbetjening.ui.common.labels import choices, label
from medbetjening.ui.common.table_models import ListTableModel, list_table

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("SitesModel", "Nr."),
        QCoreApplication.translate("SitesModel", "Navn"),
        QCoreApplication.translate("SitesModel", "Slags"),
        QCoreApplication.translate("SitesModel", "Aktive medarbejdere"),
        QCoreApplication.translate("SitesModel", "Status"),
    ]


class SitesModel(ListTableModel[SiteAccount]):
    def set_rows(self, rows: list[SiteAccount]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, site_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == site_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._rows[index.row()]
        if row.closed:
            status = QCoreApplication.translate("SitesModel", "Lukket %1").replace(
                "%1", f"{row.closed_at:%d.%m.%Y}"
            )
        else:
            status = QCoreApplication.translate("SitesModel", "Åbent")
        values = [
            str(row.id),
            row.name,
            label("site_kind", row.kind),
            str(row.active_staff),
            status,
        ]
        return values[index.column()] if 0 <= index.column() < len(values) else None


class SiteAdminDialog(QDialog):
    """Steder: the table, and one form for the selected site or a new one."""

    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Steder"))
        self.setAccessibleName(self.tr("Steder"))
        self.resize(720, 420)
        self.model = SitesModel(_headers, self)
        self.table = list_table(self.model, self.tr("Kommunens steder"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Stedets navn"))
        self.name.setPlaceholderText(self.tr("fx Bibliotek Nord"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Slags sted"))
        for code, text in choices("site_kind"):
            self.kind.addItem(text, code)
        self.add_button = self._button(self.tr("&Tilføj sted"), self.add_site)
        self.rename_button = self._button(self.tr("&Gem navn og slags"), self.rename_site)
        self.close_button = self._button(self.tr("L&uk stedet"), self.close_site)
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("Sl&ags:"), self.kind)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.close_button):
            buttons.addWidget(button)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        done.rejected.connect(self.reject)
        table_label = QLabel(self.tr("&Steder (nummeret bruges på kommandolinjen):"))
        table_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(done)

    def current(self) -> SiteAccount | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(self.services.sites.accounts(self.actor))
        row = self.model.row_of(select_id) if select_id is not None else 0
        self.table.selectRow(max(row, 0))
        self._selected()

    def _selected(self) -> None:
        site = self.current()
        self.rename_button.setEnabled(site is not None and not site.closed)
        self.close_button.setEnabled(site is not None and not site.closed)
        if site is not None:
            self.name.setText(site.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(site.kind)))

    def _run(self, action) -> SiteAccount | None:  # type: ignore[no-untyped-def]
        try:
            return action()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Steder"), str(error))
            return None

    def add_site(self) -> None:
        site = self._run(
            lambda: self.services.sites.add(self.actor, self.name.text(), self.kind.currentData())
        )
        if site is not None:
            self.refresh(site.id)

    def rename_site(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        site = self._run(
            lambda: self.services.sites.rename(
                self.actor, chosen.id, self.name.text(), self.kind.currentData()
            )
        )
        if site is not None:
            self.refresh(site.id)

    def close_site(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        site = self._run(lambda: self.services.sites.close(self.actor, chosen.id))
        if site is not None:
            self.refresh(site.id)
