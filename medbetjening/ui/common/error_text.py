"""Error and warning text in colours that stay readable in either theme.

A label's own style sheet wins over the application's, so a fixed dark red stayed dark
red on the high-contrast theme's black (about 2.6:1). Labels shown as errors or warnings
are marked, and ``appearance.apply_appearance`` gives them the colour of the theme it
switches to.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

ERROR_TEXT = "medbetjening_error_text"  # the property: "error", "warning" or "" (plain)
# (normal theme on white, high contrast on black): each at least 7:1
COLOURS = {"error": ("#a40000", "#ff8080"), "warning": ("#8a4200", "#ffc266")}


def text_style(kind: str, high_contrast: bool) -> str:
    if kind not in COLOURS:
        return ""
    colour = COLOURS[kind][1 if high_contrast else 0]
    weight = " font-weight: bold;" if kind == "error" else ""
    return f"QLabel {{ color: {colour};{weight} }}"


def high_contrast_now() -> bool:
    app = QApplication.instance()
    applied = app.property("medbetjening_appearance") if app is not None else None
    return bool(applied) and str(applied).endswith("/True")


def show_as_error(label: QLabel, error: bool = True) -> None:
    """Mark ``label`` as error text (or plain again), in the red of the theme now shown."""
    _mark(label, "error" if error else "")


def show_as_warning(label: QLabel) -> None:
    _mark(label, "warning")


def _mark(label: QLabel, kind: str) -> None:
    label.setProperty(ERROR_TEXT, kind)
    label.setStyleSheet(text_style(kind, high_contrast_now()))


def restyle_error_texts(widgets: list[QWidget], high_contrast: bool) -> None:
    """Called when the theme changes: every marked label takes the new theme's colour."""
    for widget in widgets:
        kind = widget.property(ERROR_TEXT)
        if kind:
            widget.setStyleSheet(text_style(str(kind), high_contrast))
