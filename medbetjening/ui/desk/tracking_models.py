"""Table models for the history and follow-up screens: thin adapters over plain rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from medbetjening.services.tracking import FollowUpRow, HistoryVisit, TaskStatusRow
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.i18n import format_date, format_datetime
from medbetjening.ui.common.labels import citizen_label, label
from medbetjening.ui.common.number_text import whole_percent
from medbetjening.ui.common.table_models import ListTableModel
from medbetjening.ui.common.workshop_labels import topic_label

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


def _date(value) -> str:  # type: ignore[no-untyped-def]
    return format_date(value) if value is not None else "–"


def _practice(times: int) -> str:
    if not times:
        return "–"
    if times == 1:
        return QCoreApplication.translate("TaskStatusModel", "1 gang")
    return QCoreApplication.translate("TaskStatusModel", "%1 gange").replace("%1", str(times))


def _share(value: float | None) -> str:
    return whole_percent(round(value * 100)) if value is not None else "–"


class RowsModel(ListTableModel[Row]):
    """A read-only table over a list of frozen rows (dataclasses or named tuples), one
    column per function."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.headers, parent)

    # Every subclass defines ``headers() -> list[str]`` (translated column headers) and
    # ``columns() -> list[Callable[[Row], str]]`` (the display text of each column).
    headers: Callable[[], list[str]]
    columns: Callable[[], list[Callable[[Row], str]]]

    def row_id(self, row: Row) -> Any:
        return getattr(row, "id", None)

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return self.row_id(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            columns = self.columns()
            if 0 <= index.column() < len(columns):
                return columns[index.column()](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None


class TaskStatusModel(RowsModel[TaskStatusRow]):
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TaskStatusModel", "Opgave"),
            QCoreApplication.translate("TaskStatusModel", "Status"),
            QCoreApplication.translate("TaskStatusModel", "Siden"),
            QCoreApplication.translate("TaskStatusModel", "Besøg"),
            # workshops: evidence of its own kind, never counted as a visit
            QCoreApplication.translate("TaskStatusModel", "Øvet i gruppe"),
            QCoreApplication.translate("TaskStatusModel", "Senest"),
        ]

    def columns(self) -> list[Callable[[TaskStatusRow], str]]:
        return [
            lambda row: shown_flow_titles(topic_label(row.flow_id, row.title)),
            lambda row: label("self_sufficiency", row.status),
            lambda row: _date(row.changed_at),
            lambda row: str(row.attempts),
            lambda row: _practice(row.practised_in_group),
            lambda row: _date(row.last_at),
        ]

    def row_id(self, row: TaskStatusRow) -> Any:
        return row.flow_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.StatusRole and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].status
        return super().data(index, role)


class HistoryVisitsModel(RowsModel[HistoryVisit]):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("HistoryVisitsModel", "Dato"),
            QCoreApplication.translate("HistoryVisitsModel", "Sted"),
            QCoreApplication.translate("HistoryVisitsModel", "Medarbejder"),
            QCoreApplication.translate("HistoryVisitsModel", "Forløb"),
            QCoreApplication.translate("HistoryVisitsModel", "Niveau"),
            QCoreApplication.translate("HistoryVisitsModel", "Resultat"),
            QCoreApplication.translate("HistoryVisitsModel", "Selvstændighed"),
            QCoreApplication.translate("HistoryVisitsModel", "Borgerens andel"),
            QCoreApplication.translate("HistoryVisitsModel", "Henvisning"),
            QCoreApplication.translate("HistoryVisitsModel", "Note"),
        ]

    def columns(self) -> list[Callable[[HistoryVisit], str]]:
        return [
            lambda row: format_datetime(row.started_at),
            lambda row: row.site_name,
            lambda row: row.staff_name,
            lambda row: shown_flow_titles(row.flows) or "–",
            _level_cell,
            lambda row: (
                label("completion", row.completion)
                if row.completion
                else label("visit_status", row.status)
            ),
            lambda row: label("autonomy", row.autonomy) if row.autonomy else "–",
            lambda row: _share(row.citizen_share),
            lambda row: label("referral", row.referral) if row.referral else "–",
            lambda row: row.note or "",
        ]

    def row_id(self, row: HistoryVisit) -> Any:
        return row.visit_id

    def tooltip(self, row: HistoryVisit, column: int) -> str | None:
        if column == 3:
            return shown_flow_titles(row.flows) or None
        if column == 9:
            return row.note or None
        return None


class FollowUpModel(RowsModel[FollowUpRow]):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("FollowUpModel", "Forfalder"),
            QCoreApplication.translate("FollowUpModel", "Status"),
            QCoreApplication.translate("FollowUpModel", "Hvad"),
            QCoreApplication.translate("FollowUpModel", "Borger"),
            QCoreApplication.translate("FollowUpModel", "Besøg"),
            QCoreApplication.translate("FollowUpModel", "Opgaver"),
            QCoreApplication.translate("FollowUpModel", "Medarbejder"),
        ]

    def columns(self) -> list[Callable[[FollowUpRow], str]]:
        return [
            lambda row: _date(row.due_date),
            lambda row: (
                QCoreApplication.translate("FollowUpModel", "Overskredet")
                if row.overdue
                else QCoreApplication.translate("FollowUpModel", "I dag")
                if row.due_today
                else QCoreApplication.translate("FollowUpModel", "Kommende")
            ),
            lambda row: label("follow_up_kind", row.kind),
            lambda row: citizen_label(row.citizen_id, row.citizen_code),
            lambda row: _date(row.visit_started_at),
            lambda row: shown_flow_titles(row.tasks) or "–",
            lambda row: row.staff_name,
        ]

    def tooltip(self, row: FollowUpRow, column: int) -> str | None:
        return shown_flow_titles(row.tasks) or None if column == 5 else None


def _level_cell(row: HistoryVisit) -> str:
    """A settled level by name; an unsettled one as its range, never a guessed level."""
    if row.level is not None:
        text = label("history_level", str(row.level))
    elif row.level_low is not None and row.level_high is not None:
        text = (
            QCoreApplication.translate("HistoryVisitsModel", "ikke afklaret (%1–%2)")
            .replace("%1", str(row.level_low))
            .replace("%2", str(row.level_high))
        )
    else:
        text = "–"
    if row.route_override_reason:
        text += QCoreApplication.translate(
            "HistoryVisitsModel", " · vej valgt af medarbejder: %1"
        ).replace("%1", row.route_override_reason)
    return text
