"""Table model for "Dagens besøg": booked appointments first, then visits a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from medbetjening.services.dto import AppointmentRow, VisitRow
from medbetjening.ui.common.flow_titles import shown_flow_titles
from medbetjening.ui.common.i18n import format_time
from medbetjening.ui.common.labels import citizen_label, label
from medbetjening.ui.common.roles import ACCESSIBLE_TEXT, DISPLAY, FONT, TOOL_TIP, USER
from medbetjening.ui.common.row_diff import reconcile
from medbetjening.ui.common.table_models import ListTableModel

Index = QModelIndex | QPersistentModelIndex
# (last visit shown or None, how many) -> the next visits; a busy day loads a page at a time
PageLoader = Callable[[VisitRow | None, int], list[VisitRow]]
PAGE_SIZE = 100


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


# roles as numbers: the first paint must not build PySide's Qt enums (ui/common/roles.py)
_VISIT_ID_ROLE = USER + 1
_APPOINTMENT_ID_ROLE = USER + 2
_ANSWERED_ROLES = frozenset(
    (DISPLAY, ACCESSIBLE_TEXT, TOOL_TIP, FONT, _VISIT_ID_ROLE, _APPOINTMENT_ID_ROLE)
)


class TodayVisitsModel(ListTableModel[VisitRow | AppointmentRow]):
    VisitIdRole = _VISIT_ID_ROLE
    AppointmentIdRole = _APPOINTMENT_ID_ROLE

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(_headers, parent)
        self._booked: list[AppointmentRow] = []  # not yet started, by time
        self._visits: list[VisitRow] = []
        self._booked_at: dict[int, dt.datetime] = {}  # visit id → booked time (else walk-in)
        self._booked_label: dict[int, str] = {}  # visit id → the booking's errand
        self._loader: PageLoader | None = None
        self._more = False

    def _set_appointments(self, appointments: Sequence[AppointmentRow]) -> None:
        self._booked = sorted(
            (a for a in appointments if a.visit_id is None), key=lambda a: (a.starts_at, a.id)
        )
        started = [a for a in appointments if a.visit_id is not None]
        self._booked_at = {a.visit_id: a.starts_at for a in started}
        self._booked_label = {a.visit_id: a.label for a in started if a.label}

    def set_rows(self, rows: list[VisitRow], appointments: Sequence[AppointmentRow] = ()) -> None:
        """All visits at once (small lists); booked appointments not yet started come first."""
        self._show(list(rows), appointments)
        self._loader, self._more = None, False

    def set_loader(self, loader: PageLoader, appointments: Sequence[AppointmentRow] = ()) -> None:
        """Show the first page now; the view asks for more (``fetchMore``) when scrolled.

        A refresh reads as many visits as are shown (the pages scrolled to stay) and
        inserts, removes or moves only the rows that changed: a reset made the view
        forget the selection and measure and paint every row on screen again."""
        visits = loader(None, max(PAGE_SIZE, len(self._visits)))
        self._loader = loader
        self._more = len(visits) >= max(PAGE_SIZE, len(self._visits))
        self._show(visits, appointments)

    def _show(self, visits: list[VisitRow], appointments: Sequence[AppointmentRow]) -> None:
        old_booked_at, old_label = self._booked_at, self._booked_label
        self._set_appointments(appointments)
        self._visits = visits

        def changed(before: VisitRow | AppointmentRow, after: VisitRow | AppointmentRow) -> bool:
            if before != after:
                return True
            # a visit's booking (time, errand) is shown in its row too
            return isinstance(after, VisitRow) and (
                (old_booked_at.get(after.id), old_label.get(after.id))
                != (self._booked_at.get(after.id), self._booked_label.get(after.id))
            )

        touched = reconcile(
            self, self._rows, [*self._booked, *visits], lambda r: (type(r), r.id), changed
        )
        last = self.columnCount() - 1
        for number in touched:
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def titles_changed(self) -> None:
        """The flow titles are now shown in another language: repaint that column."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._rows) - 1, 3))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._loader is None or not self._visits:
            return
        page = self._loader(self._visits[-1], PAGE_SIZE)
        self._more = len(page) >= PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._visits.extend(page)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the view asks a dozen roles per cell; most get nothing (this runs thousands of
        # times as the first page is painted and its columns sized)
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, number: int, column: int, role: int = DISPLAY) -> Any:
        """``data`` without a QModelIndex: the view's width measure reads the rows on
        screen through this (a QModelIndex and its data() cost a trip through Qt each)."""
        if not (0 <= number < len(self._rows)):
            return None
        row = self._rows[number]
        if isinstance(row, AppointmentRow):
            return self._appointment_data(row, column, role)
        if role == self.VisitIdRole:
            return row.id
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            if column == 0:
                booked = self._booked_at.get(row.id)
                if booked is None:
                    return format_time(row.started_at)
                return (
                    QCoreApplication.translate("TodayModel", "%1 (booket %2)")
                    .replace("%1", format_time(row.started_at))
                    .replace("%2", format_time(booked))
                )
            if column == 1:
                return label("visit_status", row.status)
            if column == 2:
                return citizen_label(row.citizen_id, row.citizen_code)
            if column == 3:
                return shown_flow_titles(row.flows) or self._booked_label.get(row.id) or "–"
            if column == 4:
                return label("channel", row.channel)
            if column == 5:
                return row.staff_name
        if role == TOOL_TIP and column == 3:
            return shown_flow_titles(row.flows) or None
        return None

    def _appointment_data(self, row: AppointmentRow, column: int, role: int) -> Any:
        if role == self.AppointmentIdRole:
            return row.id
        if role in (DISPLAY, ACCESSIBLE_TEXT):
            if column == 0:
                end = f"–{format_time(row.ends_at)}" if row.ends_at else ""
                return f"{format_time(row.starts_at)}{end}"
            if column == 1:
                return QCoreApplication.translate("TodayModel", "Booket")
            if column == 3:
                return row.label or "–"
            return "–" if column == 2 else ""
        if role == TOOL_TIP:
            return QCoreApplication.translate(
                "TodayModel", "Booket tid. Enter starter besøget for aftalen."
            )
        if role == FONT and column == 1:
            from PySide6.QtGui import QFont  # not at import: its class builds eight enums

            font = QFont()
            font.setItalic(True)
            return font
        return None
