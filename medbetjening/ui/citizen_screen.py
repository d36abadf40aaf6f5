"""The citizen's screen: a second window with only the citizen's line of the current step.

Large, high-contrast text for a second monitor facing the citizen (or the same
screen). It never shows staff instructions, tips or notes: it only ever receives the
citizen line through the walker's ``citizen_line_changed`` signal.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class CitizenScreen(QWidget):
    """A top-level window; it follows the walker live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("citizenScreen")
        self.setStyleSheet(
            "#citizenScreen { background: #000000; }"
            " QLabel { color: #ffff00; background: #000000; }"
        )
        self.line = QLabel()
        self.line.setObjectName("citizenLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(40)
        font.setBold(True)
        self.line.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.line)
        self.resize(900, 500)
        self.retranslate()
        self.show_line("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Medbetjening – borgerens skærm"))
        self.setAccessibleName(self.tr("Borgerens skærm"))
        self.line.setAccessibleName(self.tr("Det du skal gøre nu"))

    def show_line(self, text: str) -> None:
        self.line.setText(text or self.tr("Velkommen"))

    def text(self) -> str:
        return self.line.text()

    def place_on_second_screen(self) -> None:
        """Full screen on a second monitor if there is one; else a window beside ours."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        current = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not current]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.showNormal()


class CitizenScreenController(QObject):
    """Owns the citizen screen of a main window and wires it to the open visit's walker."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.screen = CitizenScreen(window)
        self._source = None
        window.visit_opened.connect(self._visit_opened)
        window.stack.currentChanged.connect(self._page_changed)

    def retranslate(self) -> None:
        self.screen.retranslate()
        if not self.screen.line.text() or self._source is None:
            self.screen.show_line("")

    def toggle(self) -> None:
        if self.screen.isVisible():
            self.screen.hide()
        else:
            self.screen.place_on_second_screen()
            self.window.activateWindow()  # keep the keyboard with the staff member

    def _visit_opened(self, _visit_id: int) -> None:
        visit_screen = getattr(self.window, "visit_screen", None)
        self._disconnect()
        for panel in getattr(visit_screen, "panels", []):
            signal = getattr(panel, "citizen_line_changed", None)
            if signal is not None:
                signal.connect(self.screen.show_line)
                self._source = panel
                self.screen.show_line(panel.current_citizen_line())
                return
        self.screen.show_line("")

    def _page_changed(self, _index: int) -> None:
        # Back at today's list: the next citizen must not see the last one's step.
        if self.window.stack.currentWidget() is not getattr(self.window, "visit_screen", None):
            self.screen.show_line("")
        elif self._source is not None:
            self.screen.show_line(self._source.current_citizen_line())

    def _disconnect(self) -> None:
        if self._source is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old panel may be gone
                self._source.citizen_line_changed.disconnect(self.screen.show_line)
            self._source = None
