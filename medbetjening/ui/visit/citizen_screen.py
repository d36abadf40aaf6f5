"""The citizen's screen: a second window with only the citizen's line of the current step.

Large, high-contrast text for a second monitor facing the citizen (or the same
screen). It never shows staff instructions, tips or notes: it only ever receives the
citizen line through the walker's ``citizen_line_changed`` signal, and shows it in
Danish (as on the real page) and, under it, in the citizen's own language (from the
citizen's profile on the Borger tab), with the step number and progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the main window builds the controller before its first paint
    from medbetjening.domain.flows import LocalText

# "Trin 3 af 7" in each language the citizen's line may be shown in; a language is added
# here (and its text in the flow files) — the screen needs nothing else.
STEP_OF = {"da": "Trin %1 af %2", "en": "Step %1 of %2"}
RIGHT_TO_LEFT = {"ar", "fa", "ur"}
# Shown to the citizen during a MitID step: the citizen screen speaks Danish first.
LOOKING_AWAY = "Medarbejderen kigger væk nu"


def text_in(text: LocalText, language: str) -> str:
    """The text in ``language`` if the content has it; "" (not the Danish) otherwise."""
    if language == "da":
        return text.da
    return str(getattr(text, language, "") or "")


def step_of(number: int, total: int, language: str) -> str:
    pattern = STEP_OF.get(language, "")
    return pattern.replace("%1", str(number)).replace("%2", str(total)) if pattern else ""


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
        # the citizen's own language under the Danish line (hidden when Danish or missing)
        self.second = QLabel()
        self.second.setObjectName("citizenSecondLine")
        self.second.setWordWrap(True)
        self.second.setTextFormat(Qt.TextFormat.PlainText)
        self.second.setAlignment(Qt.AlignmentFlag.AlignCenter)
        smaller = QFont(font)
        smaller.setPointSize(28)
        smaller.setBold(False)
        self.second.setFont(smaller)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("citizenProgress")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        steps_font = QFont(font)
        steps_font.setPointSize(24)
        self.progress_label.setFont(steps_font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        # Hook for a short notice under the step (e.g. while the citizen types a
        # password): show_step(..., notice=...) shows it; empty hides it.
        self.notice = QLabel()
        self.notice.setObjectName("citizenNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setFont(smaller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.second, 1)
        layout.addWidget(self.notice)
        self.resize(900, 500)
        self.retranslate()
        self.show_line("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Medbetjening – borgerens skærm"))
        self.setAccessibleName(self.tr("Borgerens skærm"))
        self.line.setAccessibleName(self.tr("Det du skal gøre nu"))

    def show_line(self, text: str) -> None:
        """A line without a step (welcome, done): no progress, Danish only."""
        self.show_step(text or self.tr("Velkommen"), "", 0, 0)

    def show_step(
        self, danish: str, own: str, number: int, total: int, language: str = "da", notice: str = ""
    ) -> None:
        """The step's line in Danish and in the citizen's language ``own`` (shown when it
        is another language), "Trin 3 af 7" (also in that language) and a progress bar."""
        self.line.setText(danish)
        other = language != "da" and bool(own) and own != danish
        self.second.setText(own if other else "")
        self.second.setVisible(other)
        self.second.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        if total:
            steps = [step_of(number, total, "da")]
            if other and step_of(number, total, language):
                steps.append(step_of(number, total, language))
            self.progress_label.setText(" · ".join(steps))
            self.progress.setRange(0, total)
            self.progress.setValue(number)
        self.progress_label.setVisible(bool(total))
        self.progress.setVisible(bool(total))
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def second_text(self) -> str:
        return self.second.text() if self.second.isVisibleTo(self) else ""

    def progress_text(self) -> str:
        return self.progress_label.text() if self.progress_label.isVisibleTo(self) else ""

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
