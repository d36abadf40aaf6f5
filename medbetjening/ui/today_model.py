"""Table model for "Dagens besøg": a thin adapter over a list of VisitRow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from medbetjening.services.dto import VisitRow
from medbetjening.ui.labels import citizen_label, label

Index = QModelIndex | QPersistentModelIndex
# (last row shown or None, how many) -> the next rows; a busy day loads a page at a time
PageLoader = Callable[[VisitRow | None, int], list[VisitRow]]
PAGE_SIZE = 100


def _headers() -> list[str]:
    tr = QCoreApplication.translate
    return [
        tr("TodayModel", "Tid"),
        tr("TodayModel", "Status"),
        tr("TodayModel", "Borger"),
        tr("TodayModel", "Forløb"),
        tr("TodayModel", "Kanal"),
        tr("TodayModel", "Medarbejder"),
    ]


class TodayVisitsModel(QAbstractTableModel):
    VisitIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._loader: PageLoader | None = None
        self._more = False

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._loader, self._more = None, False
        self.endResetModel()

    def set_loader(self, loader: PageLoader) -> None:
        """Show the first page now; the view asks for more (``fetchMore``) when scrolled."""
        self.beginResetModel()
        self._rows = loader(None, PAGE_SIZE)
        self._loader, self._more = loader, len(self._rows) >= PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._loader is None or not self._rows:
            return
        page = self._loader(self._rows[-1], PAGE_SIZE)
        self._more = len(page) >= PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

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
                return row.started_at.strftime("%H:%M")
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
