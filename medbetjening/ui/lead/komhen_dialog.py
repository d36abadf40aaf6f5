"""KOMHEN counting week for team leads: choose a week and a site, see and export the counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from medbetjening.domain.contact import iso_week_of
from medbetjening.reports.export_jobs import export_komhen
from medbetjening.reports.komhen import komhen_table
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.komhen import KomhenReport
from medbetjening.ui.common.error_text import show_as_warning
from medbetjening.ui.common.file_export import FileExport, save_in_background
from medbetjening.ui.common.labels import label
from medbetjening.ui.common.table_models import Index, ListTableModel
from medbetjening.ui.common.tasks import BackgroundTask


class KomhenModel(ListTableModel[list]):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self._header_names, parent)

    def _header_names(self) -> list[str]:
        return [
            self.tr("Sted"),
            self.tr("Kanal"),
            self.tr("Opgave"),
            label("contact_type", "information"),
            label("contact_type", "interaction"),
            label("contact_type", "transaction"),
            self.tr("I alt"),
        ]

    def set_report(self, report: KomhenReport | None) -> None:
        self.beginResetModel()
        self._rows = [] if report is None else komhen_table(report, _channel)[1]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() == len(self._rows) - 1 and index.column() == 0:
                return self.tr("I alt")
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _channel(code: str) -> str:
    return label("channel", code)


class KomhenDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.report: KomhenReport | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("KOMHEN-tælleuge"))
        self.setAccessibleName(self.tr("KOMHEN-tælleuge"))

        self.week = QDateEdit(QDate.currentDate())
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("dd-MM-yyyy")
        self.week.setAccessibleName(self.tr("En dag i tælleugen"))
        self.week.setToolTip(self.tr("Vælg en dag; hele ugen (mandag–søndag) tælles"))
        self.week_label = QLabel()
        self.site = QComboBox()
        self.site.addItem(self.tr("Alle steder"), None)
        for site in services.setup.sites():
            self.site.addItem(site.name, site.id)
        self.site.setAccessibleName(self.tr("Sted"))
        self.site.setToolTip(self.tr("Tæl ét sted eller alle"))
        self.model = KomhenModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Henvendelser pr. sted, kanal, opgave og type"))
        self.table.setToolTip(self.tr("Henvendelser pr. sted, kanal, opgave og type"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Advarsler"))
        show_as_warning(self.warnings)
        self.csv_button = QPushButton(self.tr("Gem som &CSV …"))
        self.xlsx_button = QPushButton(self.tr("Gem som &Excel …"))
        for button, name in (
            (self.csv_button, self.tr("Gem KOMHEN-optællingen som CSV (semikolon)")),
            (self.xlsx_button, self.tr("Gem KOMHEN-optællingen som Excel-fil")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setEnabled(False)
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        choose = QHBoxLayout()
        for text, widget in ((self.tr("&Uge:"), self.week), (self.tr("&Sted:"), self.site)):
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            choose.addWidget(buddy)
            choose.addWidget(widget)
        choose.addWidget(self.week_label)
        choose.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)

        self.week.dateChanged.connect(self.load)
        self.site.currentIndexChanged.connect(self.load)
        self.load()

    def chosen_week(self) -> str:
        day = self.week.date()
        return iso_week_of(dt.date(day.year(), day.month(), day.day()))

    def load(self) -> None:
        week = self.chosen_week()
        self.week_label.setText(self.tr("Uge %1").replace("%1", week))
        site = self.site.currentData()
        services, actor = self.services, self.actor
        task = BackgroundTask(
            lambda _control: services.komhen.week(actor, week, (site,) if site else ()), self
        )
        task.succeeded.connect(self._show)
        task.failed.connect(lambda error: self.warnings.setText(str(error)))
        self._task = task
        task.start()

    def _show(self, report: KomhenReport) -> None:
        if self.report is not None and report.week != self.chosen_week():
            return  # an older answer after the week was changed again
        self.report = report
        self.model.set_report(report)
        self.warnings.setText("\n".join(report.warnings))
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(True)

    def save(self, suffix: str) -> None:
        if self.report is None:
            return
        name = f"komhen-{self.report.week or self.report.date_from.isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem KOMHEN-optælling"), name)
        if path:
            self.write(Path(path).with_suffix(suffix))

    def write(self, path: Path) -> FileExport:
        """Off the GUI thread; the runner's Danish message names the file on failure."""
        report = self.report
        assert report is not None
        return save_in_background(
            self,
            self.tr("Gem KOMHEN-optælling"),
            path,
            lambda feedback: export_komhen(report, path, feedback=feedback),
        )
