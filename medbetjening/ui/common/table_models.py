"""The part every list-backed table model shares: rows in a list, headers from a function."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from medbetjening.ui.common.roles import DISPLAY

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table over ``self._rows``; the column headers come from ``headers``.

    Subclasses write ``data`` (and may change ``_rows`` with the usual begin/end calls).
    """

    def __init__(self, headers: Callable[[], list[str]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._headers = headers  # a function: the headers follow the current translation
        self._column_count = len(headers())
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def header_labels(self) -> list[str]:
        """The column headers in the current language."""
        return self._headers()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        # PySide built its Qt enums to hand over ``orientation``; the name is cheap now
        from PySide6.QtCore import Qt

        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None


def list_table(model: QAbstractTableModel, accessible_name: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time, columns fitted to content."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
