"""The audit log for team leads: who opened, exported or erased what, when and where.

Model/view: ``AuditModel`` fetches the filtered rows page by page as the view scrolls.
The CSV export runs off the GUI thread with a progress bar and a cancel button.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import export_audit_log
from medbetjening.reports.exporting import Feedback
from medbetjening.services.audit_log import AuditFilter, AuditRow
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.i18n import date_edit_format
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.table_models import ListTableModel
from medbetjening.ui.common.tasks import BackgroundTask

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("AuditModel", "Tidspunkt"),
        QCoreApplication.translate("AuditModel", "Medarbejder"),
        QCoreApplication.translate("AuditModel", "Sted"),
        QCoreApplication.translate("AuditModel", "Handling"),
        QCoreApplication.translate("AuditModel", "Gælder"),
        QCoreApplication.translate("AuditModel", "Detaljer"),
    ]


class AuditModel(ListTableModel[AuditRow]):
    """Rows are fetched ``PAGE`` at a time through ``fetch(offset, limit)``."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(_headers, parent)
        self._total = 0
        self._fetch: Callable[[int, int], list[AuditRow]] = lambda _o, _l: []

    def reset(self, total: int, fetch: Callable[[int, int], list[AuditRow]]) -> None:
        self.beginResetModel()
        self._total = total
        self._fetch = fetch
        self._rows = fetch(0, PAGE) if total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.action
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return f"{row.at:%d.%m.%Y %H:%M:%S}"
        if column == 1:
            return row.staff_name
        if column == 2:
            return row.site_name
        if column == 3:
            return label("audit_action", row.action)
        if column == 4:
            if row.target_type is None:
                return ""
            return f"{label('audit_target', row.target_type)} {row.target_id or ''}".strip()
        if column == 5:
            return detail_text(row.detail)
        return None


_ROLE_CODE = re.compile(r"\b(?:Role\.)?(ambassador|staff|lead|AMBASSADOR|STAFF|LEAD)\b")


def detail_text(detail: str | None) -> str:
    """A stored detail in words: "rolle=ambassador" → "rolle: Digital ambassadør",
    "staff→lead" → "Medarbejder→Teamleder", "sprog=en" → "sprog: Engelsk"."""
    if not detail:
        return ""
    text = _ROLE_CODE.sub(lambda m: label("role", m.group(1).lower()), detail)
    text = re.sub(r"\bsprog=(\w+)", lambda m: "sprog: " + label("language", m.group(1)), text)
    return text.replace("rolle=", "rolle: ")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class AuditDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Revisionslog"))
        self.setAccessibleName(self.tr("Revisionslog"))
        today = today or dt.date.today()

        filters = self._build_filters(today)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Hændelser i revisionsloggen"))
        self.table.setToolTip(self.tr("Nyeste først; flere hentes, når du ruller ned"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antal hændelser"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Eksport i gang"))
        self.cancel_button = QPushButton(self.tr("Afbryd"))
        self.cancel_button.setAccessibleName(self.tr("Afbryd eksporten"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.export_button = QPushButton(self.tr("&Eksportér CSV …"))
        self.export_button.setAccessibleName(self.tr("Eksportér som CSV"))
        self.export_button.setToolTip(self.tr("Gem de viste hændelser som CSV (til Excel)"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setAccessibleName(self.tr("Luk revisionsloggen"))
        self.close_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Find, self, self.text.setFocus)
        self._export_running(False)
        self.resize(1000, 600)
        self.refresh()

    def _build_filters(self, today: dt.date) -> QGridLayout:
        """From, to, which action and free text: the log is searched on these."""
        self.start = QDateEdit(_qdate(today - dt.timedelta(days=90)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("Fra dato")), (self.end, self.tr("Til dato"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Handling"))
        self.action.addItem(self.tr("Alle handlinger"), "")
        self.action.addItem(self.tr("Alt om borgere"), "citizen.")
        self.action.addItem(self.tr("Alle eksporter"), "export.")
        self.action.addItem(self.tr("Medarbejdere og login"), "staff.")
        for code in self.services.audit_log.actions(self.actor):
            self.action.addItem(label("audit_action", code), code)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Søg i loggen"))
        self.text.setPlaceholderText(self.tr("navn, handling eller detalje"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.refresh)
        self.search_button = QPushButton(self.tr("&Vis"))
        self.search_button.setAccessibleName(self.tr("Vis hændelser"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.refresh)

        filters = QGridLayout()
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Fra:"), self.start),
                (self.tr("&Til:"), self.end),
                (self.tr("&Handling:"), self.action),
                (self.tr("&Søg:"), self.text),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.search_button, 1, 4)
        filters.setColumnStretch(3, 1)
        return filters

    def criteria(self) -> AuditFilter:
        return AuditFilter(
            start=_pydate(self.start.date()),
            end=_pydate(self.end.date()),
            action=self.action.currentData() or None,
            text=self.text.text().strip() or None,
        )

    def refresh(self) -> None:
        criteria = self.criteria()
        log = self.services.audit_log
        try:
            total = log.count(self.actor, criteria)
            self.model.reset(
                total,
                lambda offset, limit: log.list(self.actor, criteria, limit=limit, offset=offset),
            )
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Revisionslog"), str(error))
            return
        self.count_label.setText(self.tr("%1 hændelser").replace("%1", str(total)))
        self.export_button.setEnabled(total > 0)

    # -- export -------------------------------------------------------------------
    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksportér revisionslog"),
            f"revisionslog-{dt.date.today():%Y-%m-%d}.csv",
            self.tr("CSV-filer (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> BackgroundTask:
        criteria, log, actor = self.criteria(), self.services.audit_log, self.actor
        task = BackgroundTask(
            lambda control: (
                export_audit_log(log, actor, path, criteria, Feedback(control.progress)).count
            ),
            self,
        )
        task.progress.connect(self._progress)
        task.succeeded.connect(
            lambda count: self.count_label.setText(
                self.tr("%1 hændelser gemt i %2").replace("%1", str(count)).replace("%2", path.name)
            )
        )
        task.failed.connect(
            lambda error: QMessageBox.warning(self, self.tr("Eksport mislykkedes"), str(error))
        )
        task.cancelled.connect(lambda: self.count_label.setText(self.tr("Eksporten blev afbrudt.")))
        task.finished.connect(lambda: self._export_running(False))
        self.task = task
        self._export_running(True)
        task.start()
        return task

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _export_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(not running and self.model.total > 0)
