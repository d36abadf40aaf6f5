"""Larger text and a high-contrast theme, applied at start-up and live.

Text follows the system font: the scale is a percentage of the font the
application started with, never a fixed pixel size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from medbetjening.locations import resources_dir
from medbetjening.settings import FONT_SCALE, HIGH_CONTRAST, Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette

# QColor, QFont and QPalette are imported where used: naming one builds its Python
# enums, and the default look at start-up (apply_settings) needs none of them.

MIN_SCALE, MAX_SCALE = 80, 200
_BASE_FONT = "medbetjening_base_font"
_BASE_STYLE = "medbetjening_base_style"
_BASE_PALETTE = "medbetjening_base_palette"
_APPLIED = "medbetjening_appearance"  # "<scale>/<high contrast>" now applied
_SYSTEM_LOOK = "100/False"


# Fusion draws frames and check boxes a shade darker than the window: invisible on black.
# White frames, a yellow focus frame, and filled check marks make them visible.
HIGH_CONTRAST_STYLE = """
QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
QPushButton, QToolButton, QTabBar::tab {
    border: 1px solid #ffffff;
}
QPushButton, QToolButton { padding: 4px 12px; }
/* a bordered combo box draws its arrow over the text unless the arrow has its own room */
QComboBox { padding: 1px 4px 1px 6px; }
QComboBox::drop-down { width: 1.2em; }
QTabBar::tab { padding: 4px 12px; }
QTabBar::tab:selected { background: #ffd700; color: #000000; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus, QPushButton:focus, QToolButton:focus,
QCheckBox:focus, QRadioButton:focus, QTabBar::tab:focus {
    border: 2px solid #ffd700;
}
QCheckBox::indicator, QRadioButton::indicator {
    width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000;
}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: #ffd700; border: 4px double #ffffff;
}
"""
# A bordered spin box is drawn by the style-sheet style, which leaves its arrow buttons empty
# squares: give them room, a frame and white arrows of their own.
_SPIN_ARROWS = """
QAbstractSpinBox { padding-right: 1.3em; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    width: 1.2em; border: 1px solid #ffffff; background: #000000;
}
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: #333333; }
QAbstractSpinBox::up-arrow { image: url("ICONS/high-contrast-arrow-up.png"); width: 0.8em; }
QAbstractSpinBox::down-arrow { image: url("ICONS/high-contrast-arrow-down.png"); width: 0.8em; }
QDateTimeEdit::drop-down { width: 1.2em; border: 1px solid #ffffff; background: #000000; }
"""


def high_contrast_style() -> str:
    """The style sheet of the high-contrast theme, with the arrows' files resolved."""
    icons = (resources_dir() / "icons").as_posix()
    return HIGH_CONTRAST_STYLE + _SPIN_ARROWS.replace("ICONS", icons)


def high_contrast_palette() -> QPalette:
    """White and yellow on black: WCAG AAA contrast for text and focus."""
    from PySide6.QtGui import QColor, QPalette

    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd700")
    grey = QColor("#b0b0b0")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in (
            (QPalette.ColorRole.Window, black),
            (QPalette.ColorRole.WindowText, white),
            (QPalette.ColorRole.Base, black),
            (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
            (QPalette.ColorRole.Text, white),
            (QPalette.ColorRole.Button, black),
            (QPalette.ColorRole.ButtonText, white),
            (QPalette.ColorRole.BrightText, yellow),
            (QPalette.ColorRole.Highlight, yellow),
            (QPalette.ColorRole.HighlightedText, black),
            (QPalette.ColorRole.ToolTipBase, black),
            (QPalette.ColorRole.ToolTipText, white),
            (QPalette.ColorRole.PlaceholderText, grey),
            (QPalette.ColorRole.Link, QColor("#66ccff")),
            (QPalette.ColorRole.LinkVisited, QColor("#ff99ff")),
            (QPalette.ColorRole.Light, white),
            (QPalette.ColorRole.Midlight, grey),
            (QPalette.ColorRole.Mid, grey),
            (QPalette.ColorRole.Dark, white),
            (QPalette.ColorRole.Shadow, white),
        ):
            palette.setColor(group, role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, black)
    return palette


def apply_appearance(app: QApplication, font_scale: int, high_contrast: bool) -> None:
    """Scale the start-up font by ``font_scale`` % and switch the theme; callable again."""
    scale_percent = max(MIN_SCALE, min(MAX_SCALE, font_scale))
    wanted = f"{scale_percent}/{bool(high_contrast)}"
    if (app.property(_APPLIED) or _SYSTEM_LOOK) == wanted:
        return  # already so (at start-up with the defaults: the system's look, no new style)
    app.setProperty(_APPLIED, wanted)
    from PySide6.QtGui import QFont, QPalette

    if app.property(_BASE_FONT) is None:  # remember the system's look the first time
        app.setProperty(_BASE_FONT, QFont(app.font()))
        app.setProperty(_BASE_STYLE, app.style().name())
        app.setProperty(_BASE_PALETTE, QPalette(app.palette()))
    base: QFont = app.property(_BASE_FONT)
    font = QFont(base)
    scale = scale_percent / 100
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * scale)))
    app.setFont(font)
    if high_contrast:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(high_contrast_style())
    else:
        app.setStyleSheet("")
        app.setStyle(QStyleFactory.create(app.property(_BASE_STYLE)))
        app.setPalette(app.property(_BASE_PALETTE))
    from medbetjening.ui.common.error_text import restyle_error_texts

    restyle_error_texts(app.allWidgets(), bool(high_contrast))


def apply_settings(app: QApplication, settings: Settings) -> None:
    apply_appearance(app, settings.get(FONT_SCALE), settings.get(HIGH_CONTRAST))


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times larger (at least 9 pt before scaling)."""
    from PySide6.QtGui import QFont

    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font
