"""Export visits to CSV or XLSX from the window: filters, a progress bar and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import export_visits
from medbetjening.reports.exporting import Feedback, Written
from medbetjening.reports.output_files import check_output_path
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.services.visit_export import VisitExportOptions
from medbetjening.ui.common.i18n import current_language, date_edit_format
from medbetjening.ui.common.tasks import BackgroundTask


class VisitExportDialog(QDialog):
    def __init__(
        self, services: Services, actor: ActorContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.task: BackgroundTask | None = None
        self.result: Written | None = None
        self.setWindowTitle(self.tr("Eksportér besøg"))
        self.setAccessibleName(self.tr("Eksportér besøg"))
        self.resize(560, 360)

        self._build_choices()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Fil"))
        self.path.setToolTip(self.tr("Hvor filen gemmes"))
        self.browse = QPushButton(self.tr("&Vælg …"))
        self.browse.setAccessibleName(self.tr("Vælg fil"))
        self.browse.setToolTip(self.tr("Vælg hvor filen gemmes"))
        self.browse.clicked.connect(self._browse)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Fremskridt"))
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)

        self.start_button = QPushButton(self.tr("&Eksportér"))
        self.start_button.setAccessibleName(self.tr("Start eksporten"))
        self.start_button.setToolTip(self.tr("Start eksporten"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Afbryd"))
        self.cancel_button.setAccessibleName(self.tr("Afbryd eksporten"))
        self.cancel_button.setToolTip(self.tr("Stop eksporten; der gemmes ingen halv fil"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)

        self._lay_out()

    def _lay_out(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Periode:"), dates)
        form.addRow(self.tr("&Sted:"), self.site)
        form.addRow("", self.anonymised)
        form.addRow("", self.codes)
        file_label = QLabel(self.tr("F&il:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Luk"))
        self.close_button.setAccessibleName(self.tr("Luk"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _build_choices(self) -> None:
        """What to export: format, period, site, anonymised, machine codes."""
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV til dansk Excel (semikolon)"), ("csv", ";"))
        self.format.addItem(self.tr("CSV (komma)"), ("csv", ","))
        self.format.addItem(self.tr("Excel-projektmappe (XLSX)"), ("xlsx", ","))
        self.format.setAccessibleName(self.tr("Format"))
        self.format.setToolTip(self.tr("Filformat"))
        self.format.currentIndexChanged.connect(self._format_changed)
        today = QDate.currentDate()
        self.use_dates = QCheckBox(self.tr("Kun &perioden"))
        self.use_dates.setAccessibleName(self.tr("Begræns til en periode"))
        self.use_dates.setToolTip(self.tr("Uden afkrydsning: alle besøg"))
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Fra dato")),
            (self.date_to, self.tr("Til dato")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
            edit.setToolTip(name)
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.site = QComboBox()
        self.site.addItem(self.tr("Alle steder"), None)
        for site in self.services.setup.sites():
            self.site.addItem(site.name, str(site.id))
        self.site.setAccessibleName(self.tr("Sted"))
        self.site.setToolTip(self.tr("Sted"))
        self.anonymised = QCheckBox(self.tr("&Anonymiseret (uden borgere, medarbejdere og noter)"))
        self.anonymised.setAccessibleName(self.tr("Anonymiseret"))
        self.anonymised.setToolTip(self.tr("Grupper med færre end 5 besøg vises ikke"))
        self.anonymised.setChecked(True)
        self.codes = QCheckBox(self.tr("&Maskinkoder (til scripts)"))
        self.codes.setAccessibleName(self.tr("Maskinkoder i stedet for ord"))
        self.codes.setToolTip(
            self.tr("Maskinkoder og forløbenes id i stedet for danske ord (til scripts)")
        )

    def out(self) -> Path:
        return Path(self.path.text().strip())

    def options(self) -> VisitExportOptions:
        fmt, delimiter = self.format.currentData()
        return VisitExportOptions(
            format=fmt,
            date_from=self.date_from.date().toPython() if self.use_dates.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_dates.isChecked() else None,
            site=self.site.currentData(),
            anonymised=self.anonymised.isChecked(),
            delimiter=delimiter,
            language=current_language(),
        )

    def start(self) -> None:
        if not self.path.text().strip():
            self._browse()
            if not self.path.text().strip():
                return
        try:
            options, out, codes = self.options(), self.out(), self.codes.isChecked()
            check_output_path(out)  # told now, not after the export has run
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Eksportér besøg"), str(error))
            return
        service, actor = self.services.visit_export, self.actor
        self.task = BackgroundTask(
            lambda control: export_visits(
                service, actor, out, options, Feedback(control.progress, control.say), codes=codes
            ),
            self,
        )
        self.task.progress.connect(self._progress)
        self.task.message.connect(self.status.setText)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.result = None
        self.progress.setValue(0)
        self.status.setText(self.tr("Eksporterer …"))
        self._busy(True)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.cancel()
            return  # closes when the export has stopped (no half file is left)
        super().reject()

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.start_button,
            self.format,
            self.site,
            self.anonymised,
            self.codes,
            self.path,
            self.browse,
        ):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: Written) -> None:
        self.result = result
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr("%1 besøg gemt i %2")
            .replace("%1", str(result.count))
            .replace("%2", str(result.path))
        )

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr("Eksporten mislykkedes: %1").replace("%1", str(error)))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Eksporten er afbrudt; der er ikke gemt nogen fil."))

    def _finished(self) -> None:
        self._busy(False)

    def _format_changed(self) -> None:
        fmt, _ = self.format.currentData()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + fmt)))

    def _browse(self) -> None:
        fmt, _ = self.format.currentData()
        pattern = self.tr("CSV-fil (*.csv)") if fmt == "csv" else self.tr("Excel-fil (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Gem besøg"), f"besoeg.{fmt}", pattern)
        if name:
            self.path.setText(name)
