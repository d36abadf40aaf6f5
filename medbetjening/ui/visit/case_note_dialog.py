"""The case note (journalnotat) of a visit: read it, copy it, save it as text or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medbetjening.reports.export_jobs import save_case_note
from medbetjening.reports.exporting import Written
from medbetjening.ui.common.file_export import FileExport, save_in_background


class CaseNoteDialog(QDialog):
    def __init__(self, text: str, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Journalnotat – besøg nr. %1").replace("%1", str(visit_id)))
        self.setAccessibleName(self.tr("Journalnotat"))
        self.resize(640, 520)

        intro = QLabel(
            self.tr(
                "Kopiér notatet ind i kommunens sagssystem. Det gemmes ikke her "
                "ud over besøgets egne oplysninger."
            )
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setReadOnly(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.editor.setAccessibleName(self.tr("Journalnotatets tekst"))
        intro.setBuddy(self.editor)

        self.copy_button = QPushButton(self.tr("&Kopiér"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_button.setAccessibleName(self.tr("Kopiér journalnotatet"))
        self.copy_button.setToolTip(
            self.tr("Kopiér hele notatet til udklipsholderen (Ctrl+Shift+C)")
        )
        self.copy_button.clicked.connect(self.copy)
        self.text_button = QPushButton(self.tr("Gem som &tekst …"))
        self.text_button.setAccessibleName(self.tr("Gem journalnotatet som tekstfil"))
        self.text_button.setToolTip(self.tr("Gem som .txt (UTF-8)"))
        self.text_button.clicked.connect(self._ask_text)
        self.pdf_button = QPushButton(self.tr("Gem som &PDF …"))
        self.pdf_button.setAccessibleName(self.tr("Gem journalnotatet som PDF"))
        self.pdf_button.setToolTip(self.tr("Gem som PDF"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.text_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk journalnotatet"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.status.setText(self.tr("Notatet er kopieret."))

    def save_text(self, path: Path) -> FileExport:
        return self._save(path)

    def save_pdf(self, path: Path) -> FileExport:
        return self._save(path)  # the runner picks PDF by the suffix

    def _ask_text(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem journalnotat"),
            f"journalnotat-{self.visit_id}.txt",
            self.tr("Tekstfil (*.txt)"),
        )
        if name:
            self.save_text(Path(name))

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Gem journalnotat"),
            f"journalnotat-{self.visit_id}.pdf",
            self.tr("PDF-fil (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def _save(self, path: Path) -> FileExport:
        """Off the GUI thread, through <name>.part: never half a note."""
        text = self.text
        export = save_in_background(
            self,
            self.tr("Gem journalnotat"),
            path,
            lambda feedback: save_case_note(text, path, feedback),
        )
        export.written.connect(self._saved)
        return export

    def _saved(self, written: Written) -> None:
        self.status.setText(self.tr("Gemt: %1").replace("%1", str(written.path)))
