"""One file written through the export runner off the GUI thread: progress, cancel, one message.

The handout, the case note, KOMHEN and a chart's numbers are small files, but a PDF
takes a moment to lay out and a network folder may hang: the window stays responsive.
The job is an ``export_jobs`` call taking a ``Feedback``; its progress callback raises
when the person cancels, so ``write_export`` drops the part file and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from medbetjening.reports.exporting import Feedback, Written
from medbetjening.reports.output_files import check_output_path
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.tasks import BackgroundTask, TaskControl

Job = Callable[[Feedback], Written]

# A file that is written at once gets no progress window flashing by.
SHOW_AFTER_MS = 400


class FileExport(QObject):
    """Run ``job`` writing ``out`` in the background; ``written`` on success, a warning on
    failure. A path that cannot be written is told at once and nothing starts."""

    written = Signal(object)  # Written
    finished = Signal()

    def __init__(self, parent: QWidget, title: str, out: Path, job: Job) -> None:
        super().__init__(parent)
        self._parent = parent
        self.out = out
        self._title = title
        self.result: Written | None = None
        self.error: str | None = None
        self.progress = QProgressDialog(self.tr("Gemmer …"), self.tr("&Afbryd"), 0, 1, parent)
        self.progress.setWindowTitle(title)
        self.progress.setAccessibleName(self.tr("Gemmer filen"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.task = BackgroundTask(lambda control: job(_feedback(control)), self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.progress.canceled.connect(self.task.cancel)

    def start(self) -> FileExport:
        try:
            check_output_path(self.out)  # told now, not after the work has run
        except ServiceError as error:
            self._failed(error)
            return self
        self.progress.setValue(0)
        self.task.start()
        return self

    def cancel(self) -> None:
        self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _written(self, result: Written) -> None:
        self.result = result
        self.written.emit(result)

    def _failed(self, error: object) -> None:
        self.error = str(error)
        QMessageBox.warning(self._parent, self.tr("Kunne ikke gemme"), self.error)

    def _finished(self) -> None:
        self.progress.reset()
        self.progress.close()
        self.finished.emit()


def _feedback(control: TaskControl) -> Feedback:
    return Feedback(control.progress, control.say)


def save_in_background(parent: QWidget, title: str, out: Path, job: Job) -> FileExport:
    """Start ``job`` (which writes ``out``) off the GUI thread under ``parent``."""
    return FileExport(parent, title, out, job).start()
