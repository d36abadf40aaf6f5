"""Table model for "Dagens besøg": a thin adapter over a list of VisitRow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from medbetjening.services.dto import VisitRow
from medbetjening.ui.i18n import format_time
from medbetjening.ui.labels import citizen_label, label

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    # Literal context and text in every call, so pyside6-lupdate finds them.
    return [
        QCoreApplication.translate("TodayModel", "Tid"),
        QCoreApplication.translate("TodayModel", "Status"),
        QCoreApplication.translate("TodayModel", "Borger"),
        QCoreApplication.translate("TodayModel", "Forløb"),
        QCoreApplication.translate("TodayModel", "Kanal"),
        QCoreApplication.translate("TodayModel", "Medarbejder"),
    ]


class TodayVisitsModel(QAbstractTableModel):
    VisitIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[VisitRow] = []

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> VisitRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = _headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == self.VisitIdRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return format_time(row.started_at)
            if column == 1:
                return label("visit_status", row.status)
            if column == 2:
                return citizen_label(row.citizen_id, row.citizen_code)
            if column == 3:
                return row.flows or "–"
            if column == 4:
                return label("channel", row.channel)
            if column == 5:
                return row.staff_name
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.flows or None
        return None
