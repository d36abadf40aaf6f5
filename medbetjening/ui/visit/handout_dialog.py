"""The citizen's handout: choose language and print size, then save as PDF or print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import save_handout
from medbetjening.reports.exporting import Written
from medbetjening.reports.handout import LARGE_PRINT_POINTS, handout_html, print_handout
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.file_export import FileExport, save_in_background
from medbetjening.ui.common.reflow import text_size, within_screen


class HandoutDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: ActorContext,
        visit_id: int,
        retention_months: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.visit_id = visit_id
        self.retention_months = retention_months
        self.setWindowTitle(
            self.tr("Papir til borgeren – besøg nr. %1").replace("%1", str(visit_id))
        )
        self.setAccessibleName(self.tr("Papir til borgeren"))

        intro = QLabel(
            self.tr(
                "Borgeren får dagens trin med sine egne ord, hvad der skal med næste gang, "
                "hvor der er hjælp, og hvad vi har noteret. Intet CPR-nummer og ingen interne noter."
            )
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Dansk"), "da")
        self.language.addItem(self.tr("Engelsk"), "en")
        self.language.setAccessibleName(self.tr("Sprog på papiret"))
        self.language.setToolTip(self.tr("Sprog på papiret"))
        self.large = QCheckBox(self.tr("&Stor skrift"))
        self.large.setAccessibleName(self.tr("Stor skrift"))
        self.large.setToolTip(self.tr("Større bogstaver; kan fylde mere end én side"))

        self.pdf_button = QPushButton(self.tr("Gem som &PDF …"))
        self.pdf_button.setAccessibleName(self.tr("Gem papiret som PDF"))
        self.pdf_button.setToolTip(self.tr("Gem som PDF-fil"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button = QPushButton(self.tr("&Udskriv …"))
        self.print_button.setAccessibleName(self.tr("Udskriv papiret"))
        self.print_button.setToolTip(self.tr("Udskriv på en printer"))
        self.print_button.clicked.connect(self._print)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        # what the citizen will get, before it is printed: the same text as the paper
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Forhåndsvisning af papiret"))
        self.preview.setToolTip(self.tr("Sådan ser papiret ud (Tab: videre)"))
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self._by_language: dict[str, object] = {}
        self.language.currentIndexChanged.connect(self._show_preview)
        self.large.toggled.connect(self._show_preview)

        form = QFormLayout()
        form.addRow(self.tr("Spro&g:"), self.language)
        form.addRow("", self.large)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk"))
        close.setAutoDefault(False)
        self.pdf_button.setAutoDefault(False)
        self.print_button.setDefault(True)  # Enter prints: the citizen's paper is the point

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(within_screen(self, text_size(self, 72, 34)))
        self._show_preview()

    def _data(self):  # type: ignore[no-untyped-def]
        """The paper's content in the chosen language, read (and logged) once per language."""
        language = self.language.currentData()
        if language not in self._by_language:
            self._by_language[language] = self.services.exports.handout(
                self.actor, self.visit_id, language, self.retention_months
            )
        return self._by_language[language]

    def _show_preview(self) -> None:
        try:
            html = handout_html(self._data())
        except ServiceError as error:
            self.preview.setPlainText(str(error))
            return
        font = QFont(self.font())
        font.setPointSizeF(LARGE_PRINT_POINTS if self.large.isChecked() else font.pointSizeF())
        self.preview.document().setDefaultFont(font)
        self.preview.setHtml(html)

    def default_pdf_path(self) -> Path:
        """besoeg-<nr>.pdf in the person's documents folder (not the program's folder)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"besoeg-{self.visit_id}.pdf"

    def save_pdf(self, path: Path) -> FileExport:
        """Write the PDF off the GUI thread; the status line tells the pages when done."""
        # the content already read (and logged) for the preview, through the export runner
        data, large = self._data(), self.large.isChecked()
        export = save_in_background(
            self,
            self.tr("Gem papiret"),
            path,
            lambda feedback: save_handout(data, path, large_print=large, feedback=feedback),
        )
        export.written.connect(self._saved)
        return export

    def _saved(self, written: Written) -> None:
        pages = written.count
        text = self.tr("Gemt: %1 (1 side)") if pages == 1 else self.tr("Gemt: %1 (%2 sider)")
        self.status.setText(text.replace("%1", str(written.path)).replace("%2", str(pages)))

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem papiret"), str(self.default_pdf_path()), self.tr("PDF-fil (*.pdf)")
        )
        if not name:
            return
        try:
            self.save_pdf(Path(name))
        except (ServiceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Kunne ikke gemme"), str(error))

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_handout(self._data(), printer, large_print=self.large.isChecked())
        except (ServiceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Kunne ikke udskrive"), str(error))
            return
        self.status.setText(self.tr("Sendt til printeren."))
