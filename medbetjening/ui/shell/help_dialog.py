"""F1: the short user guide (resources/help/guide_<language>.html) in a browser."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from medbetjening.locations import resources_dir
from medbetjening.ui.common.i18n import current_language
from medbetjening.ui.common.reflow import text_size, within_screen


def guide_path(language: str):  # type: ignore[no-untyped-def]
    help_dir = resources_dir() / "help"
    path = help_dir / f"guide_{language}.html"
    return path if path.exists() else help_dir / "guide_da.html"


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brugervejledning"))
        self.setAccessibleName(self.tr("Brugervejledning"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Vejledningens tekst"))
        self.browser.setToolTip(self.tr("Piletaster og Page Down læser videre"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setTabChangesFocus(True)  # Tab leaves the text; arrows scroll it
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language or current_language()))))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(within_screen(self, self.sizeHint()))
        self.browser.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return text_size(self, 80, 30)  # a readable page at any text size
