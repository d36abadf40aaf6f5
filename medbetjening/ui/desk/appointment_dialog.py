"""Booked appointments in the window: add one by hand, import a booking file off-thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from medbetjening.services.appointments import AppointmentRow, ImportReport
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.error_text import show_as_error
from medbetjening.ui.common.i18n import date_edit_format
from medbetjening.ui.common.service_messages import in_ui_language
from medbetjening.ui.common.tasks import BackgroundTask, TaskControl


def _next_quarter(now: dt.datetime) -> QTime:
    minutes = (now.hour * 60 + now.minute + 14) // 15 * 15
    minutes = min(minutes, 23 * 60 + 45)
    return QTime(minutes // 60, minutes % 60)


class AppointmentDialog(QDialog):
    """ "Ny aftale": date, time, length and errand; saved when OK is pressed."""

    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        parent: QWidget | None = None,
        citizen_code: str | None = None,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.created: AppointmentRow | None = None
        self.setWindowTitle(self.tr("Ny aftale"))
        self.setAccessibleName(self.tr("Ny aftale"))
        self.setMinimumWidth(380)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setAccessibleName(self.tr("Dato"))
        self.time = QTimeEdit(_next_quarter(dt.datetime.now()))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Klokkeslæt"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min."))
        self.minutes.setSpecialValueText(self.tr("ikke angivet"))
        self.minutes.setAccessibleName(self.tr("Varighed i minutter"))
        self.label = QLineEdit()
        self.label.setMaxLength(200)
        self.label.setPlaceholderText(self.tr("fx Pas, MitID, Digital Post"))
        self.label.setAccessibleName(self.tr("Ærinde"))
        self.label.setToolTip(self.tr("Skriv ærindet – ikke borgerens navn eller CPR-nummer"))
        self.citizen = QLineEdit(citizen_code or "")
        self.citizen.setMaxLength(16)
        self.citizen.setPlaceholderText(self.tr("fx K7M-4PX (valgfri)"))
        self.citizen.setAccessibleName(self.tr("Borgerkode"))
        self.citizen.setToolTip(self.tr("Borgerkoden fra udskriften; besøget knyttes til borgeren"))
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Dato:"), self.date),
            (self.tr("&Klokken:"), self.time),
            (self.tr("&Varighed:"), self.minutes),
            (self.tr("Æ&rinde:"), self.label),
            (self.tr("&Borgerkode:"), self.citizen),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        show_as_error(self.message)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gem aftalen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.time.setFocus()

    def _save(self) -> None:
        date = self.date.date().toPython()
        time = self.time.time().toPython()
        starts = dt.datetime.combine(date, time).replace(second=0, microsecond=0)
        ends = starts + dt.timedelta(minutes=self.minutes.value()) if self.minutes.value() else None
        try:
            self.created = self.services.appointments.add(
                self.actor, starts, ends, self.label.text(), citizen_code=self.citizen.text()
            )
        except ServiceError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.accept()


def choose_and_import(
    parent: QWidget,
    services: Services,
    actor: ActorContext,
    on_done: Callable[[ImportReport], None],
    path: Path | None = None,
) -> BackgroundTask | None:
    """Ask for a booking file and import it off the GUI thread, with progress and cancel."""
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("AppointmentImport", "Importér aftaler"),
            "",
            QCoreApplication.translate(
                "AppointmentImport", "Tidsbestillinger (*.ics *.csv);;Alle filer (*)"
            ),
        )
        if not name:
            return None
        path = Path(name)

    def work(control: TaskControl) -> ImportReport:
        control.progress(0, 2)
        parsed = services.appointments.read_file(path)  # all checks before anything is saved
        control.progress(1, 2)  # the last point where cancel stops the import
        return services.appointments.import_parsed(actor, parsed, source_name=path.name)

    progress = QProgressDialog(
        QCoreApplication.translate("AppointmentImport", "Importerer %1 …").replace("%1", path.name),
        QCoreApplication.translate("AppointmentImport", "Annullér"),
        0,
        2,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("AppointmentImport", "Importér aftaler"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    task = BackgroundTask(work, parent)
    task.progress.connect(lambda done, total: progress.setValue(done))
    progress.canceled.connect(task.cancel)

    def succeeded(report: ImportReport) -> None:
        progress.reset()
        QMessageBox.information(
            parent,
            QCoreApplication.translate("AppointmentImport", "Aftaler importeret"),
            in_ui_language(report.summary()),
        )
        on_done(report)

    def failed(error: BaseException) -> None:
        progress.reset()
        text = str(error) if isinstance(error, ServiceError) else repr(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AppointmentImport", "Filen blev ikke importeret"),
            text,
        )

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(progress.reset)
    task.finished.connect(progress.deleteLater)
    task.start()
    return task
