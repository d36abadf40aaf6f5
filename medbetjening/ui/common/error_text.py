"""Error text in red that stays readable in either theme.

A label's own style sheet wins over the application's, so a fixed dark red stayed dark
red on the high-contrast theme's black (about 2:1). Labels shown as errors are marked,
and ``appearance.apply_appearance`` gives them the colour of the theme it switches to.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

ERROR_TEXT = "medbetjening_error_text"  # the property that marks a label as error text
NORMAL_RED = "#a40000"  # 8:1 on white
HIGH_CONTRAST_RED = "#ff8080"  # 8.7:1 on black


def error_style(high_contrast: bool) -> str:
    red = HIGH_CONTRAST_RED if high_contrast else NORMAL_RED
    return f"QLabel {{ color: {red}; font-weight: bold; }}"


def high_contrast_now() -> bool:
    app = QApplication.instance()
    applied = app.property("medbetjening_appearance") if app is not None else None
    return bool(applied) and str(applied).endswith("/True")


def show_as_error(label: QLabel) -> None:
    """Mark ``label`` as error text, in the red of the theme now shown."""
    label.setProperty(ERROR_TEXT, True)
    label.setStyleSheet(error_style(high_contrast_now()))


def restyle_error_texts(widgets: list[QWidget], high_contrast: bool) -> None:
    """Called when the theme changes: every marked label takes the new theme's red."""
    style = error_style(high_contrast)
    for widget in widgets:
        if widget.property(ERROR_TEXT):
            widget.setStyleSheet(style)
