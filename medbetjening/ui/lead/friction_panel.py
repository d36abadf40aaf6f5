"""The dashboard's "steps with most friction" and the export of the friction report.

The list is the lead's own (internal, unsuppressed, like the rest of the dashboard). The
report goes to the owners of the self-services: anonymous, counts under 5 suppressed;
it is fetched and written off the GUI thread with a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import export_friction
from medbetjening.reports.exporting import Feedback
from medbetjening.services.context import ActorContext
from medbetjening.services.friction import FrictionRank
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.common.number_text import whole_percent
from medbetjening.ui.common.tasks import BackgroundTask, TaskControl

SUFFIXES = (".csv", ".xlsx", ".pdf")


class FrictionPanel(QGroupBox):
    def __init__(self, services, actor: ActorContext, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.filter: StatisticsFilter | None = None
        self._task: BackgroundTask | None = None
        self._export: BackgroundTask | None = None
        self.setTitle(self.tr("Trin med mest friktion"))
        self.setAccessibleName(self.tr("Trin med mest friktion"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Forløb"),
                self.tr("Trin"),
                self.tr("Nåede trinnet"),
                self.tr("Med friktion"),
                self.tr("Andel"),
            ]
        )
        self.table.setAccessibleName(self.tr("De 10 trin med mest friktion"))
        self.table.setToolTip(
            self.tr(
                "Forløb, der mødte en forhindring, hvor medarbejderen gjorde trinnet, eller som stoppede her"
            )
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 14)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Om friktionstallene"))
        self.export_button = QPushButton(self.tr("&Friktionsrapport til ejerne …"))
        self.export_button.setAccessibleName(self.tr("Gem friktionsrapporten"))
        self.export_button.setToolTip(
            self.tr("Anonym rapport pr. forløb og trin (CSV, Excel eller PDF); tal under 5 skjult")
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Gemmer friktionsrapporten"))
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def load(self, flt: StatisticsFilter) -> None:
        """Fetch the list for the dashboard's filter (its staff choice does not apply)."""
        self.filter = flt
        self.export_button.setEnabled(True)
        self.note.setText(
            self.tr("Friktion tælles ikke pr. medarbejder: listen gælder alle medarbejdere.")
            if flt.staff_ids
            else self.tr("Et forløb tæller én gang pr. trin. Tallene viser hvor, ikke hvorfor.")
        )
        if self._task is not None and self._task.running:
            self._task.cancel()
        services, actor = self.services, self.actor
        task = BackgroundTask(lambda _control: services.friction.top_steps(actor, flt), self)
        task.succeeded.connect(lambda ranks: self._show(flt, ranks))
        task.failed.connect(lambda error: self.note.setText(str(error)))
        self._task = task
        task.start()

    def _show(self, flt: StatisticsFilter, ranks: list[FrictionRank]) -> None:
        if flt != self.filter:
            return  # an older answer
        self.table.setRowCount(len(ranks))
        for number, rank in enumerate(ranks):
            step = self.tr("%1. %2").replace("%1", str(rank.position or "?"))
            step = step.replace("%2", rank.step_text or self.tr("(findes ikke længere)"))
            share = whole_percent(rank.friction * 100 // rank.reached) if rank.reached else ""
            cells = (rank.flow_title, step, str(rank.reached), str(rank.friction), share)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(number, column, item)
        if not ranks:
            self.note.setText(self.tr("Ingen trin med friktion i perioden."))

    # -- the report for the owners -----------------------------------------------------------
    def choose_file(self) -> None:
        if self.filter is None:
            return
        name = f"friktion-{self.filter.date_from.isoformat()}-{self.filter.date_to.isoformat()}"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem friktionsrapport"),
            name + ".xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in SUFFIXES:
            suffix = next((s for s in SUFFIXES if s[1:] in chosen.lower()), ".xlsx")
            target = target.with_suffix(suffix)
        self.write(target)

    def write(self, path: Path) -> None:
        """Fetch the report and write it in the background (one site or all, as filtered)."""
        assert self.filter is not None
        flt = StatisticsFilter(self.filter.date_from, self.filter.date_to, self.filter.site_ids)
        services, actor, language = self.services, self.actor, current_language()

        def work(control: TaskControl):  # type: ignore[no-untyped-def]
            control.progress(0, 2)
            report = services.friction.report(actor, flt, language)
            # the runner's steps (0/1, 1/1) become the second half; a cancel drops the file
            return export_friction(
                report, path, Feedback(lambda done, total: control.progress(1 + done, 2))
            )

        task = BackgroundTask(work, self)
        task.progress.connect(self._progress)
        task.succeeded.connect(lambda written: self._saved(written.path))
        task.failed.connect(
            lambda error: QMessageBox.warning(self, self.tr("Kan ikke gemme"), str(error))
        )
        task.finished.connect(self._done)
        self._export = task
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _saved(self, path: Path) -> None:
        self.note.setText(self.tr("Friktionsrapporten er gemt: %1").replace("%1", str(path)))

    def _done(self) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
